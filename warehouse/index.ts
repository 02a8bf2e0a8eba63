/**
 * The warehouse process of `npm start` (scripts/stack.ts): reads its config, runs the sync/build/publish loop,
 * and on SIGINT/SIGTERM finishes the running tick, closes warehouse.duckdb and exits 0.
 */
import { runService } from '../lib/service-runner.js';
import { readWarehouseConfig, subgraphUrlsOf } from './config.js';
import { startWarehouseLoop } from './loop.js';
import { createWarehouseTokenProvider } from './token-provider.js';

const config = readWarehouseConfig();
await runService('warehouse', async (log) => {
  const loop = await startWarehouseLoop({
    dataDir: config.TIDEMARK_DATA_DIR,
    subgraphUrls: subgraphUrlsOf(config),
    tokenProvider: createWarehouseTokenProvider(config),
    intervalSeconds: config.WAREHOUSE_SYNC_INTERVAL_SECONDS,
    riskVersion: config.WAREHOUSE_RISK_VERSION,
    lakeRetentionHours: config.WAREHOUSE_LAKE_RETENTION_HOURS,
    snapshotsToKeep: config.WAREHOUSE_SNAPSHOTS_KEEP,
    memoryLimit: config.WAREHOUSE_MEMORY_LIMIT,
    log,
  });
  log.info({ intervalSeconds: config.WAREHOUSE_SYNC_INTERVAL_SECONDS }, 'warehouse loop running');
  return loop;
});
