/** Table cells shared by the panels: a measure value (or why there is none) and the significance marker. */
import type { MeasureKind, SuppressionReason } from '../../../operations/generated/graphql.js';
import { h } from '../dom.js';
import { formatValue, NO_DATA_TEXT, NO_TEST_TEXT, suppressionLabel } from '../format.js';

export interface CellKey {
  measure: string;
  field: string;
  group?: string;
}

function keyAttrs(key: CellKey): Record<string, string> {
  return { 'data-measure': key.measure, 'data-field': key.field, ...(key.group ? { 'data-group': key.group } : {}) };
}

/**
 * The value; "<5" or "withheld" when withheld from this role (`data-suppressed` holds the reason); "no data".
 * `data-value` carries the raw number.
 */
export function valueCell(
  key: CellKey,
  value: number | null,
  suppression: SuppressionReason | null,
  kind: MeasureKind,
): HTMLTableCellElement {
  if (value !== null) return h('td', { class: 'num', ...keyAttrs(key), 'data-value': value }, formatValue(value, kind));
  if (suppression) {
    const label = suppressionLabel(suppression);
    const title = label === '<5' ? 'Withheld: fewer than 5' : 'Withheld to protect another small count';
    return h(
      'td',
      { class: 'num suppressed', ...keyAttrs(key), 'data-value': '', 'data-suppressed': suppression, title },
      label,
    );
  }
  return h('td', { class: 'num missing', ...keyAttrs(key), 'data-value': '' }, NO_DATA_TEXT);
}

/** A plain number cell, or a dash for null. */
export function numberCell(key: CellKey, value: number | null, text: (v: number) => string): HTMLTableCellElement {
  return h('td', { class: 'num', ...keyAttrs(key), 'data-value': value ?? '' }, value === null ? '—' : text(value));
}

/** "significant" / "not significant" from the API's flag; null means no test ran (DESIGN §4), shown as "no test". */
export function significanceMarker(significant: boolean | null, direction: 'up' | 'down' | null = null): HTMLElement {
  if (significant === true) {
    const arrow = direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : '';
    return h(
      'span',
      { class: 'sig sig-yes', 'data-significant': 'true' },
      h('span', { 'aria-hidden': 'true' }, arrow),
      'significant',
    );
  }
  if (significant === false) return h('span', { class: 'sig sig-no', 'data-significant': 'false' }, 'not significant');
  return h('span', { class: 'sig sig-none', 'data-significant': '' }, NO_TEST_TEXT);
}

/** The CSV word for the API's significance flag. */
export function significanceText(significant: boolean | null): string {
  return significant === null ? NO_TEST_TEXT : significant ? 'significant' : 'not significant';
}

/** 'SEAFOOD_PROCESSING' → 'Seafood processing'. */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().split('_');
  return [words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1), ...words.slice(1)].join(' ');
}
