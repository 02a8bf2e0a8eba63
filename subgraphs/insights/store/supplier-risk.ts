/**
 * Supplier risk rows and their drivers, for a batch of suppliers: at the build's asOf from the marts (the
 * drivers pre-condensed and dated by the warehouse, sorted by supplier, so a lookup reads a few blocks), or at
 * another date by re-scoring on demand with the warehouse's own SQL (scoreSuppliersAsOf reads the scoring
 * inputs every snapshot carries). Both paths give the same condensed drivers (risk-drivers.ts).
 */
import type { Kysely } from 'kysely';
import { scoreSuppliersAsOf } from '../../../warehouse/api.js';
import type { MartDB, SupplierRiskRow } from '../db-types.js';
import { condenseDrivers, finishCondensedDrivers, type DriverRow, type RiskDriverFact } from '../risk-drivers.js';

export interface SupplierRiskFacts {
  risk: SupplierRiskRow;
  drivers: RiskDriverFact[];
}

export async function findPublishedRisks(db: Kysely<MartDB>, supplierIds: readonly string[]): Promise<Map<string, SupplierRiskFacts>> {
  if (supplierIds.length === 0) return new Map();
  const ids = [...supplierIds];
  const risks = await db.selectFrom('mart_supplier_risk').selectAll().where('supplier_id', 'in', ids).execute();
  if (risks.length === 0) return new Map();
  const rows = await db
    .selectFrom('mart_supplier_risk_drivers_condensed')
    .selectAll()
    .where('supplier_id', 'in', risks.map((r) => r.supplier_id))
    .execute();
  const bySupplier = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = bySupplier.get(row.supplier_id);
    if (list) list.push(row);
    else bySupplier.set(row.supplier_id, [row]);
  }
  return new Map(risks.map((risk) => [risk.supplier_id, { risk, drivers: finishCondensedDrivers(bySupplier.get(risk.supplier_id) ?? []) }]));
}

export async function scoreRisksAsOf(
  db: Kysely<MartDB>,
  supplierIds: readonly string[],
  asOf: string,
  riskVersion: string | undefined,
): Promise<Map<string, SupplierRiskFacts>> {
  if (supplierIds.length === 0) return new Map();
  const scored = await scoreSuppliersAsOf(db, asOf, { supplierIds, ...(riskVersion ? { riskVersion } : {}) });
  return assemble(db, scored.risk, scored.drivers);
}

/** The subset of suppliers the partner has audited (any audit in the build: mart_supplier_partners). */
export async function findSuppliersAuditedBy(db: Kysely<MartDB>, partnerOrgId: string, supplierIds: readonly string[]): Promise<Set<string>> {
  if (supplierIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('mart_supplier_partners')
    .select('supplier_id')
    .where('partner_org_id', '=', partnerOrgId)
    .where('supplier_id', 'in', [...supplierIds])
    .execute();
  return new Set(rows.map((r) => r.supplier_id));
}

async function assemble(db: Kysely<MartDB>, risks: readonly SupplierRiskRow[], drivers: readonly DriverRow[]): Promise<Map<string, SupplierRiskFacts>> {
  const bySupplier = new Map<string, DriverRow[]>();
  for (const d of drivers) {
    const list = bySupplier.get(d.supplier_id);
    if (list) list.push(d);
    else bySupplier.set(d.supplier_id, [d]);
  }
  const out = new Map<string, SupplierRiskFacts>();
  for (const risk of risks) out.set(risk.supplier_id, { risk, drivers: condenseDrivers(bySupplier.get(risk.supplier_id) ?? []) });
  const auditIds = [...new Set([...out.values()].flatMap((f) => f.drivers.map((d) => d.audit_id).filter((id): id is string => id !== null)))];
  if (auditIds.length > 0) {
    const dates = await db.selectFrom('mart_audit_facts').select(['audit_id', 'audit_date']).where('audit_id', 'in', auditIds).execute();
    const dateOf = new Map(dates.map((r) => [r.audit_id, r.audit_date]));
    for (const facts of out.values()) for (const d of facts.drivers) if (d.audit_id) d.audit_date = dateOf.get(d.audit_id) ?? null;
  }
  return out;
}
