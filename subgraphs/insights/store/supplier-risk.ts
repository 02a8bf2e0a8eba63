/**
 * Supplier risk rows and their exact drivers, for a batch of suppliers. At the build's asOf the score comes
 * from mart_supplier_risk; the drivers either from mart_supplier_risk_driver_totals (sums per partner and ILO
 * indicator: enough for a caller who sees no finding details) or, for finding details, computed for these
 * suppliers with the re-scoring macros every build publishes (the warehouse's own model SQL over the scoring
 * inputs the build carries: lib/snapshot-contract.ts). At another date, or for a partner (who sees other
 * partners' audits only as of month boundaries, warehouse/risk/partner-view.ts, a parameter of the macros),
 * both are re-scored on demand. Rounding happens afterwards, per answer (risk-view.ts).
 */
import { sql, type Kysely } from 'kysely';
import { RISK_WITH_DRIVERS_MACRO, rescoringMacroOf } from '../../../lib/snapshot-contract.js';
import type { MartDB, SupplierRiskDriverRow, SupplierRiskRow } from '../db-types.js';
import type { ExactDriverRow } from '../risk-drivers.js';
import type { SupplierRiskFacts } from '../risk-view.js';

export interface ScoringScope {
  /** The date to score at. */
  asOf: string;
  riskVersion: string | undefined;
  /** The build publishes RISK_WITH_DRIVERS_MACRO (builds before 2026-12-07 do not). */
  hasRiskWithDrivers: boolean;
}

/** The methodology version of a build whose pointer names none. */
const DEFAULT_RISK_VERSION = 'risk-v1';

/**
 * Rows of a re-scoring macro for these suppliers, as `viewerOrgId` may see them (null: every date as it is).
 * Every argument is a bound parameter, so the statement's text is the same for any suppliers and it is prepared
 * once per build (lib/duckdb/prepared-cache.ts); measured, that saves ~4 ms of a ~40 ms call, so DuckDB still
 * binds most of the macro per execution.
 */
async function rescore<T>(
  db: Kysely<MartDB>,
  macroName: string,
  supplierIds: readonly string[],
  scope: ScoringScope,
  viewerOrgId: string | undefined,
  orderBy: string,
): Promise<T[]> {
  const version = scope.riskVersion ?? DEFAULT_RISK_VERSION;
  const call = sql`${sql.table(macroName)}(${scope.asOf}::DATE, ${version}, ${[...supplierIds]}::VARCHAR[], ${
    viewerOrgId ?? null
  }::VARCHAR)`;
  return (await sql<T>`SELECT * FROM ${call} ORDER BY ${sql.raw(orderBy)}`.execute(db)).rows;
}

const DRIVER_ORDER = 'supplier_id, driver_kind, finding_id';

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
    const drivers = await rescore<SupplierRiskDriverRow>(
      db,
      rescoringMacroOf('mart_supplier_risk_drivers'),
      ids,
      scope,
      undefined,
      DRIVER_ORDER,
    );
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
  if (scope.hasRiskWithDrivers) {
    const rows = await rescore<SupplierRiskRow & { drivers: SupplierRiskDriverRow[] }>(
      db,
      RISK_WITH_DRIVERS_MACRO,
      supplierIds,
      scope,
      viewerOrgId,
      'supplier_id',
    );
    const drivers = rows.flatMap((r) => r.drivers);
    return assemble(
      rows.map(({ drivers: _, ...risk }) => risk),
      drivers,
    );
  }
  const risk = await rescore<SupplierRiskRow>(
    db,
    rescoringMacroOf('mart_supplier_risk'),
    supplierIds,
    scope,
    viewerOrgId,
    'supplier_id',
  );
  const drivers = await rescore<SupplierRiskDriverRow>(
    db,
    rescoringMacroOf('mart_supplier_risk_drivers'),
    supplierIds,
    scope,
    viewerOrgId,
    DRIVER_ORDER,
  );
  return assemble(risk, drivers);
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
