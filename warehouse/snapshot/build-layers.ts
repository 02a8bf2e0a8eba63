/**
 * A build's layers: for each partitioned published table a build updated in place, the rows it wrote and the keys
 * it recomputed (written-rows.ts), copied to Parquet files in the snapshot folder as the build ends, in the format
 * of a published layer (lib/snapshot-contract.ts). The build records them with its state (`_publish_layers`,
 * models/build-state.ts), and the next publish stacks them on the tables' previous layers: publishing a change
 * then costs writing the change, once, not searching the whole table for its keys.
 *
 * Files are written and fsynced before the build's state is committed: a crash in between leaves files no build
 * lists, which pruning removes (publish-snapshot.ts). Until a publish lists them they are listed by no manifest;
 * every publish consumes all recorded layers (or rewrites their tables whole), before it prunes.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncPath, snapshotsDirOf } from '../../lib/snapshot-contract.js';
import { dataDirOf, querySql, sqlString, type WarehouseDb } from '../db.js';
import type { PartitionKey } from '../models/incremental.js';
import { writtenKeysOf, writtenRowsOf } from '../models/written-rows.js';

export interface BuildLayer {
  table: string;
  /** Relative to the snapshot folder, as a manifest lists it. */
  file: string;
  rows: number;
  keys: string;
}

/**
 * Writes the layer of each table in `keyed` (its written rows, ordered by supplier_id when `bySupplier` names it:
 * see publish-snapshot.ts) and returns them, for the build's state.
 */
export async function writeBuildLayers(
  db: WarehouseDb,
  buildId: string,
  keyed: readonly { table: string; key: PartitionKey }[],
  bySupplier: ReadonlySet<string>,
): Promise<BuildLayer[]> {
  if (keyed.length === 0) return [];
  const dir = snapshotsDirOf(await dataDirOf(db));
  const stamp = `${buildId}-${Math.floor(Math.random() * 0x10000)
    .toString(16)
    .padStart(4, '0')}`;
  const copy = async (select: string, file: string): Promise<number> => {
    const path = join(dir, file);
    mkdirSync(join(path, '..'), { recursive: true });
    const [row] = await querySql<{ Count: number }>(db, `COPY (${select}) TO ${sqlString(path)} (FORMAT parquet)`);
    fsyncPath(path);
    fsyncPath(join(path, '..'));
    return Number(row?.Count ?? 0);
  };
  const layers: BuildLayer[] = [];
  for (const { table, key } of keyed) {
    const order = bySupplier.has(table) ? ' ORDER BY supplier_id' : '';
    const file = `tables/${table}/${stamp}.parquet`;
    const keys = `keys/${stamp}-${table}.parquet`;
    await copy(`SELECT ${key} FROM ${writtenKeysOf(table)}`, keys);
    const rows = await copy(`SELECT * FROM ${writtenRowsOf(table)}${order}`, file);
    layers.push({ table, file, rows, keys });
  }
  return layers;
}
