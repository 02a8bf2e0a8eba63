/**
 * `npm run warehouse -- <command> [--data-dir data] [--as-of YYYY-MM-DD]`
 *   sync    pull every source's change feed into the raw tables
 *   build   build the models and their tests, then publish a snapshot (--no-publish: do not publish;
 *           --full: rebuild every model whole instead of only what changed)
 *   run     sync, then build and publish
 *   status  watermarks, table row counts and the published snapshot
 * Subgraph URLs and auth come from the environment (warehouse/config.ts). Exit code 1 on any failure.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startProgress } from './cli/progress.js';
import { formatBuild, formatSnapshot, formatStatus, formatSync } from './cli/summary.js';
import { readWarehouseConfig, subgraphUrlsOf } from './config.js';
import { assertIsoDate, openWarehouse, querySql, todayIso, type WarehouseDb } from './db.js';
import { loadModels } from './models/model-graph.js';
import { buildModels } from './models/runner.js';
import { publishSnapshot } from './snapshot/publish-snapshot.js';
import { createHttpBatchFetcher } from './sync/fetch-batch.js';
import { SOURCE_TABLES, rawTableOf } from './sync/sources.js';
import { SyncError, syncAll } from './sync/sync-all.js';
import { ensureRawTables, readWatermarks } from './sync/watermarks.js';
import { createWarehouseTokenProvider } from './token-provider.js';
import { readPublishedBuild } from '../lib/snapshot-contract.js';

const USAGE =
  'usage: npm run warehouse -- sync|build|run|status [--data-dir DIR] [--as-of YYYY-MM-DD] [--full] [--no-publish]';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    'data-dir': { type: 'string' },
    'as-of': { type: 'string' },
    'no-publish': { type: 'boolean' },
    full: { type: 'boolean' },
    help: { type: 'boolean' },
  },
});
const command = positionals[0];
if (values.help || !command || !['sync', 'build', 'run', 'status'].includes(command)) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}

const config = readWarehouseConfig(
  values['data-dir'] ? { ...process.env, TIDEMARK_DATA_DIR: values['data-dir'] } : process.env,
);
const dataDir = resolve(config.TIDEMARK_DATA_DIR);
const asOf = values['as-of'] ?? todayIso();
assertIsoDate(asOf, '--as-of');

async function runSync(db: WarehouseDb) {
  const progress = startProgress('sync', SOURCE_TABLES.length);
  let done = 0;
  try {
    const result = await syncAll({
      db,
      fetchBatch: createHttpBatchFetcher({
        urls: subgraphUrlsOf(config),
        tokenProvider: createWarehouseTokenProvider(config),
      }),
      lakeDir: resolve(dataDir, 'lake'),
      lakeRetentionHours: config.WAREHOUSE_LAKE_RETENTION_HOURS,
      onProgress: (e) => progress.update(e.done ? ++done : done, `${e.source}.${e.table} ${e.rows} rows`),
    });
    progress.stop();
    console.log(formatSync(result));
    return result;
  } catch (error) {
    progress.stop();
    if (error instanceof SyncError) console.log(formatSync(error.result));
    throw error;
  }
}

async function runBuild(db: WarehouseDb) {
  const models = loadModels();
  const progress = startProgress('build', models.length);
  try {
    const result = await buildModels(db, {
      asOf,
      riskVersion: config.WAREHOUSE_RISK_VERSION,
      full: values.full,
      models,
      onProgress: (e) => progress.update(e.index, e.model),
    });
    progress.stop();
    console.log(formatBuild(result));
    if (!values['no-publish']) {
      const snapshot = await publishSnapshot(db, {
        dataDir,
        asOf,
        riskVersion: config.WAREHOUSE_RISK_VERSION,
        keep: config.WAREHOUSE_SNAPSHOTS_KEEP,
        models,
      });
      console.log(formatSnapshot(snapshot));
    }
  } finally {
    progress.stop();
  }
}

async function printStatus(db: WarehouseDb) {
  await ensureRawTables(db);
  const tables = [
    ...SOURCE_TABLES.map(rawTableOf),
    ...loadModels()
      .filter((m) => m.materialized === 'table')
      .map((m) => m.name),
  ];
  const existing = new Set(
    (
      await querySql<{ table_name: string }>(
        db,
        "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'",
      )
    ).map((r) => r.table_name),
  );
  const counts = [];
  for (const table of tables.filter((t) => existing.has(t)))
    counts.push({ table, rows: (await querySql<{ n: number }>(db, `SELECT count(*) AS n FROM ${table}`))[0]!.n });
  console.log(formatStatus(await readWatermarks(db), counts, readPublishedBuild(dataDir)));
}

const started = performance.now();
const warehouse = await openWarehouse(dataDir, { memoryLimit: config.WAREHOUSE_MEMORY_LIMIT });
let exitCode = 0;
try {
  if (command === 'sync' || command === 'run') await runSync(warehouse.db);
  if (command === 'build' || command === 'run') await runBuild(warehouse.db);
  if (command === 'status') await printStatus(warehouse.db);
  console.log(`done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
} catch (error) {
  console.error(`warehouse ${command} failed: ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await warehouse.close();
}
process.exit(exitCode);
