/**
 * Decides, per model and build, what to do with it (see runner.ts): rebuild it whole, update the dirty
 * keys' rows, leave it, or (re)create a view. Pure: everything it needs is passed in.
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
  /** The previous build stopped half-way (its dirty keys are still set): additive models cannot follow it. */
  interrupted: boolean;
}

/** The definition a model's rows follow: SQL, materialization, partitioning and, if it reads them, the variables. */
export function stateHashFor(models: readonly Model[], model: Model, variables: BuildVariables): string {
  const bound = usesVariables(models, model.name) ? `${variables.asOf}/${variables.riskVersion}` : '';
  // The window and additive spec only when declared, so the hashes of the other models stay what earlier builds
  // recorded.
  const window = model.window ? [JSON.stringify(model.window)] : [];
  const additive = model.additive ? [JSON.stringify(model.additive)] : [];
  return stateHashOf([model.sql, model.materialized, model.incremental ?? '', ...window, ...additive, bound]);
}

export function planModel(
  ctx: PlanContext,
  model: Model,
  hash: string,
): { action: BuildAction; definitionChanged: boolean } {
  const wantType = model.materialized === 'table' ? 'BASE TABLE' : 'VIEW';
  const definitionChanged = ctx.relations.get(model.name) !== wantType || ctx.previousHashes.get(model.name) !== hash;
  if (model.materialized === 'view') return { action: 'view', definitionChanged };
  if (ctx.full || definitionChanged || model.dependsOn.some((d) => ctx.replaced.has(d)))
    return { action: 'full', definitionChanged };
  const changedIn = inputsOf(ctx.models, model.name).filter((t) => ctx.changedInputs.has(t));
  if (changedIn.length === 0 && !model.dependsOn.some((d) => ctx.touched.has(d)))
    return { action: 'skipped', definitionChanged };
  if (model.additive) {
    // Only the summed inputs may have changed, and only incrementally (rebuilt whole, one is in `replaced`);
    // every other relation read must be as it was (a view over a changed input is not).
    const over = model.additive.over;
    const unchanged = (d: string) =>
      !ctx.touched.has(d) && inputsOf(ctx.models, d).every((t) => !ctx.changedInputs.has(t));
    // The views it reads the summed inputs through count as part of them (additive.ts evaluates them over the
    // changed rows), so what they read besides the summed inputs must be unchanged too.
    const through = model.through.map((v) => ctx.models.find((m) => m.name === v)!);
    const followable =
      !ctx.interrupted &&
      ctx.dirty !== null &&
      [model, ...through].every((m) => m.inputs.every((t) => !ctx.changedInputs.has(t))) &&
      through.every((v) => !ctx.touched.has(v.name)) &&
      [model, ...through].every((m) =>
        m.dependsOn.every((d) => over.includes(d) || model.through.includes(d) || unchanged(d)),
      );
    if (!followable) return { action: 'full', definitionChanged };
    return { action: over.some((d) => ctx.touched.has(d)) ? 'incremental' : 'skipped', definitionChanged };
  }
  const key = model.incremental;
  const narrowable =
    isPartitionKey(key) &&
    ctx.dirty !== null &&
    !ctx.dirty.tooWide[key] &&
    changedIn.every((t) => COVERED_INPUTS.includes(t));
  if (!narrowable) return { action: 'full', definitionChanged };
  return { action: ctx.dirty!.count[key] === 0 ? 'skipped' : 'incremental', definitionChanged };
}
