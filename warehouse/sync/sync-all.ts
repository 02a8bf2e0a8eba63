/**
 * One sync pass: for every source table, ask for the rows after the watermark, load them (one transaction
 * per batch, see load-batch.ts), repeat until a batch comes back empty. Sources run concurrently (each
 * subgraph writes its Parquet while the warehouse loads another's); tables within a source run in order, the
 * next one's first batch requested while the current one loads.
 * A failing source does not stop the others; syncAll throws a SyncError naming every failure at the end.
 */
import type { ChangeBatch } from '../../lib/change-feed.js';
import type { Logger } from '../../lib/logger.js';
import type { WarehouseDb } from '../db.js';
import { crashPoint } from './crash-points.js';
import type { BatchFetcher } from './fetch-batch.js';
import { removeLoadedFile, sweepLake } from './lake-retention.js';
import { BatchMismatchError, loadBatch } from './load-batch.js';
import { SOURCE_NAMES, SOURCE_TABLES, type SourceTable } from './sources.js';
import { ensureRawTables, readWatermarks } from './watermarks.js';

export interface SyncAllOptions {
  db: WarehouseDb;
  fetchBatch: BatchFetcher;
  /** Lake folder swept after the pass (`${dataDir}/lake`); omit to only delete the files this pass loaded. */
  lakeDir?: string;
  /** Hours to keep loaded Parquet files; 0 (default) deletes each file right after its commit. */
  lakeRetentionHours?: number;
  /** Defaults to every consumed table (sources.ts). */
  tables?: readonly SourceTable[];
  onProgress?: (event: SyncProgress) => void;
  log?: Logger;
}

interface SyncProgress {
  source: string;
  table: string;
  seq: number;
  rows: number;
  done: boolean;
}

interface TableSyncResult {
  source: string;
  table: string;
  batches: number;
  rows: number;
  /** Batches whose file did not hold what the export declared; each was requested again (none loaded). */
  rejected: string[];
  /** Watermark after the pass. */
  seq: number;
  error?: string;
}

export interface SyncResult {
  tables: TableSyncResult[];
  rowsLoaded: number;
  filesRemoved: number;
  durationMs: number;
}

/** Times a batch whose file does not match its declaration is requested again before the table's sync fails. */
export const MAX_BATCH_RETRIES = 2;

export class SyncError extends Error {
  constructor(readonly result: SyncResult) {
    super(
      `sync failed for ${result.tables
        .filter((t) => t.error)
        .map((t) => `${t.source}.${t.table} (${t.error})`)
        .join(', ')}`,
    );
  }
}

export async function syncAll(options: SyncAllOptions): Promise<SyncResult> {
  const started = performance.now();
  const retention = options.lakeRetentionHours ?? 0;
  await ensureRawTables(options.db);
  const tables = options.tables ?? SOURCE_TABLES;
  const results: TableSyncResult[] = [];
  let filesRemoved = 0;

  const marks = new Map((await readWatermarks(options.db)).map((w) => [`${w.source}.${w.table}`, w.seq]));
  const markOf = (t: SourceTable) => marks.get(`${t.source}.${t.table}`) ?? 0;
  const fetch = (t: SourceTable, afterSeq: number) => {
    crashPoint(`${t.source}.${t.table}:fetch`);
    const batch = options.fetchBatch(t.source, t.table, afterSeq);
    batch.catch(() => {}); // a prefetched batch's failure is reported when the batch is awaited
    return batch;
  };

  await Promise.all(
    SOURCE_NAMES.map(async (source) => {
      const own = tables.filter((t) => t.source === source);
      // The next table's first batch is requested while this table's batch loads: the subgraph writes
      // Parquet while the warehouse inserts. Watermarks were read up front (only this pass moves them), as a
      // read now would wait behind the load's transaction on the one connection.
      let prefetched: Promise<ChangeBatch> | null = null;
      for (const [index, target] of own.entries()) {
        const result: TableSyncResult = {
          source,
          table: target.table,
          batches: 0,
          rows: 0,
          rejected: [],
          seq: markOf(target),
        };
        results.push(result);
        try {
          options.onProgress?.({ source, table: target.table, seq: result.seq, rows: 0, done: false });
          let batch = await (prefetched ?? fetch(target, result.seq));
          prefetched = null;
          while (batch.rowCount > 0) {
            const next = own[index + 1];
            if (next && !prefetched) prefetched = fetch(next, markOf(next));
            try {
              await loadBatch(options.db, target, batch);
            } catch (error) {
              if (!(error instanceof BatchMismatchError)) throw error;
              // Nothing was loaded and the watermark stays: ask for the same rows again, a few times at most.
              result.rejected.push(error.message);
              options.log?.warn(
                { source, table: target.table, reason: error.message },
                'change batch rejected; requesting it again',
              );
              if (result.rejected.length > MAX_BATCH_RETRIES)
                throw new Error(`${error.message} (requested ${result.rejected.length} times)`);
              batch = await fetch(target, result.seq);
              continue;
            }
            if (retention === 0 && batch.path) {
              removeLoadedFile(batch.path);
              filesRemoved += 1;
              crashPoint(`${source}.${target.table}:file-removed`);
            }
            result.batches += 1;
            result.rows += batch.rowCount;
            result.seq = batch.toSeqInclusive;
            options.onProgress?.({ source, table: target.table, seq: result.seq, rows: result.rows, done: false });
            batch = await fetch(target, result.seq);
          }
        } catch (error) {
          result.error = (error as Error).message;
          options.log?.error({ err: error, source, table: target.table }, 'sync of a source table failed');
          // The source's later tables would likely fail the same way (subgraph down); report them as skipped.
          for (const rest of own.filter((t) => !results.some((r) => r.source === source && r.table === t.table))) {
            results.push({
              source,
              table: rest.table,
              batches: 0,
              rows: 0,
              rejected: [],
              seq: markOf(rest),
              error: `skipped after ${target.table} failed`,
            });
          }
          return;
        } finally {
          options.onProgress?.({ source, table: target.table, seq: result.seq, rows: result.rows, done: true });
        }
      }
    }),
  );

  if (options.lakeDir) filesRemoved += sweepLake(options.lakeDir, await readWatermarks(options.db), retention).length;
  const ordered = tables.map((t) => results.find((r) => r.source === t.source && r.table === t.table)!).filter(Boolean);
  const result: SyncResult = {
    tables: ordered,
    rowsLoaded: ordered.reduce((n, t) => n + t.rows, 0),
    filesRemoved,
    durationMs: Math.round(performance.now() - started),
  };
  if (ordered.some((t) => t.error)) throw new SyncError(result);
  return result;
}
