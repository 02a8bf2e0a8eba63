/** Panel "headline" (operation DashboardHeadline): each headline measure, current against previous period. */
import { DashboardHeadlineDocument, type DashboardHeadlineQuery, type DashboardHeadlineQueryVariables } from '../../../operations/generated/graphql.js';
import { dataTable, h } from '../dom.js';
import { formatDelta, formatInterval, formatPercent } from '../format.js';
import type { PanelDefinition } from '../panel.js';
import type { Selection } from '../periods.js';
import { numberCell, significanceMarker, valueCell } from './cells.js';

type Row = NonNullable<DashboardHeadlineQuery['compare']>[number];
type Measure = NonNullable<DashboardHeadlineQuery['measures']>[number];

function rowFor(row: Row, measure: Measure | undefined): HTMLTableRowElement {
  const kind = measure?.kind ?? 'COUNT';
  const key = (field: string) => ({ measure: row.measure, field });
  const direction = row.delta === null || row.delta === 0 ? null : row.delta > 0 ? 'up' : 'down';
  const verdict =
    row.significant !== true || measure?.higherIsBetter == null || direction === null
      ? ''
      : (direction === 'up') === measure.higherIsBetter
        ? 'better'
        : 'worse';
  return h(
    'tr',
    { 'data-measure': row.measure, class: verdict },
    h('th', { scope: 'row', title: measure?.description ?? '' }, measure?.label ?? row.measure),
    valueCell(key('current'), row.current, row.suppressed, kind),
    valueCell(key('previous'), row.previous, row.suppressed, kind),
    numberCell(key('delta'), row.delta, (v) => formatDelta(v, kind)),
    numberCell(key('percentChange'), row.percentChange, formatPercent),
    h('td', { class: 'interval', 'data-measure': row.measure, 'data-field': 'interval' }, formatInterval(row.test, row.estimate, row.interval)),
    h('td', { 'data-measure': row.measure, 'data-field': 'significant' }, significanceMarker(row.significant, row.test, direction)),
  );
}

export const headlinePanel: PanelDefinition<DashboardHeadlineQuery, DashboardHeadlineQueryVariables> = {
  name: 'headline',
  document: DashboardHeadlineDocument,
  variables: (s: Selection) => ({ current: s.current.id, ...(s.previous ? { previous: s.previous.id } : {}) }),
  render(data, s) {
    const catalogue = new Map((data.measures ?? []).map((m) => [m.id, m]));
    const rows = (data.compare ?? []).map((row) => rowFor(row, catalogue.get(row.measure)));
    const caption = `${s.current.label} compared with ${s.previous?.label ?? 'no earlier period'}`;
    return h(
      'div',
      {},
      dataTable(caption, ['Measure', s.current.id, s.previous?.id ?? 'Previous', 'Change', '% change', '95% interval', 'Significance'], rows, { class: 'headline-table' }),
      h('p', { class: 'note' }, 'Counts are compared as events per day (exact rate-ratio interval); shares by the Newcombe interval for the difference, in percentage points. Hover a measure for its definition.'),
    );
  },
};
