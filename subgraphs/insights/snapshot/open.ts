/**
 * Opens one published build (views over its Parquet files: lib/snapshot-reader.ts), checks it holds the marts
 * insights reads (a missing one is logged, not fatal: the other queries still work) and warms it before it is
 * swapped in.
 */
import { sql } from 'kysely';
import type { PublishedBuild as SnapshotPointer } from '../../../lib/snapshot-contract.js';
import { openPublishedBuild } from '../../../lib/snapshot-reader.js';
import { MART_TABLES, type MartDB } from '../db-types.js';
import { SnapshotHandle, type Snapshot } from './handle.js';
import type { SnapshotSourceOptions } from './snapshot.js';

/** Opens the build; a failure carries the build id, so the caller can avoid retrying it on every tick. */
export async function openSnapshot(pointer: SnapshotPointer, options: SnapshotSourceOptions): Promise<SnapshotHandle> {
  try {
    const database = await openPublishedBuild<MartDB>(
      options.dataDir,
      pointer,
      options.settings ?? { threads: '2' },
      options.onQuery,
    );
    const handle = new SnapshotHandle(pointer, database, (err) =>
      options.log.error({ err, buildId: pointer.buildId }, 'closing a snapshot failed'),
    );
    await warnAboutMissingTables(handle.snapshot, options).catch(async (error: unknown) => {
      await handle.forceClose();
      throw error;
    });
    if (options.warm) {
      const started = performance.now();
      await options
        .warm(handle.snapshot)
        .catch((err: unknown) => options.log.warn({ err, buildId: pointer.buildId }, 'warming the snapshot failed'));
      options.log.info({ buildId: pointer.buildId, ms: Math.round(performance.now() - started) }, 'snapshot warmed');
    }
    return handle;
  } catch (error) {
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { buildId: pointer.buildId });
  }
}

async function warnAboutMissingTables(snapshot: Snapshot, options: SnapshotSourceOptions): Promise<void> {
  const { rows } = await sql<{ table_name: string }>`SELECT table_name FROM information_schema.tables`.execute(
    snapshot.db,
  );
  const present = new Set(rows.map((r) => r.table_name));
  const missing = MART_TABLES.filter((t) => !present.has(t));
  if (missing.length > 0)
    options.log.warn({ buildId: snapshot.pointer.buildId, missing }, 'snapshot lacks marts insights reads');
}
