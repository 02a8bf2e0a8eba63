/**
 * Decides, per model and build, what to do with it (see runner.ts): rebuild it whole, update the dirty
 * suppliers' rows, leave it, or (re)create a view. Pure: everything it needs is passed in.
 */
import { COVERED_INPUTS, isPartitionKey, type DirtyKeys } from './incremental.js';
import { inputsOf, usesVariables, type Model } from './model-graph.js';
import { stateHashOf } from './build-state.js';
import type { BuildVariables } from './variables.js';

export type BuildAction = 'full' | 'incremental' | 'skipped' | 'view';

export interface PlanContext {
  models: readonly Model[];
  variables: BuildVariables;
  /** Rebuild everything whole. */
  full: boolean;
  /** Model → state hash recorded by the previous successful build. */
  previousHashes: ReadonlyMap<string, string>;
  /** Relation name → 'BASE TABLE' | 'VIEW' as the database holds them now. */
  relations: ReadonlyMap<string, string>;
  /** Input tables whose version differs from the previous build's. */
  changedInputs: ReadonlySet<string>;
  /** Models this build rebuilt whole / changed in any way so far. */
  replaced: ReadonlySet<string>;
  touched: ReadonlySet<string>;
  /** Dirty keys, or null when there is no previous build to narrow from (or the build is full). */
  dirty: DirtyKeys | null;
}

/** The definition a model's rows follow: SQL, materialization, partitioning and, if it reads them, the variables. */
export function stateHashFor(models: readonly Model[], model: Model, variables: BuildVariables): string {
  const bound = usesVariables(models, model.name) ? `${variables.asOf}/${variables.riskVersion}` : '';
  return stateHashOf([model.sql, model.materialized, model.incremental ?? '', bound]);
}

export function planModel(ctx: PlanContext, model: Model, hash: string): { action: BuildAction; definitionChanged: boolean } {
  const wantType = model.materialized === 'table' ? 'BASE TABLE' : 'VIEW';
  const definitionChanged = ctx.relations.get(model.name) !== wantType || ctx.previousHashes.get(model.name) !== hash;
  if (model.materialized === 'view') return { action: 'view', definitionChanged };
  if (ctx.full || definitionChanged || model.dependsOn.some((d) => ctx.replaced.has(d))) return { action: 'full', definitionChanged };
  const changedIn = inputsOf(ctx.models, model.name).filter((t) => ctx.changedInputs.has(t));
  if (changedIn.length === 0 && !model.dependsOn.some((d) => ctx.touched.has(d))) return { action: 'skipped', definitionChanged };
  const key = model.incremental;
  const narrowable = isPartitionKey(key) && ctx.dirty !== null && !ctx.dirty.tooWide[key] && changedIn.every((t) => COVERED_INPUTS.includes(t));
  if (!narrowable) return { action: 'full', definitionChanged };
  return { action: ctx.dirty!.count[key] === 0 ? 'skipped' : 'incremental', definitionChanged };
}
