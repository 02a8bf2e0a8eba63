/**
 * The drivers that add the most score points over one country's suppliers (findings grouped by ILO
 * indicator, never listed one by one). Reads the condensed drivers of the country's suppliers: listed findings
 * and the MINOR_FINDINGS sums (per partner and indicator) together hold every finding that adds points, in
 * the same tenths, so the totals are those of the per-finding drivers; a supplier counts for a driver when the
 * driver adds points to its score.
 */
import { sql, type Kysely } from 'kysely';
import type { DriverKind, MartDB } from '../db-types.js';
import { auditsInScope, populationInScope, type PopulationScope } from './hotspots.js';

export interface DriverTotalFact {
  driver_kind: DriverKind;
  ilo_indicator: string | null;
  suppliers: number;
  total_contribution: number;
}

export async function listTopCountryDrivers(
  db: Kysely<MartDB>,
  countryCode: string,
  scope: PopulationScope,
  limit: number,
): Promise<DriverTotalFact[]> {
  const result = await sql<DriverTotalFact>`
    WITH audits AS (${auditsInScope(scope)}),
    population AS (SELECT supplier_id FROM (${populationInScope(scope)}) WHERE country_code = ${countryCode})
    SELECT
      CASE WHEN driver_kind = 'MINOR_FINDINGS' THEN 'FINDING' ELSE driver_kind END AS driver_kind,
      CASE WHEN driver_kind IN ('FINDING', 'MINOR_FINDINGS') THEN ilo_indicator END AS ilo_indicator,
      count(DISTINCT supplier_id) AS suppliers, round(sum(contribution), 1) AS total_contribution
    FROM mart_supplier_risk_drivers_condensed
    WHERE supplier_id IN (SELECT supplier_id FROM population) AND contribution > 0
    GROUP BY ALL
    ORDER BY total_contribution DESC, driver_kind, ilo_indicator NULLS FIRST
    LIMIT ${limit}
  `.execute(db);
  return result.rows;
}
