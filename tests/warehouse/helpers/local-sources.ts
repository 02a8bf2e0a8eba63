/**
 * The source store files read in-process: each subgraph's DuckDB file opened with its migrations, batches
 * written by the same lib/change-feed.ts exportChangeBatch the subgraphs' mutations call. For warehouse tests
 * that need the change-feed path but not HTTP (HTTP is covered by sync.e2e.test.ts against the real subgraphs).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { exportChangeBatch } from '../../../lib/change-feed.js';
import { openDatabase, type Database } from '../../../lib/duckdb/database.js';
import { seedDemoData } from '../../../demo/seed.js';
import type { BatchFetcher } from '../../../warehouse/sync/fetch-batch.js';
import { SOURCE_NAMES, SOURCE_TABLES, type SourceName } from '../../../warehouse/sync/sources.js';

export interface LocalSources {
  dbs: Record<SourceName, Kysely<any>>;
  fetchBatch: BatchFetcher;
  close(): Promise<void>;
}

export async function openLocalSources(
  dataDir: string,
  options: { seedDemo?: boolean; maxRows?: number } = {},
): Promise<LocalSources> {
  if (options.seedDemo) await seedDemoData(dataDir);
  const opened: Partial<Record<SourceName, Database<any>>> = {};
  for (const source of SOURCE_NAMES) {
    const migrationsDir = fileURLToPath(new URL(`../../../subgraphs/${source}/migrations`, import.meta.url));
    opened[source] = await openDatabase<any>(join(dataDir, `${source}.duckdb`), { migrationsDir });
  }
  const dbs = Object.fromEntries(SOURCE_NAMES.map((s) => [s, opened[s]!.db])) as Record<SourceName, Kysely<any>>;
  return {
    dbs,
    fetchBatch: (source, table, afterSeq) =>
      exportChangeBatch(dbs[source], {
        source,
        table,
        afterSeq,
        allowedTables: SOURCE_TABLES.filter((t) => t.source === source).map((t) => t.table),
        lakeDir: join(dataDir, 'lake'),
        maxRows: options.maxRows,
      }),
    async close() {
      for (const db of Object.values(opened)) await db!.close();
    },
  };
}
