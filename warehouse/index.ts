/**
 * The warehouse process of `npm start` (scripts/stack.ts): reads its config, serves its operator port
 * (warehouse/ops.ts: /health, /metrics, POST /backup), runs the sync/build/publish loop, and on SIGINT/SIGTERM
 * finishes the running tick, closes warehouse.duckdb and exits 0.
 */
import { authConfigFrom } from '../lib/auth-config.js';
import { createVerifier } from '../lib/auth.js';
import { runService } from '../lib/service-runner.js';
import { readWarehouseConfig, subgraphUrlsOf } from './config.js';
import { startWarehouseLoop, type WarehouseLoop } from './loop.js';
import { createWarehouseMetrics, startWarehouseOps } from './ops.js';
import { createWarehouseTokenProvider } from './token-provider.js';

const config = readWarehouseConfig();
await runService('warehouse', async (log) => {
  const metrics = createWarehouseMetrics(config.TIDEMARK_DATA_DIR);
  let running: WarehouseLoop | null = null;
  // The operator port answers /health from the start, so a long first tick does not look like a failed start.
  const ops = await startWarehouseOps({
    port: config.PORT,
    host: config.HOST,
    dataDir: config.TIDEMARK_DATA_DIR,
    verifier: createVerifier(authConfigFrom(config)),
    metrics,
    log,
    loop: () => running,
  });
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
    onTick: (result, seconds) => metrics.recordTick(result, seconds),
    onQuery: metrics.observeQuery,
  }).catch(async (error: unknown) => {
    await ops.stop();
    throw error;
  });
  running = loop;
  log.info({ intervalSeconds: config.WAREHOUSE_SYNC_INTERVAL_SECONDS, ops: ops.url }, 'warehouse loop running');
  return {
    async stop() {
      await ops.stop();
      await loop.stop();
    },
  };
});
