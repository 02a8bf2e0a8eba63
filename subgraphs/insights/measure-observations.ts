/**
 * One measure's observations per group and period, as the caller may see them: the input of comparisons
 * (lib/analytics/comparison.ts) and series. Audit and campaign measures come from the fact marts;
 * agency measures from the latest feed revisions, with victim-count suppression applied first.
 */
import type { Role } from '../../lib/identity.js';
import type { Observation } from '../../lib/analytics/comparison.js';
import type { SuppressionReason } from '../../lib/analytics/suppression.js';
import { requireMeasure, type MeasureDefinition } from '../../lib/analytics/measures.js';
import { suppressAgencyCells, sumCountryTotals, isTotalCell, type AgencyCell } from './agency-suppression.js';
import type { PeriodRow } from './db-types.js';
import { listAgencyCells } from './store/agency-cells.js';
import {
  CELL_MEASURES,
  listCellFacts,
  listMeasureFacts,
  type FactFilter,
  type FactGrouping,
  type MeasureFact,
} from './store/measure-facts.js';
import type { Snapshot } from './snapshot/snapshot.js';

/** An observation with why it is withheld from the caller, when it is (agency victim counts only). */
export interface ShownObservation extends Observation {
  suppressionReason?: SuppressionReason | null;
}

/** group → period id → observation. Groups: 'ALL', a country code or a sector. */
export type Observations = Map<string, Map<string, ShownObservation>>;

export interface MeasureScope {
  periods: readonly PeriodRow[];
  grouping: FactGrouping;
  filter: FactFilter;
}

function factsKey(measureId: string, scope: MeasureScope): string {
  return `facts:${JSON.stringify([measureId, scope.periods.map((p) => p.period_id), scope.grouping, scope.filter])}`;
}

/**
 * Fetches the cell measures among `measures` in one query and caches each one's facts, so the observeMeasure
 * calls that follow find them (a comparison asks for several measures of the same periods and groups).
 */
export function prefetchCellFacts(
  snapshot: Snapshot,
  measures: readonly MeasureDefinition[],
  scope: MeasureScope,
): void {
  const ids = measures.map((m) => m.id).filter((id) => CELL_MEASURES.has(id));
  if (ids.length < 2) return;
  let batch: Promise<Map<string, MeasureFact[]>> | null = null;
  for (const id of ids) {
    // A measure already cached does not call this; the memo owns the promise and its rejection.
    void snapshot.memo(factsKey(id, scope), () =>
      (batch ??= listCellFacts(snapshot.db, ids, scope)).then((facts) => facts.get(id) ?? []),
    );
  }
}

export async function observeMeasure(
  snapshot: Snapshot,
  measure: MeasureDefinition,
  scope: MeasureScope,
  role: Role,
): Promise<Observations> {
  if (measure.source === 'AGENCY') return observeAgencyMeasure(snapshot, measure, scope, role);
  const facts = await snapshot.memo(factsKey(measure.id, scope), () =>
    listMeasureFacts(snapshot.db, measure.id, {
      periods: scope.periods,
      grouping: scope.grouping,
      filter: scope.filter,
    }),
  );
  const lengths = new Map(scope.periods.map((p) => [p.period_id, p.length_days]));
  const out: Observations = new Map();
  for (const fact of facts)
    put(out, fact.grp, fact.period_id, observationOf(measure, fact, lengths.get(fact.period_id)!));
  return out;
}

function observationOf(measure: MeasureDefinition, fact: MeasureFact, exposureDays: number): Observation {
  const { numerator, denominator } = fact;
  switch (measure.kind) {
    case 'COUNT':
      return { value: fact.value, exposureDays };
    case 'PROPORTION':
      return { value: denominator ? numerator! / denominator : null, numerator, denominator };
    case 'RATE':
      return { value: denominator ? (numerator! / denominator) * (measure.scale ?? 1) : null, numerator, denominator };
    default:
      return { value: fact.value };
  }
}

/** The observation a group gets for a period without rows: 0 where "no rows" means none happened. */
export function missingObservation(measure: MeasureDefinition, period: PeriodRow): Observation | null {
  return measure.kind === 'COUNT' && measure.missingIsZero ? { value: 0, exposureDays: period.length_days } : null;
}

async function observeAgencyMeasure(
  snapshot: Snapshot,
  measure: MeasureDefinition,
  scope: MeasureScope,
  role: Role,
): Promise<Observations> {
  const components = measure.agencyIndicator
    ? [measure.agencyIndicator as string]
    : [measure.numeratorMeasureId!, measure.denominatorMeasureId!].map(
        (id) => requireMeasure(id).agencyIndicator as string,
      );
  const cells = await loadSuppressedAgencyCells(
    snapshot,
    {
      periodIds: scope.periods.map((p) => p.period_id),
      indicators: components,
      countryCodes: scope.filter.countryCodes,
    },
    role,
  );
  // group → period → indicator → the countries' total cells
  const totals = new Map<string, Map<string, Map<string, AgencyCell[]>>>();
  for (const cell of cells) {
    if (!isTotalCell(cell)) continue;
    const group = scope.grouping === 'COUNTRY' ? cell.country_code : 'ALL';
    const byPeriod = totals.get(group) ?? new Map<string, Map<string, AgencyCell[]>>();
    const byIndicator = byPeriod.get(cell.period_id) ?? new Map<string, AgencyCell[]>();
    byIndicator.set(cell.indicator, [...(byIndicator.get(cell.indicator) ?? []), cell]);
    byPeriod.set(cell.period_id, byIndicator);
    totals.set(group, byPeriod);
  }
  const lengths = new Map(scope.periods.map((p) => [p.period_id, p.length_days]));
  const out: Observations = new Map();
  for (const [group, byPeriod] of totals) {
    for (const [periodId, byIndicator] of byPeriod) {
      const sides = components.map((indicator) => sumCountryTotals(byIndicator.get(indicator) ?? [], indicator, role));
      if (measure.agencyIndicator) {
        const side = sides[0]!;
        if (side) {
          const observation = {
            value: side.value,
            suppressed: side.suppressed,
            suppressionReason: side.suppressionReason,
          };
          put(out, group, periodId, { ...observation, exposureDays: lengths.get(periodId)! });
        }
        continue;
      }
      const [numerator, denominator] = sides;
      if (!numerator || !denominator) continue;
      const suppressed = numerator.suppressed || denominator.suppressed;
      const value =
        !suppressed && numerator.value !== null && denominator.value ? numerator.value / denominator.value : null;
      put(out, group, periodId, { value, suppressed, suppressionReason: suppressed ? 'COMPONENT_SUPPRESSED' : null });
    }
  }
  return out;
}

/** Every cell of the scope's countries and periods, suppressed for the role. The SQL result is cached per build. */
export async function loadSuppressedAgencyCells(
  snapshot: Snapshot,
  scope: { periodIds: readonly string[]; indicators: readonly string[]; countryCodes: readonly string[] | null },
  role: Role,
): Promise<AgencyCell[]> {
  const facts = await snapshot.memo(`agency:${JSON.stringify(scope)}`, () => listAgencyCells(snapshot.db, scope));
  return suppressAgencyCells(facts, role);
}

function put(out: Observations, group: string, periodId: string, observation: ShownObservation): void {
  const byPeriod = out.get(group) ?? new Map<string, ShownObservation>();
  byPeriod.set(periodId, observation);
  out.set(group, byPeriod);
}
