/**
 * Query.riskiestSuppliers: supplier ids by published risk score, highest first (SEVERE by override before the
 * rest of a score tie), optionally within a country or sector. A partner ranks only suppliers it has audited
 * (mart_supplier_partners), so the list never names a supplier it could not read the risk of.
 */
import type { Kysely } from 'kysely';
import type { MartDB } from '../db-types.js';

export interface RiskRanking {
  first: number;
  countryCode: string | null;
  sector: string | null;
  /** Only suppliers this partner has audited; null for roles that read every supplier's risk. */
  partnerOrgId: string | null;
}

export async function rankSuppliersByRisk(db: Kysely<MartDB>, ranking: RiskRanking): Promise<string[]> {
  let query = db.selectFrom('mart_supplier_risk as r').select('r.supplier_id');
  if (ranking.countryCode) query = query.where('r.country_code', '=', ranking.countryCode);
  if (ranking.sector) query = query.where('r.sector', '=', ranking.sector);
  if (ranking.partnerOrgId !== null) {
    const orgId = ranking.partnerOrgId;
    query = query.where('r.supplier_id', 'in', (qb) =>
      qb.selectFrom('mart_supplier_partners').select('supplier_id').where('partner_org_id', '=', orgId),
    );
  }
  const rows = await query
    .orderBy('r.score', 'desc')
    .orderBy((eb) => eb.case().when('r.band', '=', 'SEVERE').then(0).else(1).end())
    .orderBy('r.supplier_id')
    .limit(ranking.first)
    .execute();
  return rows.map((row) => row.supplier_id);
}
