/**
 * Where a model's table lives. The tables a snapshot publishes — every mart and the inputs on-demand
 * re-scoring reads — are built in the `marts` catalog (a file of their own, see db.ts); every other model lives
 * in the warehouse file's main catalog.
 */
import { MARTS_CATALOG } from '../db.js';
import { RESCORED_MARTS } from '../../lib/snapshot-contract.js';
import { scoringInputsOf } from '../risk/score-suppliers.js';
import type { Model } from './model-graph.js';

/** Models whose tables a snapshot publishes: every mart table and the re-scoring inputs, sorted. */
export function publishedModelsOf(models: readonly Model[]): string[] {
  const marts = models.filter((m) => m.layer === 'marts' && m.materialized === 'table').map((m) => m.name);
  return [...new Set([...marts, ...rescoringInputsOf(models)])].sort();
}

/**
 * The tables the published re-scoring macros read (every one narrowed by supplier_id before anything else:
 * warehouse/risk/score-suppliers.ts), so the tables readers look up by supplier.
 */
export function rescoringInputsOf(models: readonly Model[]): string[] {
  const targets = RESCORED_MARTS.filter((t) => models.some((m) => m.name === t));
  return scoringInputsOf(models, targets).filter((name) =>
    models.some((m) => m.name === name && m.materialized === 'table'),
  );
}

/** 'marts' for published tables, null (the warehouse file's main catalog) otherwise. */
export function catalogOf(published: ReadonlySet<string>, model: Model): string | null {
  return model.materialized === 'table' && published.has(model.name) ? MARTS_CATALOG : null;
}
