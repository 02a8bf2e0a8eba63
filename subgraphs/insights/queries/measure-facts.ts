/**
 * Audit and campaign measures per period and group, straight from the fact marts (one row per audit,
 * corrective action, repeat candidate or campaign day): each measure is one aggregate over the rows whose
 * period id (the marts carry month, quarter, year and action period ids) is asked for, so a query filters on
 * a column instead of joining dates to periods. Agency measures come from queries/agency-cells.ts.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { MartDB, PeriodRow } from '../db-types.js';

export type FactGrouping = 'NONE' | 'COUNTRY' | 'SECTOR';
type PeriodKind = PeriodRow['kind'];

const ID_COLUMNS: Record<PeriodKind, string> = { ACTION_PERIOD: 'f.action_period_id', MONTH: 'f.month_id', QUARTER: 'f.quarter_id', YEAR: 'f.year_id' };
const DUE_ID_COLUMNS: Record<PeriodKind, string> = {
  ACTION_PERIOD: 'f.due_action_period_id', MONTH: 'f.due_month_id', QUARTER: 'f.due_quarter_id', YEAR: 'f.due_year_id',
};
// Closing dates carry no period ids in mart_cap_facts: derive them as the warehouse does for audit dates.
const CLOSED_ID_EXPRESSIONS: Record<PeriodKind, string> = {
  ACTION_PERIOD: "(SELECT ap.period_id FROM mart_periods ap WHERE ap.kind = 'ACTION_PERIOD' AND f.closed_on BETWEEN ap.start_date AND ap.end_date)",
  MONTH: "strftime(f.closed_on, '%Y-%m')",
  QUARTER: "year(f.closed_on) || '-Q' || quarter(f.closed_on)",
  YEAR: 'year(f.closed_on)::VARCHAR',
};

interface FactSpec {
  table: 'mart_audit_facts' | 'mart_repeat_findings' | 'mart_cap_facts' | 'mart_campaign_daily';
  /** The expression giving a row's period id of each kind. */
  periodIds: Record<PeriodKind, string>;
  value: string;
  numerator?: string;
  denominator?: string;
  /** Extra condition; `asOf` is the build's date. */
  where?: (asOf: string) => RawBuilder<unknown>;
}

export const FACT_SPECS: Readonly<Record<string, FactSpec>> = {
  SUPPLIERS_AUDITED: { table: 'mart_audit_facts', periodIds: ID_COLUMNS, value: 'count(DISTINCT f.supplier_id)' },
  SEVERE_FINDING_SHARE: {
    table: 'mart_audit_facts', periodIds: ID_COLUMNS, value: 'NULL',
    numerator: 'count(*) FILTER (WHERE f.has_s3_s4_forced_labour_finding)', denominator: 'count(*)',
  },
  REPEAT_FINDING_RATE: {
    table: 'mart_repeat_findings', periodIds: ID_COLUMNS, value: 'NULL',
    numerator: 'count(*) FILTER (WHERE f.is_repeated)', denominator: 'count(*)',
  },
  // Only due dates already passed at the build's date can have been met or missed.
  CAP_CLOSURE_RATE: {
    table: 'mart_cap_facts', periodIds: DUE_ID_COLUMNS, value: 'NULL',
    numerator: 'count(*) FILTER (WHERE f.is_closed_by_due)', denominator: 'count(*)',
    where: (asOf) => sql`AND f.due_date < ${asOf}::DATE`,
  },
  MEDIAN_DAYS_TO_CLOSE: {
    table: 'mart_cap_facts', periodIds: CLOSED_ID_EXPRESSIONS, value: 'median(f.days_to_close)', where: () => sql`AND f.is_closed`,
  },
  CAMPAIGN_REACH: { table: 'mart_campaign_daily', periodIds: ID_COLUMNS, value: 'sum(f.reach)' },
  CAMPAIGN_REPORTS: { table: 'mart_campaign_daily', periodIds: ID_COLUMNS, value: 'sum(f.reports_to_authorities)' },
  CAMPAIGN_REPORTS_PER_100K_REACHED: {
    table: 'mart_campaign_daily', periodIds: ID_COLUMNS, value: 'NULL',
    numerator: 'sum(f.reports_to_authorities)', denominator: 'sum(f.reach)',
  },
};

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

const GROUP_EXPRESSIONS: Record<FactGrouping, string> = { NONE: "'ALL'", COUNTRY: 'f.country_code', SECTOR: 'f.sector' };

function list(values: readonly string[]): RawBuilder<unknown> {
  return sql.join(values.map((v) => sql`${v}`));
}

export async function listMeasureFacts(
  db: Kysely<MartDB>,
  measureId: string,
  options: { periods: readonly PeriodRow[]; grouping: FactGrouping; filter: FactFilter; asOf: string },
): Promise<MeasureFact[]> {
  const spec = FACT_SPECS[measureId];
  if (!spec) throw new RangeError(`${measureId} is not an audit or campaign measure`);
  const { filter } = options;
  const conditions = sql.join(
    [
      filter.countryCodes ? sql`AND f.country_code IN (${list(filter.countryCodes)})` : sql``,
      filter.sectors ? sql`AND f.sector IN (${list(filter.sectors)})` : sql``,
      filter.campaignId ? sql`AND f.campaign_id = ${filter.campaignId}` : sql``,
      spec.where ? spec.where(options.asOf) : sql``,
    ],
    sql` `,
  );
  const kinds = [...new Set(options.periods.map((p) => p.kind))];
  const results = await Promise.all(
    kinds.map(async (kind) => {
      const periodId = sql.raw(spec.periodIds[kind]);
      const ids = options.periods.filter((p) => p.kind === kind).map((p) => p.period_id);
      const result = await sql<MeasureFact>`
        SELECT ${periodId} AS period_id, ${sql.raw(GROUP_EXPRESSIONS[options.grouping])} AS grp,
          ${sql.raw(spec.value)} AS value,
          ${sql.raw(spec.numerator ?? 'NULL')} AS numerator,
          ${sql.raw(spec.denominator ?? 'NULL')} AS denominator
        FROM ${sql.table(spec.table)} f
        WHERE ${periodId} IN (${list(ids)}) ${conditions}
        GROUP BY ALL
      `.execute(db);
      return result.rows;
    }),
  );
  return results.flat();
}
