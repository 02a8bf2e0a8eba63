/** Plain-text summaries the CLI prints after each command. */
import type { BuildResult } from '../models/runner.js';
import type { PublishedBuild } from '../../lib/snapshot-contract.js';
import type { SyncResult } from '../sync/sync-all.js';
import type { Watermark } from '../sync/watermarks.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function formatSync(result: SyncResult): string {
  const lines = result.tables.map(
    (t) => `  ${`${t.source}.${t.table}`.padEnd(30)} ${String(t.rows).padStart(10)} rows  ` +
        `${String(t.batches).padStart(3)} batches  seq ${t.seq}${t.error ? `  FAILED: ${t.error}` : ''}`,
  );
  return [`sync: ${result.rowsLoaded} rows in ${seconds(result.durationMs)}, ${result.filesRemoved} lake files removed`, ...lines].join('\n');
}

export function formatBuild(result: BuildResult): string {
  const lines = result.models.map(
    (m) => `  ${m.name.padEnd(36)} ${m.materialized.padEnd(5)} ${m.action.padEnd(11)} ` +
        `${m.rows === null ? '         -' : String(m.rows).padStart(10)} rows  ${String(m.ms).padStart(6)} ms`,
  );
  const failed = result.tests.filter((t) => t.failures > 0).length;
  return [
    `build: ${result.models.length} models at asOf ${result.asOf} (${result.riskVersion}) in ` +
      `${seconds(result.durationMs)}; ${result.dirtySuppliers} suppliers recomputed incrementally; ` +
      `${result.tests.length} model tests, ${failed} failed`,
    ...lines,
  ].join('\n');
}

export function formatSnapshot(snapshot: PublishedBuild | null): string {
  if (!snapshot) return 'snapshot: none published yet';
  const files = new Set(snapshot.tables.flatMap((t) => t.layers.map((l) => l.file))).size;
  return `snapshot: build ${snapshot.buildId} (built ${snapshot.builtAt}, asOf ${snapshot.asOf}, ` +
    `${snapshot.tables.length} tables in ${files} files)`;
}

export function formatStatus(watermarks: Watermark[], counts: { table: string; rows: number }[], snapshot: PublishedBuild | null): string {
  const marks = watermarks.map((w) => `  ${`${w.source}.${w.table}`.padEnd(30)} seq ${String(w.seq).padStart(10)}  ` +
        `${String(w.rows).padStart(10)} rows received  last ${w.syncedAt ?? '-'}`);
  const tables = counts.map((c) => `  ${c.table.padEnd(36)} ${String(c.rows).padStart(10)} rows`);
  return ['watermarks:', ...(marks.length ? marks : ['  (never synced)']), 'tables:', ...tables, formatSnapshot(snapshot)].join('\n');
}
