/** Table cells shared by the panels: a measure value (or why there is none) and the significance marker. */
import type { MeasureKind, SignificanceTest } from '../../../operations/generated/graphql.js';
import { h } from '../dom.js';
import { formatPercent, formatValue, NO_DATA_TEXT, SUPPRESSED_TEXT } from '../format.js';

export interface CellKey {
  measure: string;
  field: string;
  group?: string;
}

function keyAttrs(key: CellKey): Record<string, string> {
  return { 'data-measure': key.measure, 'data-field': key.field, ...(key.group ? { 'data-group': key.group } : {}) };
}

/** The value, "suppressed (<5)" when withheld from this role, or "no data". `data-value` carries the raw number. */
export function valueCell(key: CellKey, value: number | null, suppressed: boolean, kind: MeasureKind): HTMLTableCellElement {
  if (value !== null) return h('td', { class: 'num', ...keyAttrs(key), 'data-value': value }, formatValue(value, kind));
  if (suppressed) return h('td', { class: 'num suppressed', ...keyAttrs(key), 'data-value': '', 'data-suppressed': true }, SUPPRESSED_TEXT);
  return h('td', { class: 'num missing', ...keyAttrs(key), 'data-value': '' }, NO_DATA_TEXT);
}

/** A plain number cell (counts that are never suppressed), or a dash for null. */
export function numberCell(key: CellKey, value: number | null, text: (v: number) => string): HTMLTableCellElement {
  return h('td', { class: 'num', ...keyAttrs(key), 'data-value': value ?? '' }, value === null ? '—' : text(value));
}

/** "significant" / "not significant" from the API's flag; null means no test applies or a side is missing. */
export function significanceMarker(significant: boolean | null, test: SignificanceTest | null, direction: 'up' | 'down' | null = null): HTMLElement {
  if (significant === true) {
    const arrow = direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : '';
    return h('span', { class: 'sig sig-yes', 'data-significant': 'true' }, h('span', { 'aria-hidden': 'true' }, arrow), 'significant');
  }
  if (significant === false) return h('span', { class: 'sig sig-no', 'data-significant': 'false' }, 'not significant');
  return h('span', { class: 'sig sig-none', 'data-significant': '' }, test === 'NONE' ? 'no test' : 'not tested');
}

/** Percent change with the significance marker beside it. */
export function changeCell(key: CellKey, percentChange: number | null, significant: boolean | null, test: SignificanceTest | null): HTMLTableCellElement {
  return h(
    'td',
    { class: 'num change', ...keyAttrs(key), 'data-value': percentChange ?? '' },
    percentChange === null ? '—' : formatPercent(percentChange),
    ' ',
    significanceMarker(significant, test),
  );
}

/** 'SEAFOOD_PROCESSING' → 'Seafood processing'. */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().split('_');
  return [words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(' ');
}
