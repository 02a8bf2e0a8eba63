/**
 * Re-scoring at any date: `scoreSuppliersAsOf(db, asOf)` runs the very SQL of the risk models, not a copy.
 * The models whose result depends on the build variables (asOf, risk version) are inlined as CTEs with the
 * requested date bound; everything upstream of them is read from the tables the build materialised
 * (int_suppliers_contextualised, int_audits_joined, int_findings_joined, risk_parameters). Those tables are
 * published in every snapshot, so this works on the warehouse (where `main.<table>` finds them through the
 * search path, in either of its catalogs) and on a snapshot file alike.
 */
import { assertIsoDate, querySql, sqlString, type WarehouseDb } from '../db.js';
import { loadModels, upstreamOf, usesVariables, type Model } from '../models/model-graph.js';
import { bindVariables, type BuildVariables } from '../models/variables.js';
import { DEFAULT_RISK_VERSION } from './load-parameters.js';

export interface SupplierRiskRow {
  supplier_id: string;
  as_of: string;
  methodology_version: string;
  country_code: string;
  sector: string;
  inherent: number;
  country_points: number;
  sector_points: number;
  goods_points: number;
  migrant_points: number;
  is_country_data_missing: boolean;
  confidence: number;
  evidence: number;
  base: number;
  score: number;
  band: 'LOW' | 'MEDIUM' | 'HIGH' | 'SEVERE';
  override: string | null;
  count_evidence_findings: number;
  latest_audit_id: string | null;
  latest_audit_date: string | null;
}

export interface SupplierRiskDriverRow {
  supplier_id: string;
  as_of: string;
  driver_kind: 'COUNTRY' | 'SECTOR' | 'GOODS' | 'MIGRANT' | 'COUNTRY_DATA_MISSING' | 'FINDING';
  finding_id: string | null;
  audit_id: string | null;
  partner_org_id: string | null;
  ilo_indicator: string | null;
  severity: string | null;
  points: number | null;
  strength: number | null;
  contribution: number;
  contribution_exact: number;
}

/** Tables the variable-dependent models read that are not themselves variable-dependent. */
export function scoringInputsOf(models: readonly Model[], targets: readonly string[]): string[] {
  const inputs = new Set<string>();
  for (const target of targets) {
    for (const model of upstreamOf(models, target)) {
      if (!usesVariables(models, model.name)) continue;
      for (const dep of model.dependsOn) if (!usesVariables(models, dep)) inputs.add(dep);
    }
  }
  return [...inputs].sort();
}

/**
 * One SELECT computing `target` for the given variables from materialised inputs. With supplierIds, the
 * inputs that carry supplier_id are narrowed first, so scoring a handful of suppliers reads only their rows.
 */
function compileOnDemand(models: readonly Model[], target: string, variables: BuildVariables, supplierIds?: readonly string[]): string {
  const chain = upstreamOf(models, target).filter((m) => usesVariables(models, m.name));
  const ctes: string[] = [];
  if (supplierIds) {
    const ids = supplierIds.length > 0 ? supplierIds.map(sqlString).join(', ') : 'NULL';
    for (const input of scoringInputsOf(models, [target])) ctes.push(`${input} AS (SELECT * FROM main.${input} WHERE supplier_id IN (${ids}))`);
  }
  for (const model of chain) ctes.push(`${model.name} AS (\n${bindVariables(model.sql, variables)}\n)`);
  return `WITH ${ctes.join(',\n')}\nSELECT * FROM ${target}`;
}

let cachedModels: Model[] | null = null;

export async function scoreSuppliersAsOf(
  db: WarehouseDb,
  asOf: string,
  options: { riskVersion?: string; supplierIds?: readonly string[]; models?: Model[] } = {},
): Promise<{ risk: SupplierRiskRow[]; drivers: SupplierRiskDriverRow[] }> {
  assertIsoDate(asOf, 'asOf');
  const models = options.models ?? (cachedModels ??= loadModels());
  const variables: BuildVariables = { asOf, riskVersion: options.riskVersion ?? DEFAULT_RISK_VERSION };
  const risk = await querySql<SupplierRiskRow>(
    db,
    `${compileOnDemand(models, 'mart_supplier_risk', variables, options.supplierIds)} ORDER BY supplier_id`,
  );
  const drivers = await querySql<SupplierRiskDriverRow>(
    db,
    `${compileOnDemand(models, 'mart_supplier_risk_drivers', variables, options.supplierIds)} ORDER BY supplier_id, driver_kind, finding_id`,
  );
  return { risk, drivers };
}
