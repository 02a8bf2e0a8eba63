/**
 * Panel "campaigns" (operation DashboardCampaigns): campaign reach and reports per country, current against previous.
 */
import { DashboardCampaignsDocument, type DashboardCampaignsQuery, type DashboardCampaignsQueryVariables } from '../../../operations/generated/graphql.js';
import { dataTable, h } from '../dom.js';
import type { PanelDefinition } from '../panel.js';
import { changeCell, valueCell } from './cells.js';
import { pivotByCountry } from './pivot.js';

export const campaignsPanel: PanelDefinition<DashboardCampaignsQuery, DashboardCampaignsQueryVariables> = {
  name: 'campaigns',
  document: DashboardCampaignsDocument,
  variables: (s) => ({ current: s.current.id, ...(s.previous ? { previous: s.previous.id } : {}) }),
  render(data, s) {
    // A part that failed arrives with an error, and the panel shows the error instead; [] keeps the types honest.
    const compare = data.compare ?? [];
    const measureIds = [...new Set(compare.map((r) => r.measure))];
    const catalogue = new Map((data.measures ?? []).map((m) => [m.id, m]));
    const countries = pivotByCountry(compare);
    if (countries.length === 0) return h('p', { class: 'empty' }, `No campaign metrics for ${s.current.label}.`);
    const rows = countries.map((c) =>
      h(
        'tr',
        { 'data-group': c.code },
        h('th', { scope: 'row' }, c.name),
        ...measureIds.flatMap((id) => {
          const row = c.byMeasure.get(id);
          const kind = catalogue.get(id)?.kind ?? 'COUNT';
          return [
            valueCell({ measure: id, field: 'current', group: c.code }, row?.current ?? null, row?.suppressed ?? false, kind),
            changeCell({ measure: id, field: 'percentChange', group: c.code }, row?.percentChange ?? null, row?.significant ?? null, row?.test ?? null),
          ];
        }),
      ),
    );
    const headers = measureIds.flatMap((id) => [catalogue.get(id)?.label ?? id, 'Change']);
    return h(
      'div',
      {},
      dataTable(`Campaigns, ${s.current.label} against ${s.previous?.label ?? 'no earlier period'}`, ['Country', ...headers], rows),
      h('p', { class: 'note' }, 'Reach adds daily reach over channels (people reached twice count twice), so no test is applied to it.'),
    );
  },
};
