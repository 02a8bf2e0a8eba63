/**
 * Applies one model's build action to the database: where its table lives (main or the `marts` catalog, see
 * placement.ts), which relations of its name exist in either catalog, and the SQL of a whole rebuild, an
 * incremental DELETE + INSERT of the dirty keys (for a windowed model, after adding the keys whose predecessor
 * changed: incremental.ts), or a view.
 */
import { MARTS_CATALOG, execSql, querySql, quoteIdent, type WarehouseDb } from '../db.js';
import { applyAdditive, keepPreviousRows, type ThroughView } from './additive.js';
import type { BuildAction } from './build-plan.js';
import { dirtyTableOf, isPartitionKey, narrowToDirty, relationsWithKey } from './incremental.js';
import type { Model } from './model-graph.js';
import { dropWindowInputs, narrowWindowed } from './windowed.js';
import { keepWrittenRows, writtenKeysOf } from './written-rows.js';

export interface Relation {
  type: string;
  /** Fully qualified name: catalog.main.name. */
  qualified: string;
}

/** Relations in the warehouse's two catalogs (main and marts), by name. */
export async function existingRelations(db: WarehouseDb): Promise<Map<string, Relation[]>> {
  const rows = await querySql<{ table_name: string; table_type: string; table_catalog: string }>(
    db,
    `SELECT table_name, table_type, table_catalog FROM information_schema.tables
     WHERE table_schema = 'main' AND table_catalog IN (current_database(), '${MARTS_CATALOG}')`,
  );
  const out = new Map<string, Relation[]>();
  for (const r of rows)
    out.set(r.table_name, [
      ...(out.get(r.table_name) ?? []),
      { type: r.table_type, qualified: `${quoteIdent(r.table_catalog)}.main.${r.table_name}` },
    ]);
  return out;
}

/** Drops every relation of that name except the one at `keep` (a model that moved catalog or kind). */
async function dropOthers(db: WarehouseDb, found: readonly Relation[], keep: string | null): Promise<void> {
  for (const r of found) {
    if (r.qualified === keep) continue;
    await execSql(db, `DROP ${r.type === 'VIEW' ? 'VIEW' : 'TABLE'} ${r.qualified}`);
  }
}

export interface ApplyOptions {
  /**
   * Additive models sum this one's rows: an incremental update first keeps the rows it replaces, these columns
   * (additive.ts).
   */
  keepPrevious?: readonly string[] | null;
  /** For an additive model, the models it sums that this build updated incrementally. */
  updated?: readonly string[];
  /** For an additive model, the views it reads them through (variables bound). */
  through?: readonly ThroughView[];
}

export async function applyAction(
  db: WarehouseDb,
  model: Model,
  action: BuildAction,
  definitionChanged: boolean,
  sql: string,
  found: readonly Relation[],
  target: string,
  options: ApplyOptions = {},
): Promise<void> {
  if (action === 'view') {
    if (!definitionChanged) return;
    await dropOthers(
      db,
      found.filter((r) => r.type !== 'VIEW'),
      null,
    );
    await execSql(db, `CREATE OR REPLACE VIEW ${model.name} AS\n${sql}`);
  } else if (action === 'full') {
    await dropOthers(db, found, target);
    // No checkpoint here: publishing writes Parquet (snapshot/publish-snapshot.ts), nothing copies the file, and
    // DuckDB reuses the freed blocks at its own checkpoints.
    await execSql(db, `CREATE OR REPLACE TABLE ${target} AS\n${sql}`);
  } else if (action === 'incremental' && model.additive) {
    await applyAdditive(db, model.name, model.additive, options.updated ?? [], sql, target, options.through);
  } else if (action === 'incremental') {
    const key = model.incremental;
    if (!isPartitionKey(key)) throw new Error(`model ${model.name}: cannot narrow by ${key}`);
    const relations = await relationsWithKey(db, model.dependsOn, key);
    // A windowed model first adds the keys whose predecessor changed (read from its table before the DELETE).
    const narrowed = model.window
      ? await narrowWindowed(db, sql, relations, key, model.window, target)
      : narrowToDirty(sql, relations, key);
    // Summed by additive models: keep the rows replaced (in temp tables, see additive.ts).
    if (options.keepPrevious) await keepPreviousRows(db, model.name, key, target, options.keepPrevious);
    const rows = await keepWrittenRows(db, model.name, narrowed, `SELECT ${key} FROM main.${dirtyTableOf(key)}`);
    await db.transaction().execute(async (trx) => {
      await execSql(trx, `DELETE FROM ${target} WHERE ${key} IN (SELECT ${key} FROM ${writtenKeysOf(model.name)})`);
      await execSql(trx, `INSERT INTO ${target} ${rows}`);
    });
    if (model.window) await dropWindowInputs(db);
  }
}
