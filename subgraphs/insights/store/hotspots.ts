/**
 * Risk aggregated by country, sector or both. Without a period every supplier in the registry counts; with one,
 * only suppliers audited in it; audits count when dated on or before the build's asOf, as in `mart_hotspots`.
 * The warehouse pre-aggregates every scope by country x sector (`mart_hotspot_cells`); a grouping sums those
 * cells (partner lists by union), so no query scans the audits. Scores are tenths, so the average is exact in
 * whole tenths, rounded half up (a float sum would round a true x.x5 either way, by noise). The partners' org
 * ids come back for the privacy rule only (hotspot-view.ts) and never reach a client. The scope CTEs
 * (auditsInScope, populationInScope) serve Country.riskProfile's drivers, which need the suppliers themselves.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { MartDB } from '../db-types.js';

export type HotspotGrouping = 'COUNTRY' | 'SECTOR' | 'COUNTRY_SECTOR';

export interface HotspotFact {
  country_code: string | null;
  sector: string | null;
  suppliers: number;
  audited_suppliers: number;
  partners: number;
  partner_org_ids: string[];
  avg_score: number;
  max_score: number;
  count_low: number;
  count_medium: number;
  count_high: number;
  count_severe: number;
  count_overrides: number;
}

export interface PopulationScope {
  asOf: string;
  /** Only suppliers audited between these dates (inclusive): the period's. */
  period: { period_id: string; start_date: string; end_date: string } | null;
}

const GROUP_COLUMNS: Record<HotspotGrouping, readonly ('country_code' | 'sector')[]> = {
  COUNTRY: ['country_code'],
  SECTOR: ['sector'],
  COUNTRY_SECTOR: ['country_code', 'sector'],
};

/** Audits in scope, as a CTE body. */
export function auditsInScope(scope: PopulationScope): RawBuilder<unknown> {
  const inPeriod = scope.period
    ? sql`AND audit_date BETWEEN ${scope.period.start_date}::DATE AND ${scope.period.end_date}::DATE`
    : sql``;
  return sql`SELECT supplier_id, partner_org_id, country_code, sector FROM mart_audit_facts
    WHERE audit_date <= ${scope.asOf}::DATE ${inPeriod}`;
}

/** Suppliers in scope (the registry, or those audited in the period), as a CTE body reading CTE `audits`. */
export function populationInScope(scope: PopulationScope): RawBuilder<unknown> {
  return scope.period
    ? sql`SELECT * FROM mart_supplier_risk WHERE supplier_id IN (SELECT supplier_id FROM audits)`
    : sql`SELECT * FROM mart_supplier_risk`;
}

/** The scope of mart_hotspot_cells holding the whole registry. */
const REGISTRY_SCOPE = 'REGISTRY';

export async function listHotspotFacts(
  db: Kysely<MartDB>,
  grouping: HotspotGrouping,
  scope: PopulationScope,
): Promise<HotspotFact[]> {
  const columns = GROUP_COLUMNS[grouping];
  const group = sql.raw(columns.join(', '));
  const country = sql.raw(columns.includes('country_code') ? 'country_code' : 'NULL::VARCHAR');
  const sector = sql.raw(columns.includes('sector') ? 'sector' : 'NULL::VARCHAR');
  const result = await sql<HotspotFact>`
    SELECT ${country} AS country_code, ${sector} AS sector, sum(suppliers)::BIGINT AS suppliers,
      sum(audited_suppliers)::BIGINT AS audited_suppliers,
      len(list_distinct(flatten(list(partner_org_ids)))) AS partners,
      list_sort(list_distinct(flatten(list(partner_org_ids)))) AS partner_org_ids,
      ((2 * sum(score_tenths) + sum(suppliers)) // (2 * sum(suppliers))) / 10 AS avg_score, max(max_score) AS max_score,
      sum(count_low)::BIGINT AS count_low, sum(count_medium)::BIGINT AS count_medium,
      sum(count_high)::BIGINT AS count_high,
      sum(count_severe)::BIGINT AS count_severe, sum(count_overrides)::BIGINT AS count_overrides
    FROM mart_hotspot_cells
    WHERE scope = ${scope.period?.period_id ?? REGISTRY_SCOPE}
    GROUP BY ${group}
    ORDER BY avg_score DESC, ${group}
  `.execute(db);
  return result.rows;
}
