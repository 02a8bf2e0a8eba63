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
import { missingObservation, observeMeasure, prefetchCellFacts } from './measure-observations.js';
import type { FactFilter, FactGrouping } from './store/measure-facts.js';
import type { Snapshot } from './snapshot/snapshot.js';

export interface ComparisonView extends Comparison {
  measure: string;
  group: string;
  grouping: FactGrouping;
  currentPeriodId: string;
  previousPeriodId: string | null;
}

export interface CompareRequest {
  measures: readonly MeasureDefinition[];
  current: PeriodRow;
  previous: PeriodRow | null;
  grouping: FactGrouping;
  filter: FactFilter;
}

export async function compareMeasures(snapshot: Snapshot, request: CompareRequest, role: Role): Promise<ComparisonView[]> {
  const periods = request.previous ? [request.current, request.previous] : [request.current];
  prefetchCellFacts(snapshot, request.measures, { periods, grouping: request.grouping, filter: request.filter });
  const perMeasure = await Promise.all(
    request.measures.map(async (measure) => {
      const observations = await observeMeasure(snapshot, measure, { periods, grouping: request.grouping, filter: request.filter }, role);
      const groups = new Set(observations.keys());
      if (request.grouping === 'NONE') groups.add('ALL');
      if (request.grouping === 'COUNTRY') for (const code of request.filter.countryCodes ?? []) groups.add(code);
      return [...groups].sort().map((group): ComparisonView => {
        const byPeriod = observations.get(group);
        const side = (period: PeriodRow | null) => (period ? (byPeriod?.get(period.period_id) ?? missingObservation(measure, period)) : null);
        return {
          measure: measure.id,
          group,
          grouping: request.grouping,
          currentPeriodId: request.current.period_id,
          previousPeriodId: request.previous?.period_id ?? null,
          ...compare(measure, side(request.current), side(request.previous)),
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
