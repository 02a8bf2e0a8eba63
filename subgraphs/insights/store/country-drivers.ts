/**
 * The drivers that add the most score points over one country's suppliers (findings grouped by ILO
 * indicator, never listed one by one). Reads the exact driver sums of the country's suppliers
 * (mart_supplier_risk_driver_totals, per partner and indicator) and rounds each total to one decimal here, at
 * read time (nothing else is shown beside these totals that they must add up to); a supplier counts for a
 * driver when the driver adds points to its score.
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
      driver_kind,
      ilo_indicator,
      count(DISTINCT supplier_id) AS suppliers, round(sum(contribution), 1) AS total_contribution
    FROM mart_supplier_risk_driver_totals
    WHERE supplier_id IN (SELECT supplier_id FROM population) AND contribution > 0
    GROUP BY ALL
    ORDER BY total_contribution DESC, driver_kind, ilo_indicator NULLS FIRST
    LIMIT ${limit}
  `.execute(db);
  return result.rows;
}
