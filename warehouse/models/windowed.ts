/** Narrowing a windowed model (`-- window:`): the steps are explained in incremental.ts. */
import { execSql, type WarehouseDb } from '../db.js';
import { dirtyTableOf, narrowToDirty, type PartitionKey } from './incremental.js';
import type { WindowSpec } from './model-file.js';

/** The keys a windowed model's narrowed SELECT reads (dirty keys and their predecessors), for this build only. */
const WINDOW_INPUTS = 'temp.main._window_inputs';

/**
 * Steps 1 and 2 (incremental.ts) for a windowed model about to be updated in `target`: adds the successors of the dirty
 * keys to the dirty table and returns the model's SELECT over the dirty keys and their predecessors, keeping
 * the dirty keys' rows only.
 */
export async function narrowWindowed(
  db: WarehouseDb,
  sql: string,
  relations: readonly string[],
  key: PartitionKey,
  window: WindowSpec,
  target: string,
): Promise<string> {
  if (!relations.includes(window.relation)) throw new Error(`window: ${window.relation} has no ${key} column`);
  const dirty = `main.${dirtyTableOf(key)}`;
  const columns = [...new Set([key, ...window.partitionBy, ...window.orderBy])].join(', ');
  const over = `(PARTITION BY ${window.partitionBy.join(', ')} ORDER BY ${window.orderBy.join(', ')})`;
  const samePartition = window.partitionBy.map((c) => `r.${c} IS NOT DISTINCT FROM p.${c}`).join(' AND ');
  // The rows of `relation` in the partitions that hold any of `keys`: the only ones whose neighbours can change.
  const partitionsOf = (relation: string, keys: string) =>
    `SELECT ${columns} FROM ${relation} r SEMI JOIN (SELECT DISTINCT ${window.partitionBy.join(', ')} FROM ${relation}
      WHERE ${key} IN (${keys})) p ON ${samePartition}`;
  await execSql(db, `CREATE OR REPLACE TEMP TABLE _window_changed AS SELECT ${key} FROM ${dirty}`);
  const changed = `SELECT ${key} FROM temp.main._window_changed`;
  // The keys that followed a changed one in the previous order: by the model's own column of each row's
  // predecessor when it declares one (one scan of two columns), else by the window over the changed partitions.
  await execSql(
    db,
    window.previous
      ? `INSERT OR IGNORE INTO ${dirty} SELECT ${key} FROM ${target} WHERE ${window.previous} IN (${changed})`
      : `INSERT OR IGNORE INTO ${dirty}
     SELECT ${key} FROM (SELECT ${key}, lag(${key}) OVER ${over} AS before FROM (${partitionsOf(target, changed)}))
     WHERE before IN (${changed})`,
  );
  await execSql(
    db,
    `CREATE OR REPLACE TEMP TABLE _window_neighbours AS
     SELECT ${key}, lag(${key}) OVER ${over} AS before, lead(${key}) OVER ${over} AS after
     FROM (${partitionsOf(`main.${window.relation}`, `SELECT ${key} FROM ${dirty}`)})`,
  );
  await execSql(
    db,
    `INSERT OR IGNORE INTO ${dirty} SELECT after FROM temp.main._window_neighbours WHERE after IS NOT NULL
      AND ${key} IN (${changed})`,
  );
  await execSql(
    db,
    `CREATE OR REPLACE TEMP TABLE _window_inputs AS
     SELECT ${key} FROM ${dirty}
     UNION SELECT before FROM temp.main._window_neighbours WHERE before IS NOT NULL
       AND ${key} IN (SELECT ${key} FROM ${dirty})`,
  );
  await execSql(db, 'DROP TABLE temp.main._window_changed');
  await execSql(db, 'DROP TABLE temp.main._window_neighbours');
  return `SELECT * FROM (\n${narrowToDirty(sql, relations, key, WINDOW_INPUTS)}\n)
    WHERE ${key} IN (SELECT ${key} FROM ${dirty})`;
}

/** Drops what narrowWindowed left for the model's INSERT. */
export async function dropWindowInputs(db: WarehouseDb): Promise<void> {
  await execSql(db, `DROP TABLE IF EXISTS ${WINDOW_INPUTS}`);
}
