/**
 * The warehouse process's operator side: /health, Prometheus /metrics (tick duration, rows synced per source,
 * failures, age of the published build, DuckDB statement time) and POST /backup, which copies the warehouse
 * state between two ticks: warehouse.duckdb and warehouse-marts.duckdb (checkpointed under the loop's
 * connection: raw tables, watermarks, build state), the lake, and the published snapshot with its pointer.
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Counter, Histogram } from 'prom-client';
import type { TokenVerifier } from '../lib/auth.js';
import type { Logger } from '../lib/logger.js';
import { backupRoute, checkpointedCopy, mainCatalogOf, type BackupPart } from '../lib/ops/backup.js';
import { createServiceMetrics, servedBuildAgeGauge, type ServiceMetrics } from '../lib/ops/metrics.js';
import { metricsRoute } from '../lib/ops/operator-auth.js';
import { startOpsServer, type OpsServer } from '../lib/ops/ops-server.js';
import { MARTS_CATALOG, martsFileOf, warehouseFileOf, type WarehouseDb } from './db.js';
import type { TickResult, WarehouseLoop } from './loop.js';
import {
  currentPointerOf,
  filesOf,
  manifestPathOf,
  snapshotsDirOf,
  readPublishedBuild,
} from '../lib/snapshot-contract.js';

export interface WarehouseMetrics extends ServiceMetrics {
  recordTick(result: TickResult, seconds: number): void;
}

export function createWarehouseMetrics(dataDir: string): WarehouseMetrics {
  const base = createServiceMetrics('warehouse');
  const ticks = new Histogram({
    name: 'tidemark_warehouse_tick_duration_seconds',
    help: 'Warehouse tick (sync, build when something changed, publish) duration, by outcome (ok, failed)',
    labelNames: ['outcome'],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [base.registry],
  });
  const rows = new Counter({
    name: 'tidemark_warehouse_rows_synced_total',
    help: 'Rows loaded from the change feeds, by source and table',
    labelNames: ['source', 'table'],
    registers: [base.registry],
  });
  const builds = new Counter({
    name: 'tidemark_warehouse_builds_published_total',
    help: 'Builds published (a tick builds only when rows arrived or the scoring date moved)',
    registers: [base.registry],
  });
  servedBuildAgeGauge(base, () => {
    try {
      return readPublishedBuild(dataDir)?.builtAt ?? null;
    } catch {
      return null; // an unreadable pointer is counted when the tick trips over it
    }
  });
  return {
    ...base,
    recordTick(result, seconds) {
      ticks.observe({ outcome: result.error ? 'failed' : 'ok' }, seconds);
      for (const table of result.sync?.tables ?? []) {
        if (table.rows > 0) rows.inc({ source: table.source, table: table.table }, table.rows);
        if (table.error) base.recordFailure('sync');
      }
      if (result.error) base.recordFailure('tick');
      if (result.snapshot) builds.inc();
    },
  };
}

/** Copies the warehouse state into `stagingDir`; run inside `loop.exclusive` so no tick writes meanwhile. */
async function backupWarehouse(
  db: WarehouseDb,
  dataDir: string,
  stagingDir: string,
): Promise<Omit<BackupPart, 'service'>> {
  const part = await checkpointedCopy(db, dataDir, stagingDir, [
    { catalog: await mainCatalogOf(db), path: warehouseFileOf(dataDir) },
    { catalog: MARTS_CATALOG, path: martsFileOf(dataDir) },
  ]);
  const files = [...part.files];
  const copy = (path: string) => {
    const rel = relative(dataDir, path);
    mkdirSync(join(stagingDir, rel, '..'), { recursive: true });
    cpSync(path, join(stagingDir, rel), { recursive: true });
    files.push(rel);
  };
  if (existsSync(join(dataDir, 'lake'))) copy(join(dataDir, 'lake'));
  // Published files are never written again: the current build's manifest, its files and the pointer are
  // plain copies (files of older builds are not needed to serve or rebuild).
  const current = readPublishedBuild(dataDir);
  if (current) {
    for (const file of filesOf(current)) copy(join(snapshotsDirOf(dataDir), file));
    copy(manifestPathOf(dataDir, current.buildId));
    copy(currentPointerOf(dataDir));
  }
  return { files, tables: part.tables };
}

export async function startWarehouseOps(options: {
  port: number;
  host: string;
  dataDir: string;
  verifier: TokenVerifier;
  metrics: WarehouseMetrics;
  log: Logger;
  /** The loop once it runs; backups wait for it. */
  loop: () => WarehouseLoop | null;
}): Promise<OpsServer> {
  return startOpsServer({
    port: options.port,
    host: options.host,
    routes: {
      '/metrics': metricsRoute(options.verifier, options.metrics.registry),
      'POST /backup': backupRoute({
        service: 'warehouse',
        dataDir: options.dataDir,
        verifier: options.verifier,
        log: options.log,
        async backup(stagingDir) {
          const loop = options.loop();
          if (!loop) throw new Error('the warehouse loop is still starting; try again in a moment');
          return loop.exclusive((db) => backupWarehouse(db, options.dataDir, stagingDir));
        },
      }),
    },
  });
}
