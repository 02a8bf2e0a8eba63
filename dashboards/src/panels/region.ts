/**
 * Panel "region" (AGENCY): the agency's own country against its UN M49 region (every country of the region
 * summed), current against previous period. Three operations in turn: the country, the region's countries,
 * then one comparison for each.
 */
import {
  DashboardAgencyCountryDocument,
  DashboardAreaCompareDocument,
  DashboardRegionCountriesDocument,
  type DashboardAreaCompareQuery,
} from '../../../operations/generated/graphql.js';
import { runOperation } from '../api.js';
import { dataTable, h } from '../dom.js';
import type { PanelDefinition } from '../panel.js';
import { periodVariables } from '../periods.js';
import {
  basisNote,
  comparisonCells,
  comparisonCsv,
  comparisonHeaders,
  fileStem,
  type CompareRow,
} from './compare-table.js';

type RegionData = {
  measures: DashboardAreaCompareQuery['measures'];
  own: DashboardAreaCompareQuery['compare'];
  region: DashboardAreaCompareQuery['compare'];
  countryName: string;
  regionName: string;
};

export const regionPanel: PanelDefinition<RegionData> = {
  name: 'region',
  title: 'Your country against the region',
  roles: ['AGENCY'],
  wide: true,
  async fetch(ctx) {
    const code = ctx.country ?? '';
    const country = await runOperation(DashboardAgencyCountryDocument, { code }, ctx.token);
    if (!country.ok) return country;
    const own = country.data.country;
    if (!own)
      return {
        ok: false,
        errors: [
          { code: 'NO_COUNTRY', message: `Your token names country "${code}", which the registry does not know.` },
        ],
      };
    const regionName = own.region ?? own.name;
    const members = own.region
      ? await runOperation(DashboardRegionCountriesDocument, { region: own.region }, ctx.token)
      : null;
    if (members && !members.ok) return members;
    const region = members?.ok ? (members.data.countries ?? []).map((c) => c.code) : [own.code];
    const [mine, theirs] = await Promise.all([
      runOperation(
        DashboardAreaCompareDocument,
        { ...periodVariables(ctx.selection), countries: [own.code] },
        ctx.token,
      ),
      runOperation(DashboardAreaCompareDocument, { ...periodVariables(ctx.selection), countries: region }, ctx.token),
    ]);
    if (!mine.ok) return mine;
    if (!theirs.ok) return theirs;
    return {
      ok: true,
      data: {
        measures: mine.data.measures,
        own: mine.data.compare,
        region: theirs.data.compare,
        countryName: own.name,
        regionName,
      },
    };
  },
  render(data, { selection: s }) {
    const catalogue = new Map((data.measures ?? []).map((m) => [m.id as string, m]));
    const regionRows = new Map((data.region ?? []).map((r) => [r.measure as string, r]));
    const trs = (data.own ?? []).flatMap((row) => {
      const measure = catalogue.get(row.measure);
      const label = measure?.label ?? row.measure;
      const pair: [string, CompareRow | undefined][] = [
        [data.countryName, row],
        [data.regionName, regionRows.get(row.measure)],
      ];
      return pair.map(([who, r], i) =>
        h(
          'tr',
          { 'data-measure': row.measure, 'data-group': i === 0 ? 'own' : 'region' },
          i === 0 ? h('th', { scope: 'rowgroup', rowspan: 2 }, label) : null,
          h('th', { scope: 'row' }, who),
          ...(r ? comparisonCells(r, measure, i === 0 ? 'own' : 'region') : [h('td', { colspan: 5 }, 'no data')]),
        ),
      );
    });
    return h(
      'div',
      {},
      dataTable(
        `${data.countryName} against ${data.regionName}: ${s.current.label} against ` +
          (s.previous?.label ?? 'no earlier period'),
        ['Measure', 'Area', ...comparisonHeaders(s)],
        trs,
      ),
      h(
        'p',
        { class: 'note' },
        `The region is every country the registry places in ${data.regionName}, summed; ` +
          'a sum that includes a withheld country is withheld.',
      ),
      basisNote(s),
    );
  },
  csv(data, { selection: s }) {
    const catalogue = new Map((data.measures ?? []).map((m) => [m.id as string, m]));
    const own = comparisonCsv(
      fileStem(s, 'region'),
      (data.own ?? []).map((r) => ({ ...r, group: data.countryName })),
      catalogue,
      s,
    );
    const region = comparisonCsv(
      fileStem(s, 'region'),
      (data.region ?? []).map((r) => ({ ...r, group: data.regionName })),
      catalogue,
      s,
    );
    return { ...own, rows: [...own.rows, ...region.rows] };
  },
};
