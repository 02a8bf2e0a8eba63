/**
 * Supplier risk rows and their exact drivers, for a batch of suppliers. At the build's asOf the score comes
 * from mart_supplier_risk; the drivers either from mart_supplier_risk_driver_totals (sums per partner and ILO
 * indicator: enough for a caller who sees no finding details) or, for finding details, computed for these
 * suppliers with the warehouse's own SQL (scoreSuppliersAsOf reads the scoring inputs every snapshot carries).
 * At another date, or for a partner (who sees other partners' audits only as of month boundaries, partner-view.ts
 * in the warehouse), both are re-scored on demand. Rounding happens afterwards, per answer (risk-view.ts).
 */
import type { Kysely } from 'kysely';
import { scoreSuppliersAsOf } from '../../../warehouse/api.js';
import type { MartDB, SupplierRiskRow } from '../db-types.js';
import type { ExactDriverRow } from '../risk-drivers.js';
import type { SupplierRiskFacts } from '../risk-view.js';

export interface ScoringScope {
  /** The date to score at. */
  asOf: string;
  riskVersion: string | undefined;
}

function groupBySupplier<T extends { supplier_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.supplier_id);
    if (list) list.push(row);
    else out.set(row.supplier_id, [row]);
  }
  return out;
}

function assemble(
  risks: readonly SupplierRiskRow[],
  drivers: readonly (ExactDriverRow & { supplier_id: string })[],
): Map<string, SupplierRiskFacts> {
  const bySupplier = groupBySupplier(drivers);
  return new Map(risks.map((risk) => [risk.supplier_id, { risk, drivers: bySupplier.get(risk.supplier_id) ?? [] }]));
}

/** At the build's asOf: published scores; drivers per finding when `findingDetails`, else the published sums. */
export async function findPublishedRisks(
  db: Kysely<MartDB>,
  supplierIds: readonly string[],
  scope: ScoringScope,
  findingDetails: boolean,
): Promise<Map<string, SupplierRiskFacts>> {
  if (supplierIds.length === 0) return new Map();
  const risks = await db
    .selectFrom('mart_supplier_risk')
    .selectAll()
    .where('supplier_id', 'in', [...supplierIds])
    .execute();
  if (risks.length === 0) return new Map();
  const ids = risks.map((r) => r.supplier_id);
  if (findingDetails) {
    const { drivers } = await scoreSuppliersAsOf(db, scope.asOf, {
      supplierIds: ids,
      driversOnly: true,
      ...(scope.riskVersion ? { riskVersion: scope.riskVersion } : {}),
    });
    return assemble(risks, drivers);
  }
  const totals = await db
    .selectFrom('mart_supplier_risk_driver_totals')
    .selectAll()
    .where('supplier_id', 'in', ids)
    .execute();
  const drivers = totals.map((t) => ({ ...t, finding_id: null, audit_date: null, severity: null }));
  return assemble(risks, drivers);
}

/** Re-scored on demand at `scope.asOf`; with viewerOrgId, as that partner may see it. */
export async function scoreRisksAsOf(
  db: Kysely<MartDB>,
  supplierIds: readonly string[],
  scope: ScoringScope,
  viewerOrgId?: string,
): Promise<Map<string, SupplierRiskFacts>> {
  if (supplierIds.length === 0) return new Map();
  const scored = await scoreSuppliersAsOf(db, scope.asOf, {
    supplierIds,
    ...(scope.riskVersion ? { riskVersion: scope.riskVersion } : {}),
    ...(viewerOrgId !== undefined ? { viewerOrgId } : {}),
  });
  return assemble(scored.risk, scored.drivers);
}

/** The subset of suppliers the partner has audited (any audit in the build: mart_supplier_partners). */
export async function findSuppliersAuditedBy(
  db: Kysely<MartDB>,
  partnerOrgId: string,
  supplierIds: readonly string[],
): Promise<Set<string>> {
  if (supplierIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('mart_supplier_partners')
    .select('supplier_id')
    .where('partner_org_id', '=', partnerOrgId)
    .where('supplier_id', 'in', [...supplierIds])
    .execute();
  return new Set(rows.map((r) => r.supplier_id));
}
