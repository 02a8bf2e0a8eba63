/** Panel "indicators" (operation DashboardIndicators): agency indicators per country for the current period. */
import { DashboardIndicatorsDocument, type DashboardIndicatorsQuery, type DashboardIndicatorsQueryVariables } from '../../../operations/generated/graphql.js';
import { dataTable, h } from '../dom.js';
import type { PanelDefinition } from '../panel.js';
import { valueCell } from './cells.js';
import { pivotByCountry } from './pivot.js';

export const indicatorsPanel: PanelDefinition<DashboardIndicatorsQuery, DashboardIndicatorsQueryVariables> = {
  name: 'indicators',
  document: DashboardIndicatorsDocument,
  variables: (s) => ({ current: s.current.id }),
  render(data, s) {
    // A part that failed arrives with an error, and the panel shows the error instead; [] keeps the types honest.
    const compare = data.compare ?? [];
    // Columns in the order the operation asks for them; labels from the catalogue.
    const measureIds = [...new Set(compare.map((r) => r.measure))];
    const catalogue = new Map((data.measures ?? []).map((m) => [m.id, m]));
    const countries = pivotByCountry(compare);
    if (countries.length === 0) return h('p', { class: 'empty' }, `No agency feeds for ${s.current.label}.`);
    const rows = countries.map((c) =>
      h(
        'tr',
        { 'data-group': c.code },
        h('th', { scope: 'row' }, c.name),
        ...measureIds.map((id) => {
          const row = c.byMeasure.get(id);
          return valueCell({ measure: id, field: 'current', group: c.code }, row?.current ?? null, row?.suppressed ?? false, catalogue.get(id)?.kind ?? 'COUNT');
        }),
      ),
    );
    return h(
      'div',
      {},
      dataTable(`Agency indicators, ${s.current.label}`, ['Country', ...measureIds.map((id) => catalogue.get(id)?.label ?? id)], rows),
      h('p', { class: 'note' }, 'Latest feed revisions, summed over each country’s agencies. Victim counts below 5 are suppressed for every role but analysts.'),
    );
  },
};
