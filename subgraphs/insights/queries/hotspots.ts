/**
 * Risk aggregated by country, sector or both, over the scored registry (`mart_supplier_risk`) and the audits
 * behind it (`mart_audit_facts`). Without a period every supplier counts; with one, only suppliers audited in
 * it. Audits count when dated on or before the build's asOf, as in `mart_hotspots`. The partners' org ids
 * come back for the privacy rule only (hotspot-view.ts) and never reach a client.
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
  /** Only suppliers audited between these dates (inclusive). */
  period: { start_date: string; end_date: string } | null;
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
  return sql`SELECT supplier_id, partner_org_id, country_code, sector FROM mart_audit_facts WHERE audit_date <= ${scope.asOf}::DATE ${inPeriod}`;
}

/** Suppliers in scope (the registry, or those audited in the period), as a CTE body reading CTE `audits`. */
export function populationInScope(scope: PopulationScope): RawBuilder<unknown> {
  return scope.period
    ? sql`SELECT * FROM mart_supplier_risk WHERE supplier_id IN (SELECT supplier_id FROM audits)`
    : sql`SELECT * FROM mart_supplier_risk`;
}

export async function listHotspotFacts(db: Kysely<MartDB>, grouping: HotspotGrouping, scope: PopulationScope): Promise<HotspotFact[]> {
  const columns = GROUP_COLUMNS[grouping];
  const group = sql.raw(columns.join(', '));
  const country = sql.raw(columns.includes('country_code') ? 's.country_code' : 'NULL::VARCHAR');
  const sector = sql.raw(columns.includes('sector') ? 's.sector' : 'NULL::VARCHAR');
  const result = await sql<HotspotFact>`
    WITH audits AS (${auditsInScope(scope)}),
    population AS (${populationInScope(scope)}),
    scores AS (
      SELECT ${group}, count(*) AS suppliers, round(avg(score), 1) AS avg_score, max(score) AS max_score,
        count(*) FILTER (WHERE band = 'LOW') AS count_low,
        count(*) FILTER (WHERE band = 'MEDIUM') AS count_medium,
        count(*) FILTER (WHERE band = 'HIGH') AS count_high,
        count(*) FILTER (WHERE band = 'SEVERE') AS count_severe,
        count(*) FILTER (WHERE override IS NOT NULL) AS count_overrides
      FROM population GROUP BY ${group}
    ),
    audited AS (
      SELECT ${group}, count(DISTINCT supplier_id) AS audited_suppliers, count(DISTINCT partner_org_id) AS partners,
        list(DISTINCT partner_org_id ORDER BY partner_org_id) AS partner_org_ids
      FROM audits GROUP BY ${group}
    )
    SELECT ${country} AS country_code, ${sector} AS sector, s.suppliers,
      coalesce(a.audited_suppliers, 0) AS audited_suppliers, coalesce(a.partners, 0) AS partners,
      coalesce(a.partner_org_ids, []::VARCHAR[]) AS partner_org_ids,
      s.avg_score, s.max_score, s.count_low, s.count_medium, s.count_high, s.count_severe, s.count_overrides
    FROM scores s LEFT JOIN audited a USING (${group})
    ORDER BY s.avg_score DESC, ${group}
  `.execute(db);
  return result.rows;
}
