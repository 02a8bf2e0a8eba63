/**
 * The comparison table every compare-based panel uses: current, previous, the change on the test's own basis,
 * the 95% interval and the significance, one row per measure (and country). Counts are compared per day,
 * because periods differ in length and the rate-ratio test compares daily rates: the change shown for a count
 * is the API's `percentChangePerDay`, so change and test can never point different ways.
 */
import type { MeasureKind, SignificanceTest, SuppressionReason } from '../../../operations/generated/graphql.js';
import type { CsvTable, CsvValue } from '../csv.js';
import { dataTable, h } from '../dom.js';
import { formatDelta, formatInterval, formatPercent, formatPercentPerDay, suppressionLabel } from '../format.js';
import type { Selection } from '../periods.js';
import { numberCell, significanceMarker, significanceText, valueCell } from './cells.js';

export interface CompareRow {
  measure: string;
  group: string;
  country?: { code: string; name: string } | null;
  current: number | null;
  previous: number | null;
  delta: number | null;
  percentChange: number | null;
  currentPerDay: number | null;
  previousPerDay: number | null;
  percentChangePerDay: number | null;
  test: SignificanceTest;
  estimate: number | null;
  interval: { lower: number; upper: number | null } | null;
  significant: boolean | null;
  suppressed: boolean;
  currentSuppression: SuppressionReason | null;
  previousSuppression: SuppressionReason | null;
}

export interface MeasureInfo {
  id: string;
  label: string;
  kind: MeasureKind;
  higherIsBetter?: boolean | null;
  description?: string;
}

/** What the change column holds for a kind, and on which basis. */
export function changeOf(row: CompareRow, kind: MeasureKind): { value: number | null; text: string; basis: string } {
  switch (kind) {
    case 'COUNT':
      return {
        value: row.percentChangePerDay,
        text: row.percentChangePerDay === null ? '—' : formatPercentPerDay(row.percentChangePerDay),
        basis: 'per day',
      };
    case 'PROPORTION':
      return { value: row.delta, text: row.delta === null ? '—' : formatDelta(row.delta, kind), basis: 'difference' };
    case 'RATE':
      return {
        value: row.percentChange,
        text: row.percentChange === null ? '—' : formatPercent(row.percentChange),
        basis: 'rate',
      };
    default:
      return { value: row.delta, text: row.delta === null ? '—' : formatDelta(row.delta, kind), basis: 'difference' };
  }
}

function direction(row: CompareRow, kind: MeasureKind): 'up' | 'down' | null {
  const change = changeOf(row, kind).value;
  return change === null || change === 0 ? null : change > 0 ? 'up' : 'down';
}

/** The cells of one row after its header cell(s). */
export function comparisonCells(
  row: CompareRow,
  measure: MeasureInfo | undefined,
  group?: string,
): HTMLTableCellElement[] {
  const kind = measure?.kind ?? 'COUNT';
  const key = (field: string) => ({ measure: row.measure, field, ...(group ? { group } : {}) });
  const keyData = (field: string) => ({
    'data-measure': row.measure,
    'data-field': field,
    ...(group ? { 'data-group': group } : {}),
  });
  const change = changeOf(row, kind);
  const attrs = { 'data-measure': row.measure, ...(group ? { 'data-group': group } : {}) };
  return [
    valueCell(key('current'), row.current, row.currentSuppression, kind),
    valueCell(key('previous'), row.previous, row.previousSuppression, kind),
    h(
      'td',
      { class: 'num change', ...keyData('change'), 'data-value': change.value ?? '', 'data-basis': change.basis },
      change.text,
    ),
    h(
      'td',
      { class: 'interval', ...attrs, 'data-field': 'interval' },
      formatInterval(row.test, row.estimate, row.interval),
    ),
    h('td', { ...attrs, 'data-field': 'significant' }, significanceMarker(row.significant, direction(row, kind))),
  ];
}

/** better / worse when the API found a significant change and the catalogue says which way is progress. */
export function verdictClass(row: CompareRow, measure: MeasureInfo | undefined): string {
  const dir = direction(row, measure?.kind ?? 'COUNT');
  if (row.significant !== true || measure?.higherIsBetter == null || dir === null) return '';
  return (dir === 'up') === measure.higherIsBetter ? 'better' : 'worse';
}

export function comparisonHeaders(s: Selection): string[] {
  return [s.current.id, s.previous?.id ?? 'Previous', 'Change', '95% interval', 'Significance'];
}

/** A note under a table saying how to read the change column when counts are in it. */
export function basisNote(s: Selection): HTMLElement {
  const lengths = s.previous
    ? `${s.current.id} has ${s.current.lengthDays} days, ${s.previous.id} ${s.previous.lengthDays}`
    : '';
  return h(
    'p',
    { class: 'note' },
    'Change: counts per day (periods differ in length: ',
    lengths || 'no comparison period',
    '), the basis of the exact rate-ratio test; shares as a difference in percentage points ' +
      '(Newcombe interval); rates as % change. ',
    '"<5": a count under 5, withheld. "withheld": withheld to protect another small count. ' +
      '"no test": no significance test applies.',
  );
}

/** A long table: one row per country (or group) and measure. */
export function groupedComparisonTable(
  caption: string,
  rows: readonly CompareRow[],
  catalogue: Map<string, MeasureInfo>,
  s: Selection,
  groupName: (row: CompareRow) => string,
): HTMLElement {
  const byGroup = new Map<string, CompareRow[]>();
  for (const row of rows) byGroup.set(row.group, [...(byGroup.get(row.group) ?? []), row]);
  const groups = [...byGroup.entries()].sort((a, b) => groupName(a[1][0]!).localeCompare(groupName(b[1][0]!)));
  const trs = groups.flatMap(([group, list]) =>
    list.map((row, i) =>
      h(
        'tr',
        { 'data-group': group, 'data-measure': row.measure, class: verdictClass(row, catalogue.get(row.measure)) },
        i === 0 ? h('th', { scope: 'rowgroup', rowspan: list.length }, groupName(row)) : null,
        h('th', { scope: 'row' }, catalogue.get(row.measure)?.label ?? row.measure),
        ...comparisonCells(row, catalogue.get(row.measure), group),
      ),
    ),
  );
  return dataTable(caption, ['Country', 'Measure', ...comparisonHeaders(s)], trs);
}

const shown = (value: number | null, reason: SuppressionReason | null): CsvValue =>
  value === null && reason ? suppressionLabel(reason) : value;

/** The API's rows as CSV: every number as returned, the suppression label in a withheld cell. */
export function comparisonCsv(
  fileName: string,
  rows: readonly CompareRow[],
  catalogue: Map<string, MeasureInfo>,
  s: Selection,
): CsvTable {
  return {
    fileName,
    columns: [
      'measure',
      'measure_label',
      'group',
      'country',
      'current_period',
      'previous_period',
      'current',
      'previous',
      'delta',
      'percent_change',
      'current_per_day',
      'previous_per_day',
      'percent_change_per_day',
      'test',
      'estimate',
      'interval_lower',
      'interval_upper',
      'significant',
    ],
    rows: rows.map((r) => [
      r.measure,
      catalogue.get(r.measure)?.label ?? r.measure,
      r.group,
      r.country?.name ?? '',
      s.current.id,
      s.previous?.id ?? '',
      shown(r.current, r.currentSuppression),
      shown(r.previous, r.previousSuppression),
      r.delta,
      r.percentChange,
      r.currentPerDay,
      r.previousPerDay,
      r.percentChangePerDay,
      r.test,
      r.estimate,
      r.interval?.lower ?? null,
      r.interval?.upper ?? null,
      significanceText(r.significant),
    ]),
  };
}

export function fileStem(s: Selection, name: string): string {
  return `tidemark-${name}-${s.current.id}${s.previous ? `-vs-${s.previous.id}` : ''}.csv`;
}
