/**
 * Re-scoring at any date: `scoreSuppliersAsOf(db, asOf)` runs the very SQL of the risk models, not a copy.
 * The models whose result depends on the build variables (asOf, risk version) are inlined as CTEs with the
 * requested date bound; everything upstream of them is read from the tables the build materialised
 * (int_suppliers_contextualised, int_audits_joined, int_findings_joined, risk_parameters). Those tables are
 * published in every snapshot, so this works on the warehouse (where `main.<table>` finds them through the
 * search path, in either of its catalogs) and on a snapshot file alike.
 */
import { RESCORED_MARTS, RISK_WITH_DRIVERS_MACRO, rescoringMacroOf } from '../../lib/snapshot-contract.js';
import { assertIsoDate, querySql, sqlString, type WarehouseDb } from '../db.js';
import { loadModels, upstreamOf, usesVariables, type Model } from '../models/model-graph.js';
import { bindVariables, type BuildVariables } from '../models/variables.js';
import { DEFAULT_RISK_VERSION } from './load-parameters.js';
import { partnerViewColumns, partnerViewColumnsFor } from './partner-view.js';

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
  /** The findings behind the override (empty without one), with their partner so each viewer sees only its own. */
  override_findings: { finding_id: string; partner_org_id: string }[];
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
  audit_date: string | null;
  partner_org_id: string | null;
  ilo_indicator: string | null;
  severity: string | null;
  points: number | null;
  strength: number | null;
  /** The exact (unrounded) share of the score; readers round what they show (subgraphs/insights/driver-rounding.ts). */
  contribution: number;
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
 * With viewerOrgId (a partner), other partners' dates are coarsened to months first (partner-view.ts).
 */
function compileOnDemand(
  models: readonly Model[],
  target: string,
  variables: BuildVariables,
  supplierIds?: readonly string[],
  viewerOrgId?: string,
): string {
  const chain = upstreamOf(models, target).filter((m) => usesVariables(models, m.name));
  const ctes: string[] = [];
  if (supplierIds) {
    const ids = supplierIds.length > 0 ? supplierIds.map(sqlString).join(', ') : 'NULL';
    for (const input of scoringInputsOf(models, [target])) {
      const columns = viewerOrgId === undefined ? '*' : partnerViewColumns(input, viewerOrgId);
      ctes.push(`${input} AS (SELECT ${columns} FROM main.${input} WHERE supplier_id IN (${ids}))`);
    }
  } else if (viewerOrgId !== undefined) {
    throw new Error('compileOnDemand: a partner view needs the suppliers to score');
  }
  for (const model of chain) ctes.push(`${model.name} AS (\n${bindVariables(model.sql, variables)}\n)`);
  return `WITH ${ctes.join(',\n')}\nSELECT * FROM ${target}`;
}

/** What the published macros name their parameters (unlike any column, so they shadow none). */
const MACRO_PARAMETERS = {
  asOf: 'p_as_of',
  riskVersion: 'p_risk_version',
  supplierIds: 'p_supplier_ids',
  viewer: 'p_viewer_org_id',
};

/**
 * The re-scoring SQL as table macros, published with each build (snapshot/publish-snapshot.ts), so a reader
 * re-scores suppliers at any date by calling a macro instead of compiling the model files:
 *   SELECT * FROM rescore_mart_supplier_risk(DATE '2024-06-30', 'risk-v1', ['sup-0001'], NULL)
 * The same chain of model SQL as compileOnDemand, the variables being the macro's parameters. Besides one macro
 * per re-scored mart, `rescore_supplier_risk_with_drivers` answers both in one call: each risk row with its
 * drivers as a list. A reader wanting both pays one plan and one read of the inputs instead of two (the plan
 * of this chain costs about as much as running it for one supplier).
 */
export function rescoringMacrosOf(models: readonly Model[]): { name: string; sql: string }[] {
  const present = RESCORED_MARTS.filter((t) => models.some((m) => m.name === t));
  const macros = present.map((target) => ({
    name: rescoringMacroOf(target),
    sql: macroSql(rescoringMacroOf(target), models, [target], `SELECT * FROM ${target}`),
  }));
  if (present.length < RESCORED_MARTS.length) return macros;
  // The drivers in the order a reader lists them; DuckDB turns the row alias `d` into a struct of its columns.
  const both =
    'SELECT r.*, coalesce(d.drivers, []) AS drivers\nFROM mart_supplier_risk r\nLEFT JOIN (\n' +
    '  SELECT supplier_id, list(d ORDER BY d.driver_kind, d.finding_id) AS drivers\n' +
    '  FROM mart_supplier_risk_drivers d GROUP BY supplier_id\n) d USING (supplier_id)';
  const name = RISK_WITH_DRIVERS_MACRO;
  return [...macros, { name, sql: macroSql(name, models, RESCORED_MARTS, both) }];
}

/** `CREATE MACRO name(parameters) AS TABLE WITH <inputs narrowed, variable-dependent models> <select>`. */
function macroSql(name: string, models: readonly Model[], targets: readonly string[], select: string): string {
  const { asOf, riskVersion, supplierIds, viewer } = MACRO_PARAMETERS;
  // A NULL viewer sees every date as it is; a partner sees other partners' dates coarsened (partner-view.ts).
  const ctes = scoringInputsOf(models, targets).map(
    (input) =>
      `${input} AS (SELECT ${partnerViewColumnsFor(input, viewer)} FROM main.${input} ` +
      `WHERE supplier_id IN (SELECT unnest(${supplierIds})))`,
  );
  const chain = new Set(targets.flatMap((t) => upstreamOf(models, t).map((m) => m.name)));
  for (const model of models.filter((m) => chain.has(m.name) && usesVariables(models, m.name))) {
    const body = model.sql.replace(/getvariable\('([a-z_]+)'\)/g, (_, variable: string) => {
      if (variable === 'as_of') return `CAST(${asOf} AS DATE)`;
      if (variable === 'risk_version') return `CAST(${riskVersion} AS VARCHAR)`;
      throw new Error(`unknown build variable getvariable('${variable}') in ${model.name}`);
    });
    ctes.push(`${model.name} AS (\n${body}\n)`);
  }
  const parameters = [asOf, riskVersion, supplierIds, viewer].join(', ');
  return `CREATE OR REPLACE MACRO ${name}(${parameters}) AS TABLE\nWITH ${ctes.join(',\n')}\n${select}`;
}

let cachedModels: Model[] | null = null;

export interface ScoreOptions {
  riskVersion?: string;
  supplierIds?: readonly string[];
  models?: Model[];
  /** Score as this partner may see it: other partners' audits as of month boundaries (partner-view.ts). */
  viewerOrgId?: string;
  /** Only the drivers (the risk rows come from elsewhere, e.g. the published mart). */
  driversOnly?: boolean;
}

export async function scoreSuppliersAsOf(
  db: WarehouseDb,
  asOf: string,
  options: ScoreOptions = {},
): Promise<{ risk: SupplierRiskRow[]; drivers: SupplierRiskDriverRow[] }> {
  assertIsoDate(asOf, 'asOf');
  const models = options.models ?? (cachedModels ??= loadModels());
  const variables: BuildVariables = { asOf, riskVersion: options.riskVersion ?? DEFAULT_RISK_VERSION };
  const compile = (target: string) =>
    compileOnDemand(models, target, variables, options.supplierIds, options.viewerOrgId);
  const risk = options.driversOnly
    ? []
    : await querySql<SupplierRiskRow>(db, `${compile('mart_supplier_risk')} ORDER BY supplier_id`);
  const drivers = await querySql<SupplierRiskDriverRow>(
    db,
    `${compile('mart_supplier_risk_drivers')} ORDER BY supplier_id, driver_kind, finding_id`,
  );
  return { risk, drivers };
}
