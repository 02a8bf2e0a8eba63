/**
 * Query.series: a measure over consecutive periods of one kind, one series per group, gaps filled by the
 * shared rule (lib/analytics/series.ts): 0 for counts of events, null for rates, shares, medians
 * and agency counts (a period without a feed is unknown). A suppressed point stays null.
 */
import type { Role } from '../../lib/identity.js';
import { fillSeries, type SeriesPoint } from '../../lib/analytics/comparison.js';
import type { MeasureDefinition } from '../../lib/analytics/measures.js';
import type { PeriodRow } from './db-types.js';
import { observeMeasure } from './measure-observations.js';
import type { FactFilter, FactGrouping } from './store/measure-facts.js';
import type { Snapshot } from './snapshot/snapshot.js';

export interface SeriesPointView {
  periodId: string;
  startDate: string;
  endDate: string;
  value: number | null;
  suppressed: boolean;
  filled: boolean;
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
        filled: p.filled,
      })),
    };
  });
}
