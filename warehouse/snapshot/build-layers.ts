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
import { snapshotsDirOf } from '../../lib/snapshot-contract.js';
import { dataDirOf, type WarehouseDb } from '../db.js';
import type { PendingLayer } from '../models/build-state.js';
import type { PartitionKey } from '../models/incremental.js';
import { writtenKeysOf, writtenRowsOf } from '../models/written-rows.js';
import { fileStampOf, snapshotFileWriter } from './snapshot-files.js';

/**
 * Writes the layer of each table in `keyed` (its written rows, ordered by supplier_id when `bySupplier` names it:
 * see publish-snapshot.ts) and returns them, for the build's state.
 */
export async function writeBuildLayers(
  db: WarehouseDb,
  buildId: string,
  keyed: readonly { table: string; key: PartitionKey }[],
  bySupplier: ReadonlySet<string>,
): Promise<PendingLayer[]> {
  if (keyed.length === 0) return [];
  const files = snapshotFileWriter(db, snapshotsDirOf(await dataDirOf(db)));
  const stamp = fileStampOf(buildId);
  const layers: PendingLayer[] = [];
  for (const { table, key } of keyed) {
    const order = bySupplier.has(table) ? ' ORDER BY supplier_id' : '';
    const file = `tables/${table}/${stamp}.parquet`;
    const keys = `keys/${stamp}-${table}.parquet`;
    await files.copy(`SELECT ${key} FROM ${writtenKeysOf(table)}`, keys);
    const rows = await files.copy(`SELECT * FROM ${writtenRowsOf(table)}${order}`, file);
    layers.push({ table, file, rows, keys });
  }
  files.sync();
  return layers;
}
