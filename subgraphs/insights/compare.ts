/**
 * Query.compare and Campaign.impact: each measure and group, current against previous period, through the
 * the shared comparison (lib/analytics/comparison.ts). Rows cover every group with data in either
 * period (and every filtered country when grouped by country); a side without rows is 0 for counts of events
 * and null otherwise. Suppressed sides never reach delta, percent change or the test.
 */
import type { Role } from '../../lib/identity.js';
import { compareMeasure, type Comparison, type Observation } from '../../lib/analytics/comparison.js';
import type { MeasureDefinition } from '../../lib/analytics/measures.js';
import type { PeriodRow } from './db-types.js';
import type { SuppressionReason } from '../../lib/analytics/suppression.js';
import {
  missingObservation,
  observeMeasure,
  prefetchCellFacts,
  type ShownObservation,
} from './measure-observations.js';
import type { FactFilter, FactGrouping } from './store/measure-facts.js';
import type { Snapshot } from './snapshot/snapshot.js';

export interface ComparisonView extends Comparison {
  measure: string;
  group: string;
  grouping: FactGrouping;
  currentPeriodId: string;
  previousPeriodId: string | null;
  /** Why each side is withheld from the caller; null when shown. */
  currentSuppression: SuppressionReason | null;
  previousSuppression: SuppressionReason | null;
  /** COUNT only: each side per day of its period, and the change on that basis (the basis of the rate-ratio test). */
  currentPerDay: number | null;
  previousPerDay: number | null;
  percentChangePerDay: number | null;
}

/** Counts per day of their period, so periods of different lengths compare on the test's own basis. */
function perDay(
  measure: MeasureDefinition,
  comparison: Pick<Comparison, 'current' | 'previous'>,
  lengths: { current: number; previous: number | null },
): Pick<ComparisonView, 'currentPerDay' | 'previousPerDay' | 'percentChangePerDay'> {
  if (measure.kind !== 'COUNT') return { currentPerDay: null, previousPerDay: null, percentChangePerDay: null };
  const rate = (value: number | null, days: number | null) => (value === null || !days ? null : value / days);
  const currentPerDay = rate(comparison.current, lengths.current);
  const previousPerDay = rate(comparison.previous, lengths.previous);
  const percentChangePerDay =
    currentPerDay === null || previousPerDay === null || previousPerDay === 0
      ? null
      : (100 * (currentPerDay - previousPerDay)) / previousPerDay;
  return { currentPerDay, previousPerDay, percentChangePerDay };
}

export interface CompareRequest {
  measures: readonly MeasureDefinition[];
  current: PeriodRow;
  previous: PeriodRow | null;
  grouping: FactGrouping;
  filter: FactFilter;
}

export async function compareMeasures(
  snapshot: Snapshot,
  request: CompareRequest,
  role: Role,
): Promise<ComparisonView[]> {
  const periods = request.previous ? [request.current, request.previous] : [request.current];
  prefetchCellFacts(snapshot, request.measures, { periods, grouping: request.grouping, filter: request.filter });
  const perMeasure = await Promise.all(
    request.measures.map(async (measure) => {
      const observations = await observeMeasure(
        snapshot,
        measure,
        { periods, grouping: request.grouping, filter: request.filter },
        role,
      );
      const groups = new Set(observations.keys());
      if (request.grouping === 'NONE') groups.add('ALL');
      if (request.grouping === 'COUNTRY') for (const code of request.filter.countryCodes ?? []) groups.add(code);
      return [...groups].sort().map((group): ComparisonView => {
        const byPeriod = observations.get(group);
        const side = (period: PeriodRow | null): ShownObservation | null =>
          period ? (byPeriod?.get(period.period_id) ?? missingObservation(measure, period)) : null;
        const [current, previous] = [side(request.current), side(request.previous)];
        const comparison = compare(measure, current, previous);
        const lengths = { current: request.current.length_days, previous: request.previous?.length_days ?? null };
        return {
          measure: measure.id,
          group,
          grouping: request.grouping,
          currentPeriodId: request.current.period_id,
          previousPeriodId: request.previous?.period_id ?? null,
          ...comparison,
          currentSuppression: comparison.currentSuppressed ? (current?.suppressionReason ?? 'BELOW_THRESHOLD') : null,
          previousSuppression: comparison.previousSuppressed
            ? (previous?.suppressionReason ?? 'BELOW_THRESHOLD')
            : null,
          ...perDay(measure, comparison, lengths),
        };
      });
    }),
  );
  return perMeasure.flat();
}

function compare(measure: MeasureDefinition, current: Observation | null, previous: Observation | null): Comparison {
  // The exact tests take whole counts; an agency that reports a fractional count gets no test, not an error.
  const test = hasWholeCounts(measure, [current, previous]) ? measure.test : 'NONE';
  return compareMeasure({ kind: measure.kind, test, current, previous });
}

function hasWholeCounts(measure: MeasureDefinition, sides: readonly (Observation | null)[]): boolean {
  const whole = (v: number | null | undefined) => v == null || Number.isInteger(v);
  if (measure.kind === 'COUNT') return sides.every((side) => whole(side?.value));
  if (measure.kind === 'RATE') return sides.every((side) => whole(side?.numerator));
  return true;
}
