/** Panel "headline" (operation DashboardHeadline): each headline measure, current against previous period. */
import {
  DashboardHeadlineDocument,
  type DashboardHeadlineQuery,
  type DashboardHeadlineQueryVariables,
} from '../../../operations/generated/graphql.js';
import { dataTable, h } from '../dom.js';
import type { PanelDefinition } from '../panel.js';
import { periodVariables } from '../periods.js';
import {
  basisNote,
  comparisonCells,
  comparisonCsv,
  comparisonHeaders,
  fileStem,
  verdictClass,
} from './compare-table.js';

export const headlinePanel: PanelDefinition<DashboardHeadlineQuery, DashboardHeadlineQueryVariables> = {
  name: 'headline',
  title: 'Headline measures',
  roles: ['AGENCY', 'ANALYST', 'POLICY'],
  wide: true,
  document: DashboardHeadlineDocument,
  variables: (ctx) => periodVariables(ctx.selection),
  render(data, { selection: s }) {
    const catalogue = new Map((data.measures ?? []).map((m) => [m.id as string, m]));
    const rows = (data.compare ?? []).map((row) => {
      const measure = catalogue.get(row.measure);
      return h(
        'tr',
        { 'data-measure': row.measure, class: verdictClass(row, measure) },
        h('th', { scope: 'row', title: measure?.description ?? '' }, measure?.label ?? row.measure),
        ...comparisonCells(row, measure),
      );
    });
    const caption = `${s.current.label} compared with ${s.previous?.label ?? 'no earlier period'}`;
    return h(
      'div',
      {},
      dataTable(caption, ['Measure', ...comparisonHeaders(s)], rows, { class: 'headline-table' }),
      basisNote(s),
    );
  },
  csv: (data, { selection: s }) =>
    comparisonCsv(
      fileStem(s, 'headline'),
      data.compare ?? [],
      new Map((data.measures ?? []).map((m) => [m.id as string, m])),
      s,
    ),
};
