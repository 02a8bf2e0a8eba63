/**
 * MEDIAN_DAYS_TO_CLOSE. Per country or unfiltered, the warehouse has worked it out already
 * (`mart_closure_days_medians`). Otherwise (sectors grouped or filtered, or several countries pooled) from its
 * histograms of days to close (`mart_closure_days_cells`): a median does not add up over cells, but histograms
 * do, so the asked periods' bins are summed per group and the median read off the cumulative counts. `grp` and
 * `where` are the grouping expression and filter conditions of measure-facts.ts (columns country_code, sector).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { MartDB, PeriodRow } from '../db-types.js';
import type { FactFilter, FactGrouping, MeasureFact } from './measure-facts.js';

export interface MedianRequest {
  periods: readonly PeriodRow[];
  grouping: FactGrouping;
  filter: FactFilter;
  grp: RawBuilder<unknown>;
  where: RawBuilder<unknown>;
}

/** First days of the months a calendar period covers (calendar periods are whole months). */
function monthsOf(period: PeriodRow): string[] {
  const months: string[] = [];
  let [year, month] = period.start_date.split('-').map(Number) as [number, number];
  for (;;) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (first > period.end_date) return months;
    months.push(first);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/**
 * The histogram rows of each asked period, named by it: a calendar period's month bins (an equi-join on the
 * month; the date range lets the scan skip blocks, as the mart is sorted by month), an action period's own bins.
 */
function closureRowsOf(
  periods: readonly PeriodRow[],
  bySector: boolean,
  where: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const list = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));
  const parts: RawBuilder<unknown>[] = [];
  // Bins with sector NULL sum a country's sectors: far fewer rows, enough unless sectors are grouped or filtered.
  const bins = bySector ? sql`AND c.sector IS NOT NULL` : sql`AND c.sector IS NULL`;
  const calendar = periods.filter((p) => p.kind !== 'ACTION_PERIOD');
  const actionIds = periods.filter((p) => p.kind === 'ACTION_PERIOD').map((p) => p.period_id);
  if (calendar.length > 0) {
    const months = calendar.flatMap((p) => monthsOf(p).map((month) => sql`(${p.period_id}, ${month}::DATE)`));
    const first = calendar.reduce((min, p) => (p.start_date < min ? p.start_date : min), calendar[0]!.start_date);
    const last = calendar.reduce((max, p) => (p.end_date > max ? p.end_date : max), calendar[0]!.end_date);
    parts.push(sql`
      SELECT a.period_id, c.country_code, c.sector, c.days_to_close, c.actions
      FROM mart_closure_days_cells c
      JOIN (VALUES ${sql.join(months)}) a(period_id, month) ON c.closed_month = a.month
      WHERE c.closed_month BETWEEN ${first}::DATE AND ${last}::DATE ${bins} ${where}`);
  }
  if (actionIds.length > 0) {
    parts.push(sql`
      SELECT c.action_period_id AS period_id, c.country_code, c.sector, c.days_to_close, c.actions
      FROM mart_closure_days_cells c
      WHERE c.action_period_id IN (${list(actionIds)}) ${bins} ${where}`);
  }
  return sql.join(parts, sql` UNION ALL `);
}

/**
 * The median of each group's summed histogram: the mean of the values at the two middle positions (one when the
 * count is odd), which is what median() over the corrective actions themselves gives.
 */
export async function listMedianDaysToClose(db: Kysely<MartDB>, request: MedianRequest): Promise<MeasureFact[]> {
  const { grp, where } = request;
  const bySector = request.grouping === 'SECTOR' || request.filter.sectors !== null;
  if (!bySector && (request.grouping === 'COUNTRY' || request.filter.countryCodes === null)) {
    const countries =
      request.grouping === 'COUNTRY' ? sql`AND country_code IS NOT NULL` : sql`AND country_code IS NULL`;
    const ids = sql.join(request.periods.map((p) => sql`${p.period_id}`));
    const worked = await sql<MeasureFact>`
      SELECT period_id, ${grp} AS grp, median_days AS value, NULL AS numerator, NULL AS denominator
      FROM mart_closure_days_medians
      WHERE period_id IN (${ids}) ${countries} ${where}
    `.execute(db);
    return worked.rows;
  }
  const bins = closureRowsOf(request.periods, bySector, where);
  const result = await sql<MeasureFact>`
    WITH h AS (
      SELECT period_id, ${grp} AS grp, days_to_close AS days, sum(actions)::BIGINT AS n
      FROM (${bins})
      GROUP BY ALL
    ),
    c AS (
      SELECT *,
        sum(n) OVER (
          PARTITION BY period_id, grp ORDER BY days ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS upto,
        sum(n) OVER (PARTITION BY period_id, grp) AS total
      FROM h
    )
    SELECT period_id, grp,
      (min(days) FILTER (WHERE upto > (total - 1) // 2) + min(days) FILTER (WHERE upto > total // 2)) / 2 AS value,
      NULL AS numerator, NULL AS denominator
    FROM c
    GROUP BY ALL
  `.execute(db);
  return result.rows;
}
