/**
 * The drivers that add the most score points over one country's suppliers (findings grouped by ILO
 * indicator, never listed one by one). Reads only the drivers of the country's suppliers.
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
    SELECT driver_kind, CASE WHEN driver_kind = 'FINDING' THEN ilo_indicator END AS ilo_indicator,
      count(DISTINCT supplier_id) AS suppliers, round(sum(contribution), 1) AS total_contribution
    FROM mart_supplier_risk_drivers
    WHERE supplier_id IN (SELECT supplier_id FROM population)
    GROUP BY ALL
    ORDER BY total_contribution DESC, driver_kind, ilo_indicator NULLS FIRST
    LIMIT ${limit}
  `.execute(db);
  return result.rows;
}
