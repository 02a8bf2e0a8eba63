/**
 * Panels that compare measures per country: agency indicators, information sharing (RAAPT) and campaigns.
 * Each is one named operation answered by compare(groupBy: COUNTRY) and shown as one long table.
 */
import {
  DashboardCampaignsDocument,
  DashboardIndicatorsDocument,
  DashboardInfoSharingDocument,
  type DashboardCampaignsQuery,
  type DashboardIndicatorsQuery,
  type DashboardInfoSharingQuery,
} from '../../../operations/generated/graphql.js';
import { h } from '../dom.js';
import type { PanelDefinition, Role } from '../panel.js';
import { periodVariables } from '../periods.js';
import {
  basisNote,
  comparisonCsv,
  fileStem,
  groupedComparisonTable,
  type CompareRow,
  type MeasureInfo,
} from './compare-table.js';

// Root fields are null only when insights failed, and then the panel shows the error instead (api.ts).
type CountryData = { measures: readonly MeasureInfo[] | null; compare: readonly CompareRow[] | null };

function countryPanel<T extends CountryData>(options: {
  name: string;
  title: string;
  roles: readonly Role[];
  document: PanelDefinition<T, ReturnType<typeof periodVariables>>['document'];
  empty: string;
  note: string;
}): PanelDefinition<T, ReturnType<typeof periodVariables>> {
  return {
    name: options.name,
    title: options.title,
    roles: options.roles,
    wide: true,
    document: options.document,
    variables: (ctx) => periodVariables(ctx.selection),
    render(data, { selection: s }) {
      if ((data.compare ?? []).length === 0) return h('p', { class: 'empty' }, `${options.empty} ${s.current.label}.`);
      const catalogue = new Map((data.measures ?? []).map((m) => [m.id as string, m]));
      const caption = `${options.title}: ${s.current.label} against ${s.previous?.label ?? 'no earlier period'}`;
      return h(
        'div',
        {},
        groupedComparisonTable(caption, data.compare ?? [], catalogue, s, (row) => row.country?.name ?? row.group),
        h('p', { class: 'note' }, options.note),
        basisNote(s),
      );
    },
    csv: (data, { selection: s }) =>
      comparisonCsv(
        fileStem(s, options.name),
        data.compare ?? [],
        new Map((data.measures ?? []).map((m) => [m.id as string, m])),
        s,
      ),
  };
}

export const indicatorsPanel = countryPanel<DashboardIndicatorsQuery>({
  name: 'indicators',
  title: 'Agency indicators by country',
  roles: ['ANALYST', 'POLICY'],
  document: DashboardIndicatorsDocument,
  empty: 'No agency feeds for',
  note:
    'Latest feed revisions, summed over each country’s agencies. ' +
    'Victim counts under 5 are withheld for every role but analysts.',
});

export const infoSharingPanel = countryPanel<DashboardInfoSharingQuery>({
  name: 'infoSharing',
  title: 'Information sharing (RAAPT) by country',
  roles: ['AGENCY', 'ANALYST', 'POLICY'],
  document: DashboardInfoSharingDocument,
  empty: 'No information-sharing figures for',
  note:
    'Requests sent to and answered by other countries’ agencies, the share answered, ' +
    'and the median days to answer (a median: no test).',
});

export const campaignsPanel = countryPanel<DashboardCampaignsQuery>({
  name: 'campaigns',
  title: 'Campaign reach and reports by country',
  roles: ['AGENCY', 'ANALYST', 'POLICY'],
  document: DashboardCampaignsDocument,
  empty: 'No campaign metrics for',
  note:
    'Reach adds daily reach over channels (people reached twice count twice). ' +
    'Reports per 100,000 reached are compared as a rate.',
});
