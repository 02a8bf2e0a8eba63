/**
 * One sync pass: for every source table, ask for the rows after the watermark, load them (one transaction
 * per batch, see load-batch.ts), repeat until a batch comes back empty. Sources run concurrently (each
 * subgraph writes its Parquet while the warehouse loads another's); tables within a source run in order.
 * A failing source does not stop the others; syncAll throws a SyncError naming every failure at the end.
 */
import type { Logger } from '../../lib/logger.js';
import type { WarehouseDb } from '../db.js';
import { crashPoint } from './crash-points.js';
import type { BatchFetcher } from './fetch-batch.js';
import { removeLoadedFile, sweepLake } from './lake-retention.js';
import { loadBatch } from './load-batch.js';
import { SOURCE_NAMES, SOURCE_TABLES, type SourceTable } from './sources.js';
import { ensureRawTables, readWatermark, readWatermarks } from './watermarks.js';

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

export interface SyncProgress {
  source: string;
  table: string;
  seq: number;
  rows: number;
  done: boolean;
}

export interface TableSyncResult {
  source: string;
  table: string;
  batches: number;
  rows: number;
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

export class SyncError extends Error {
  constructor(readonly result: SyncResult) {
    super(`sync failed for ${result.tables.filter((t) => t.error).map((t) => `${t.source}.${t.table} (${t.error})`).join(', ')}`);
  }
}

export async function syncAll(options: SyncAllOptions): Promise<SyncResult> {
  const started = performance.now();
  const retention = options.lakeRetentionHours ?? 0;
  await ensureRawTables(options.db);
  const tables = options.tables ?? SOURCE_TABLES;
  const results: TableSyncResult[] = [];
  let filesRemoved = 0;

  await Promise.all(
    SOURCE_NAMES.map(async (source) => {
      for (const target of tables.filter((t) => t.source === source)) {
        const result: TableSyncResult = { source, table: target.table, batches: 0, rows: 0, seq: 0 };
        results.push(result);
        try {
          result.seq = await readWatermark(options.db, source, target.table);
          options.onProgress?.({ source, table: target.table, seq: result.seq, rows: 0, done: false });
          for (;;) {
            crashPoint(`${source}.${target.table}:fetch`);
            const batch = await options.fetchBatch(source, target.table, result.seq);
            if (batch.rowCount === 0) break;
            await loadBatch(options.db, target, batch);
            if (retention === 0 && batch.path) {
              removeLoadedFile(batch.path);
              filesRemoved += 1;
              crashPoint(`${source}.${target.table}:file-removed`);
            }
            result.batches += 1;
            result.rows += batch.rowCount;
            result.seq = batch.toSeqInclusive;
            options.onProgress?.({ source, table: target.table, seq: result.seq, rows: result.rows, done: false });
          }
        } catch (error) {
          result.error = (error as Error).message;
          options.log?.error({ err: error, source, table: target.table }, 'sync of a source table failed');
          // The source's later tables would likely fail the same way (subgraph down); report them as skipped.
          for (const rest of tables.filter((t) => t.source === source && !results.some((r) => r.source === source && r.table === t.table))) {
            results.push({ source, table: rest.table, batches: 0, rows: 0, seq: await readWatermark(options.db, source, rest.table), error: `skipped after ${target.table} failed` });
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
