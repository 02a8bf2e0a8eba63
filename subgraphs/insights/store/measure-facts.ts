/**
 * Audit and campaign measures per period and group, from the cells the warehouse pre-aggregates: additive
 * parts per measure x period x country x sector (or campaign) in `mart_measure_cells`, and histograms of days to
 * close per closing month (and action period) x country x sector in `mart_closure_days_cells` for the median.
 * A query sums the cells of the asked periods that pass the filter, so it reads cells, not fact rows, and
 * returns what one aggregate over the fact rows would (the cells keep the fact marts' period attribution).
 * Agency measures come from agency-cells.ts.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { MEASURES } from '../../../lib/analytics/measures.js';
import type { MartDB, PeriodRow } from '../db-types.js';
import { listMedianDaysToClose } from './median-days-to-close.js';

export type FactGrouping = 'NONE' | 'COUNTRY' | 'SECTOR';

/**
 * The measures whose cells are in mart_measure_cells: the catalogue's audit and campaign measures but medians
 * (MEDIAN_DAYS_TO_CLOSE is read from its histograms). tests/contracts checks the model accepts exactly these.
 */
export const CELL_MEASURES: ReadonlySet<string> = new Set(
  MEASURES.filter((m) => (m.source === 'AUDITS' || m.source === 'CAMPAIGNS') && m.kind !== 'MEDIAN').map((m) => m.id),
);
const MEDIAN_MEASURE = 'MEDIAN_DAYS_TO_CLOSE';

export interface MeasureFact {
  period_id: string;
  grp: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface FactFilter {
  countryCodes: readonly string[] | null;
  sectors: readonly string[] | null;
  campaignId: string | null;
}

const GROUP_EXPRESSIONS: Record<FactGrouping, string> = { NONE: "'ALL'", COUNTRY: 'country_code', SECTOR: 'sector' };

function list(values: readonly string[]): RawBuilder<unknown> {
  return sql.join(values.map((v) => sql`${v}`));
}

function conditions(filter: FactFilter): RawBuilder<unknown> {
  return sql.join(
    [
      filter.countryCodes ? sql`AND country_code IN (${list(filter.countryCodes)})` : sql``,
      filter.sectors ? sql`AND sector IN (${list(filter.sectors)})` : sql``,
      filter.campaignId ? sql`AND campaign_id = ${filter.campaignId}` : sql``,
    ],
    sql` `,
  );
}

export async function listMeasureFacts(
  db: Kysely<MartDB>,
  measureId: string,
  options: { periods: readonly PeriodRow[]; grouping: FactGrouping; filter: FactFilter },
): Promise<MeasureFact[]> {
  if (measureId !== MEDIAN_MEASURE && !CELL_MEASURES.has(measureId))
    throw new RangeError(`${measureId} is not an audit or campaign measure`);
  if (options.periods.length === 0) return [];
  const grp = sql.raw(GROUP_EXPRESSIONS[options.grouping]);
  const where = conditions(options.filter);
  if (measureId === MEDIAN_MEASURE) return listMedianDaysToClose(db, { ...options, grp, where });
  return (await listCellFacts(db, [measureId], options)).get(measureId) ?? [];
}

/** Several cell measures in one scan (the mart is sorted by period, then measure): measure id → facts. */
export async function listCellFacts(
  db: Kysely<MartDB>,
  measureIds: readonly string[],
  options: { periods: readonly PeriodRow[]; grouping: FactGrouping; filter: FactFilter },
): Promise<Map<string, MeasureFact[]>> {
  const unknown = measureIds.find((id) => !CELL_MEASURES.has(id));
  if (unknown) throw new RangeError(`${unknown} has no cells in mart_measure_cells`);
  const out = new Map<string, MeasureFact[]>(measureIds.map((id) => [id, []]));
  if (measureIds.length === 0 || options.periods.length === 0) return out;
  const result = await sql<MeasureFact & { measure_id: string }>`
    SELECT measure_id, period_id, ${sql.raw(GROUP_EXPRESSIONS[options.grouping])} AS grp,
      sum(value) AS value, sum(numerator) AS numerator, sum(denominator) AS denominator
    FROM mart_measure_cells
    WHERE period_id IN (${list(options.periods.map((p) => p.period_id))})
      AND measure_id IN (${list(measureIds)}) ${conditions(options.filter)}
    GROUP BY ALL
  `.execute(db);
  for (const { measure_id, ...fact } of result.rows) out.get(measure_id)!.push(fact);
  return out;
}
