/**
 * Query.series: a measure over consecutive periods of one kind, one series per group, gaps filled by the
 * shared rule (lib/analytics/series.ts): 0 for counts of events, null for rates, shares, medians
 * and agency counts (a period without a feed is unknown). A suppressed point stays null.
 */
import type { Role } from '../../lib/identity.js';
import { fillSeries, type SeriesPoint } from '../../lib/analytics/comparison.js';
import { poissonExact, wilson } from '../../lib/analytics/statistics.js';
import type { MeasureDefinition } from '../../lib/analytics/measures.js';
import type { PeriodRow } from './db-types.js';
import { observeMeasure, type ShownObservation } from './measure-observations.js';
import type { FactFilter, FactGrouping } from './store/measure-facts.js';
import type { SuppressionReason } from '../../lib/analytics/suppression.js';
import type { Snapshot } from './snapshot/snapshot.js';

export interface SeriesPointView {
  periodId: string;
  startDate: string;
  endDate: string;
  value: number | null;
  suppressed: boolean;
  /** Why the value is withheld from the caller; null when shown. */
  suppressionReason: SuppressionReason | null;
  filled: boolean;
  /** 95% interval of the value where a model fits (pointInterval); null otherwise. */
  interval: { lower: number; upper: number } | null;
}

/**
 * The 95% interval of one point, from the same models the comparisons test with: exact Poisson for counts the
 * catalogue tests as rates (scaled by the exposure for rates per exposure), Wilson for shares. None for medians,
 * ratios, counts without a test (reach), filled or withheld points, or fractional counts.
 */
function pointInterval(
  measure: MeasureDefinition,
  o: ShownObservation | undefined,
): { lower: number; upper: number } | null {
  if (!o || o.suppressed || o.value === null) return null;
  const whole = (v: number | null | undefined): v is number => v != null && Number.isInteger(v) && v >= 0;
  if (measure.kind === 'COUNT' && measure.test === 'RATE_RATIO_EXACT' && whole(o.value)) return poissonExact(o.value);
  if (measure.kind === 'PROPORTION' && whole(o.numerator) && whole(o.denominator) && o.numerator <= o.denominator) {
    const w = wilson(o.numerator, o.denominator);
    return w && { lower: w.lower, upper: w.upper };
  }
  if (measure.kind === 'RATE' && measure.test === 'RATE_RATIO_EXACT' && whole(o.numerator) && o.denominator) {
    const p = poissonExact(o.numerator);
    const scale = (measure.scale ?? 1) / o.denominator;
    return p && { lower: p.lower * scale, upper: p.upper * scale };
  }
  return null;
}

export interface SeriesView {
  measure: string;
  group: string;
  grouping: FactGrouping;
  points: SeriesPointView[];
}

export async function buildSeries(
  snapshot: Snapshot,
  request: { measure: MeasureDefinition; periods: readonly PeriodRow[]; grouping: FactGrouping; filter: FactFilter },
  role: Role,
): Promise<SeriesView[]> {
  const { measure, periods, grouping, filter } = request;
  const observations = await observeMeasure(snapshot, measure, { periods, grouping, filter }, role);
  const groups = new Set(observations.keys());
  if (grouping === 'NONE') groups.add('ALL');
  if (grouping === 'COUNTRY') for (const code of filter.countryCodes ?? []) groups.add(code);
  const periodIds = periods.map((p) => p.period_id);
  const byId = new Map(periods.map((p) => [p.period_id, p]));
  return [...groups].sort().map((group) => {
    const points: SeriesPoint[] = [...(observations.get(group) ?? new Map())].map(([periodId, o]) => ({
      periodId,
      value: o.value,
      suppressed: o.suppressed === true,
    }));
    const filled = fillSeries(periodIds, points, measure.kind, { missingIsZero: measure.missingIsZero });
    return {
      measure: measure.id,
      group,
      grouping,
      points: filled.map((p) => ({
        periodId: p.periodId,
        startDate: byId.get(p.periodId)!.start_date,
        endDate: byId.get(p.periodId)!.end_date,
        value: p.value,
        suppressed: p.suppressed,
        suppressionReason: p.suppressed
          ? (observations.get(group)?.get(p.periodId)?.suppressionReason ?? 'BELOW_THRESHOLD')
          : null,
        filled: p.filled,
        interval: p.filled ? null : pointInterval(measure, observations.get(group)?.get(p.periodId)),
      })),
    };
  });
}
