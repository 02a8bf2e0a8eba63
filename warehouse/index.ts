/**
 * The warehouse process of `npm start` (scripts/stack.ts): reads its config, runs the sync/build/publish loop,
 * and on SIGINT/SIGTERM finishes the running tick, closes warehouse.duckdb and exits 0.
 */
import { createLogger } from '../lib/logger.js';
import { readWarehouseConfig, subgraphUrlsOf } from './config.js';
import { startWarehouseLoop } from './loop.js';
import { createWarehouseTokenProvider } from './token-provider.js';

const config = readWarehouseConfig();
const log = createLogger('warehouse');
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

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'warehouse stopping');
  await loop.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
