/**
 * Builds the models in dependency order, with the build variables (asOf, risk version) bound, after making sure
 * the raw, reference and parameter tables exist. Each table model is, per build:
 *   - rebuilt whole (`CREATE OR REPLACE TABLE … AS`) when it is new, its definition changed, a model it reads
 *     was rebuilt whole, an input its partitioning cannot follow changed, or the build is `full`;
 *   - updated incrementally (see incremental.ts) when it declares a partition key (supplier_id or audit_id),
 *     only audits data changed, and the dirty keys are few enough (a windowed model adds the keys whose
 *     predecessor changed to the dirty ones, so the models built after it recompute those too); or, for an
 *     additive model, by the change in the rows of the incremental models it sums (additive.ts), unless the
 *     previous build stopped half-way (dirty keys left over);
 *   - left as it is when nothing it reads changed.
 * Published tables (marts and re-scoring inputs) are built in the `marts` catalog, the rest in main (placement.ts,
 * apply-model.ts). Then the declared tests run (whole for rebuilt models, on the rows the build wrote for models
 * it updated in place: model-tests.ts); any failure fails the build, which is then neither recorded nor published.
 */
import type { Logger } from '../../lib/logger.js';
import { querySql, quoteIdent, sqlString, todayIso, type WarehouseDb } from '../db.js';
import { loadReferenceData } from '../reference/load-reference.js';
import { DEFAULT_RISK_VERSION, loadRiskParameters } from '../risk/load-parameters.js';
import { crashPoint } from '../sync/crash-points.js';
import { ensureRawTables, readWatermarks } from '../sync/watermarks.js';
import { newBuildId } from '../snapshot/snapshot-files.js';
import { dropPreviousRows, namedIdentifiers } from './additive.js';
import { planModel, stateHashFor, type BuildAction, type PlanContext } from './build-plan.js';
import {
  ensureBuildStateTables,
  readBuildState,
  readInputVersions,
  writeBuildState,
  type PublishChanges,
} from './build-state.js';
import { applyAction, existingRelations } from './apply-model.js';
import {
  COVERED_INPUTS,
  collectDirtyKeys,
  countDirtyKeys,
  ensureDirtyTables,
  isPartitionKey,
  type DirtyKeys,
} from './incremental.js';
import { loadModels, type Model } from './model-graph.js';
import { catalogOf, publishedModelsOf, rescoringInputsOf } from './placement.js';
import { writeBuildLayers } from '../snapshot/build-layers.js';
import { dropWrittenRows } from './written-rows.js';
import { ModelTestFailure, runBuildTests, type ModelTestResult } from './model-tests.js';
import { bindVariables, type BuildVariables } from './variables.js';

export interface BuildOptions {
  /** 'YYYY-MM-DD'; default today (UTC). */
  asOf?: string;
  riskVersion?: string;
  /** Rebuild every model whole, ignoring what the previous build left. */
  full?: boolean;
  /** 'changed' (default): tests of the models this build changed; 'all'; 'none'. */
  tests?: 'changed' | 'all' | 'none';
  /** Defaults to every model under warehouse/models. */
  models?: Model[];
  onProgress?: (event: { model: string; index: number; total: number }) => void;
  log?: Logger;
}

interface BuiltModel {
  name: string;
  layer: string;
  materialized: 'table' | 'view';
  action: BuildAction;
  /** Row count for tables; null for views (counting would run them). */
  rows: number | null;
  ms: number;
  /** CPU time of the whole process meanwhile (DuckDB's threads included): a load-independent cost. */
  cpuMs: number;
}

export interface BuildResult {
  /** Names the build; publishing it makes it the build insights serves. */
  buildId: string;
  asOf: string;
  riskVersion: string;
  models: BuiltModel[];
  /** Suppliers recomputed by incremental models (0 when every model was rebuilt whole or skipped). */
  dirtySuppliers: number;
  /** Audits recomputed by audit-grained incremental models. */
  dirtyAudits: number;
  tests: ModelTestResult[];
  /** Of durationMs, the time the model tests took. */
  testsMs: number;
  durationMs: number;
}

/** Creates the tables models read that the sync and build own (idempotent), so a build works before any sync. */
export async function prepareInputs(db: WarehouseDb, riskVersion: string): Promise<void> {
  await ensureRawTables(db);
  await loadReferenceData(db);
  await loadRiskParameters(db);
  await ensureBuildStateTables(db);
  await ensureDirtyTables(db);
  const known = await querySql<{ n: number }>(
    db,
    `SELECT count(*) AS n FROM risk_parameters WHERE version = ${sqlString(riskVersion)}`,
  );
  if (known[0]!.n === 0)
    throw new Error(`riskVersion: no parameters for methodology version "${riskVersion}" in risk_parameters`);
}

export async function buildModels(db: WarehouseDb, options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const buildId = newBuildId();
  const variables: BuildVariables = {
    asOf: options.asOf ?? todayIso(),
    riskVersion: options.riskVersion ?? DEFAULT_RISK_VERSION,
  };
  const models = options.models ?? loadModels();
  const testMode = options.tests ?? 'changed';
  await prepareInputs(db, variables.riskVersion);

  const watermarks = await readWatermarks(db);
  const previous = await readBuildState(db);
  const inputVersions = await readInputVersions(db);
  const changedInputs = new Set([...inputVersions].filter(([t, v]) => previous.inputs.get(t) !== v).map(([t]) => t));
  const found = await existingRelations(db);
  const [{ name: mainCatalog }] = (await querySql<{ name: string }>(db, 'SELECT current_database() AS name')) as [
    { name: string },
  ];
  const published = new Set(publishedModelsOf(models));
  const targetOf = (model: Model) => `${quoteIdent(catalogOf(published, model) ?? mainCatalog)}.main.${model.name}`;
  // A table found elsewhere than its target, or a name found twice (a model that moved catalog, or table and
  // view), plans as changed and is rebuilt whole.
  const relations = new Map(
    [...found].map(([name, rs]) => {
      const model = models.find((m) => m.name === name);
      const misplaced = model?.materialized === 'table' && rs.length === 1 && rs[0]!.qualified !== targetOf(model);
      return [name, rs.length === 1 && !misplaced ? rs[0]!.type : 'MISPLACED'];
    }),
  );
  const canNarrow =
    !options.full &&
    previous.models.size > 0 &&
    relations.has('int_audits_joined') &&
    relations.has('int_findings_joined');
  // Dirty keys left over: the previous build stopped before recording its state (crash or failed test).
  const interrupted = Object.values(await countDirtyKeys(db)).some((n) => n > 0);
  let dirty: DirtyKeys | null = null;
  if (canNarrow) {
    const since = Object.fromEntries(COVERED_INPUTS.map((t) => [t, Number(previous.inputs.get(t) ?? 0)]));
    dirty = await collectDirtyKeys(db, since);
  }

  const hashes = new Map<string, string>();
  const replaced = new Set<string>();
  const touched = new Set<string>();
  const built: BuiltModel[] = [];
  const plan: PlanContext = {
    models,
    variables,
    full: options.full ?? false,
    previousHashes: previous.models,
    relations,
    changedInputs,
    replaced,
    touched,
    dirty,
    interrupted,
  };
  // Models an additive model sums: their incremental updates keep the rows they replace (the columns the
  // additive models name), for this build.
  const summed = new Map<string, string[]>();
  for (const m of models.filter((x) => x.additive)) {
    for (const over of m.additive!.over)
      summed.set(over, [...(summed.get(over) ?? []), ...namedIdentifiers(sqlThrough(models, m), m.additive!)]);
  }
  for (const [index, model] of models.entries()) {
    options.onProgress?.({ model: model.name, index, total: models.length });
    crashPoint(`build:${model.name}`);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const hash = stateHashFor(models, model, variables);
    hashes.set(model.name, hash);
    const { action, definitionChanged } = planModel(plan, model, hash);
    try {
      await applyAction(
        db,
        model,
        action,
        definitionChanged,
        bindVariables(model.sql, variables),
        found.get(model.name) ?? [],
        targetOf(model),
        {
          keepPrevious: summed.get(model.name) ?? null,
          updated: model.additive
            ? model.additive.over.filter((o) => built.some((b) => b.name === o && b.action === 'incremental'))
            : [],
          through: model.through.map((v) => ({
            name: v,
            sql: bindVariables(models.find((m) => m.name === v)!.sql, variables),
          })),
        },
      );
    } catch (error) {
      throw new Error(`model ${model.name} (${model.file}) failed to build: ${(error as Error).message}`, {
        cause: error,
      });
    }
    // A view over a table rebuilt whole gives whole new rows too: its readers rebuild as if it were replaced.
    const viewReplaced = action === 'view' && (definitionChanged || model.dependsOn.some((d) => replaced.has(d)));
    if (action === 'full' || viewReplaced) replaced.add(model.name);
    if (replaced.has(model.name) || action === 'incremental') touched.add(model.name);
    const rows =
      model.materialized === 'table'
        ? (await querySql<{ n: number }>(db, `SELECT count(*) AS n FROM ${model.name}`))[0]!.n
        : null;
    const cpu = process.cpuUsage(cpu0);
    built.push({
      name: model.name,
      layer: model.layer,
      materialized: model.materialized,
      action,
      rows,
      ms: Math.round(performance.now() - t0),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    });
  }
  options.onProgress?.({ model: '', index: models.length, total: models.length });
  await dropPreviousRows(db, summed.keys());

  const testsStarted = performance.now();
  const tests = testMode === 'none' ? [] : await runBuildTests(db, models, built, replaced, variables, testMode);
  const testsMs = Math.round(performance.now() - testsStarted);
  const failed = tests.filter((t) => t.failures > 0);
  // Counted again: windowed models add the keys whose predecessor changed while the build runs.
  const dirtyNow = dirty ? await countDirtyKeys(db) : null;
  const recomputed = (key: 'supplier_id' | 'audit_id') =>
    built.some((b) => b.action === 'incremental' && models.find((m) => m.name === b.name)!.incremental === key)
      ? dirtyNow![key]
      : 0;
  const result: BuildResult = {
    buildId,
    ...variables,
    models: built,
    dirtySuppliers: recomputed('supplier_id'),
    dirtyAudits: recomputed('audit_id'),
    tests,
    testsMs,
    durationMs: Math.round(performance.now() - started),
  };
  options.log?.info(
    {
      asOf: variables.asOf,
      full: built.filter((m) => m.action === 'full').length,
      incremental: built.filter((m) => m.action === 'incremental').length,
      dirty,
      tests: tests.length,
      failed: failed.length,
      ms: result.durationMs,
    },
    'warehouse build',
  );
  if (failed.length > 0) throw new ModelTestFailure(failed);
  const { whole, keyed } = publishChangesOf(models, built, published, changedInputs);
  const layers = await writeBuildLayers(db, buildId, keyed, new Set(rescoringInputsOf(models)));
  crashPoint('build:layers-written');
  const changes = { whole, keyed, layers };
  await writeBuildState(db, hashes, inputVersions, { info: { buildId, ...variables, watermarks }, changes });
  // Left in place by a build that failed: the next one replaces them (only models it updates in place read them).
  await dropWrittenRows(
    db,
    built.filter((b) => b.action === 'incremental').map((b) => b.name),
  );
  return result;
}

/** An additive model's SQL and that of the views it reads its summed inputs through: what it may name of them. */
function sqlThrough(models: readonly Model[], model: Model): string {
  return [model.sql, ...model.through.map((v) => models.find((m) => m.name === v)!.sql)].join('\n');
}

/**
 * What a build changed in the published tables: those rebuilt whole or updated as sums (additive models are
 * small aggregates) are rewritten whole; incremental ones only for their dirty keys; risk_parameters (not a
 * model) when its contents changed. The build writes those layers itself (snapshot/build-layers.ts).
 */
function publishChangesOf(
  models: readonly Model[],
  built: readonly BuiltModel[],
  published: ReadonlySet<string>,
  changedInputs: ReadonlySet<string>,
): Omit<PublishChanges, 'layers'> {
  const whole: string[] = changedInputs.has('risk_parameters') ? ['risk_parameters'] : [];
  const keyed: PublishChanges['keyed'][number][] = [];
  for (const b of built.filter((m) => published.has(m.name))) {
    const model = models.find((m) => m.name === b.name)!;
    if (b.action === 'full' || (b.action === 'incremental' && model.additive)) whole.push(b.name);
    else if (b.action === 'incremental' && isPartitionKey(model.incremental))
      keyed.push({ table: b.name, key: model.incremental });
  }
  return { whole, keyed };
}
