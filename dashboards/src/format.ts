/**
 * How numbers read on the page. Formatting only: every value, delta, interval and significance flag comes
 * from the API as is; nothing here computes a statistic.
 */
import type { MeasureKind, SignificanceTest, SuppressionReason } from '../../operations/generated/graphql.js';

const grouped = (digits: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
const fixed = (digits: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const BELOW_THRESHOLD_TEXT = '<5';
const WITHHELD_TEXT = 'withheld';
export const NO_DATA_TEXT = 'no data';
export const NO_TEST_TEXT = 'no test';

/**
 * The label of a withheld value (docs/methodology.md §4): "<5" when the count itself is under 5, "withheld"
 * when it protects another cell or is derived from a hidden count. Never a number, never 0.
 */
export function suppressionLabel(reason: SuppressionReason | null | undefined): string {
  return reason === 'BELOW_THRESHOLD' ? BELOW_THRESHOLD_TEXT : WITHHELD_TEXT;
}

/** A change in percent with what it is per: "+7.0% per day" for counts, where periods differ in length. */
export function formatPercentPerDay(percent: number): string {
  return `${formatPercent(percent)} per day`;
}

/**
 * A measure's value in its unit: shares as percentages, counts whole, medians in days, rates and ratios to 2
 * places.
 */
export function formatValue(value: number, kind: MeasureKind): string {
  switch (kind) {
    case 'PROPORTION':
      return `${fixed(1).format(value * 100)}%`;
    case 'MEDIAN':
      return `${grouped(1).format(value)} days`;
    case 'RATE':
    case 'RATIO':
      return fixed(2).format(value);
    case 'COUNT':
      return grouped(1).format(value);
  }
}

function signed(text: string, value: number): string {
  if (value > 0) return `+${text}`;
  if (value < 0) return `−${text.replace(/^-/, '')}`;
  return text;
}

/** current − previous: percentage points for shares, the unit otherwise. */
export function formatDelta(delta: number, kind: MeasureKind): string {
  if (kind === 'PROPORTION') return signed(`${fixed(1).format(Math.abs(delta) * 100)} pp`, delta);
  if (kind === 'MEDIAN') return signed(`${grouped(1).format(Math.abs(delta))} days`, delta);
  if (kind === 'COUNT') return signed(grouped(1).format(Math.abs(delta)), delta);
  return signed(fixed(2).format(Math.abs(delta)), delta);
}

export function formatPercent(percent: number): string {
  return signed(`${fixed(1).format(Math.abs(percent))}%`, percent);
}

/** The 95% interval with what it is about: a rate ratio, or a difference of shares in percentage points. */
export function formatInterval(
  test: SignificanceTest,
  estimate: number | null,
  interval: { lower: number; upper: number | null } | null,
): string {
  if (!interval || test === 'NONE') return '—';
  if (test === 'RATE_RATIO_EXACT') {
    const upper = interval.upper === null ? '∞' : fixed(2).format(interval.upper);
    const est = estimate === null ? '' : `${fixed(2).format(estimate)} `;
    return `rate ratio ${est}(${fixed(2).format(interval.lower)}–${upper})`;
  }
  const pp = (v: number) => signed(`${fixed(1).format(Math.abs(v) * 100)}`, v);
  const est = estimate === null ? '' : `${pp(estimate)} pp `;
  const upper = interval.upper === null ? '∞' : pp(interval.upper);
  return `difference ${est}(${pp(interval.lower)} to ${upper} pp)`;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
