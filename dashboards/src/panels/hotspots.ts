/**
 * Panel "hotspots" (operation DashboardHotspots): supplier risk by country and sector for suppliers audited
 * in the current period and in the comparison period, highest current average first. The API withholds thin
 * cells and only counts them. Scores have no significance test: the change column says so.
 */
import {
  DashboardHotspotsDocument,
  type DashboardHotspotsQuery,
  type DashboardHotspotsQueryVariables,
} from '../../../operations/generated/graphql.js';
import { bandBar } from '../charts/band-bar.js';
import { dataTable, h } from '../dom.js';
import { NO_TEST_TEXT } from '../format.js';
import type { PanelDefinition } from '../panel.js';
import type { Selection } from '../periods.js';
import { enumLabel, significanceMarker } from './cells.js';

type Cell = NonNullable<DashboardHotspotsQuery['riskHotspots']>['cells'][number];

const keyOf = (cell: Cell) => `${cell.country?.code ?? ''}:${cell.sector ?? ''}`;
const score = (v: number) => v.toFixed(1);

function headers(s: Selection): string[] {
  const prev = s.previous?.id ?? 'previous';
  return [
    'Country',
    'Sector',
    'Suppliers',
    'Audited',
    'Partners',
    `Average score ${s.current.id}`,
    `Average score ${prev}`,
    'Change (points)',
    'Significance',
    'Highest score',
    'Bands (low → severe)',
    'Overrides',
  ];
}

function cellRow(cell: Cell, previous: Cell | undefined): HTMLTableRowElement {
  const num = (field: string, value: number | null, text = value === null ? '—' : String(value)) =>
    h('td', { class: 'num', 'data-field': field, 'data-value': value ?? '' }, text);
  const change = previous ? Math.round((cell.averageScore - previous.averageScore) * 10) / 10 : null;
  return h(
    'tr',
    { 'data-group': keyOf(cell) },
    h('th', { scope: 'row' }, cell.country?.name ?? cell.country?.code ?? '—'),
    h('td', {}, cell.sector ? enumLabel(cell.sector) : '—'),
    num('suppliers', cell.suppliers),
    num('auditedSuppliers', cell.auditedSuppliers),
    num('partners', cell.partners),
    num('averageScore', cell.averageScore, score(cell.averageScore)),
    previous
      ? num('previousAverageScore', previous.averageScore, score(previous.averageScore))
      : h('td', { class: 'num missing', 'data-field': 'previousAverageScore', 'data-value': '' }, 'not shown'),
    num(
      'change',
      change,
      change === null ? '—' : `${change > 0 ? '+' : change < 0 ? '−' : ''}${score(Math.abs(change))}`,
    ),
    h('td', {}, significanceMarker(null)),
    num('maxScore', cell.maxScore, score(cell.maxScore)),
    h('td', {}, bandBar(cell.bands)),
    num('overrides', cell.overrides),
  );
}

function withheldRow(count: number, s: Selection): HTMLTableRowElement {
  const label = `${count} more ${count === 1 ? 'cell' : 'cells'}`;
  return h(
    'tr',
    { class: 'withheld', 'data-withheld': count },
    h('th', { scope: 'row' }, label),
    h(
      'td',
      { colspan: headers(s).length - 1 },
      h('strong', {}, 'withheld'),
      ' — fewer than 3 suppliers audited by at least 2 partners stand behind each',
    ),
  );
}

export const hotspotsPanel: PanelDefinition<DashboardHotspotsQuery, DashboardHotspotsQueryVariables> = {
  name: 'hotspots',
  title: 'Risk hotspots by country and sector',
  roles: ['PARTNER', 'AGENCY', 'ANALYST', 'POLICY'],
  wide: true,
  document: DashboardHotspotsDocument,
  variables: ({ selection: s }) => ({
    period: s.current.id,
    previous: s.previous?.id ?? null,
    withPrevious: s.previous !== null,
  }),
  render(data, { selection: s }) {
    if (!data.riskHotspots) return h('p', { class: 'empty' }, 'Hotspots are not available right now.');
    const { cells, withheldCells, asOf } = data.riskHotspots;
    const previous = new Map((data.previous?.cells ?? []).map((c) => [keyOf(c), c]));
    const rows = cells.map((c) => cellRow(c, previous.get(keyOf(c))));
    if (withheldCells > 0) rows.push(withheldRow(withheldCells, s));
    if (rows.length === 0) return h('p', { class: 'empty' }, `No suppliers audited in ${s.current.label}.`);
    return h(
      'div',
      {},
      dataTable(
        `Risk hotspots among suppliers audited in ${s.current.label} and ` +
          `${s.previous?.label ?? 'no earlier period'}, scored as of ${asOf}`,
        headers(s),
        rows,
        { class: 'hotspots-table' },
      ),
      h(
        'p',
        { class: 'note' },
        `Scores: 0–100, all as of ${asOf}; the periods differ in which suppliers were audited. Change: difference ` +
          `of averages in points; ${NO_TEST_TEXT} applies to scores. "not shown": the cell was withheld or empty in ` +
          `the comparison period.`,
      ),
    );
  },
  csv(data, { selection: s }) {
    const previous = new Map((data.previous?.cells ?? []).map((c) => [keyOf(c), c]));
    const rows = (data.riskHotspots?.cells ?? []).map((c) => {
      const p = previous.get(keyOf(c));
      return [
        c.country?.code ?? '',
        c.country?.name ?? '',
        c.sector,
        c.suppliers,
        c.auditedSuppliers,
        c.partners,
        c.averageScore,
        p?.averageScore ?? null,
        c.maxScore,
        c.bands.low,
        c.bands.medium,
        c.bands.high,
        c.bands.severe,
        c.overrides,
      ];
    });
    rows.push([
      'withheld',
      `${data.riskHotspots?.withheldCells ?? 0} cells withheld`,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    return {
      fileName: `tidemark-hotspots-${s.current.id}${s.previous ? `-vs-${s.previous.id}` : ''}.csv`,
      columns: [
        'country',
        'country_name',
        'sector',
        'suppliers',
        'audited_suppliers',
        'partners',
        `average_score_${s.current.id}`,
        `average_score_${s.previous?.id ?? 'previous'}`,
        'max_score',
        'band_low',
        'band_medium',
        'band_high',
        'band_severe',
        'overrides',
      ],
      rows,
    };
  },
};
