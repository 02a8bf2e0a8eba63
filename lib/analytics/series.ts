/** Time series over a fixed list of periods, and period lengths used as exposure. */
import type { MeasureKind } from './measure-types.js';

export interface SeriesPoint {
  periodId: string;
  value: number | null;
  suppressed?: boolean;
}

export interface FilledPoint<P extends SeriesPoint = SeriesPoint> {
  periodId: string;
  value: number | null;
  suppressed: boolean;
  /** True when the period had no data and the value was filled in. */
  filled: boolean;
  /** The input point, or null for a filled period. */
  point: P | null;
}

export interface FillSeriesOptions {
  /**
   * Whether "no rows" means "none happened" for this COUNT measure (true by default, as for audits and
   * campaign metrics). Pass false for agency indicators: a period without a feed is unknown, not zero.
   */
  missingIsZero?: boolean;
}

/**
 * One point per period, in the order given. A period without data is 0 for counts and null for every other
 * kind (a rate, proportion or median of nothing is undefined, not zero). A suppressed point stays suppressed:
 * its null is never replaced by 0. Run suppression after filling, so a filled 0 is treated like any other
 * value below the threshold.
 */
export function fillSeries<P extends SeriesPoint>(
  periods: readonly string[],
  points: readonly P[],
  kind: MeasureKind,
  options: FillSeriesOptions = {},
): FilledPoint<P>[] {
  const wanted = new Set(periods);
  if (wanted.size !== periods.length) throw new RangeError('fillSeries: periods must not repeat');
  const byPeriod = new Map<string, P>();
  for (const point of points) {
    if (!wanted.has(point.periodId)) {
      throw new RangeError(`fillSeries: point for period ${point.periodId} is outside the requested periods`);
    }
    if (byPeriod.has(point.periodId)) throw new RangeError(`fillSeries: two points for period ${point.periodId}`);
    byPeriod.set(point.periodId, point);
  }
  const fillValue = kind === 'COUNT' && (options.missingIsZero ?? true) ? 0 : null;
  return periods.map((periodId) => {
    const point = byPeriod.get(periodId);
    if (!point) return { periodId, value: fillValue, suppressed: false, filled: true, point: null };
    const suppressed = point.suppressed === true;
    return { periodId, value: suppressed ? null : point.value, suppressed, filled: false, point };
  });
}

const DAY_MS = 86_400_000;

function parseIsoDate(field: string, value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!match || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new RangeError(`${field} must be a date YYYY-MM-DD, got ${value}`);
  }
  return time;
}

/** Days from start to end, both inclusive: the exposure of a count over that period. */
export function periodLengthDays(startDate: string, endDate: string): number {
  const start = parseIsoDate('startDate', startDate);
  const end = parseIsoDate('endDate', endDate);
  if (end < start) throw new RangeError(`endDate ${endDate} is before startDate ${startDate}`);
  return Math.round((end - start) / DAY_MS) + 1;
}
