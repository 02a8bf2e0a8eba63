/**
 * `npm start`'s warehouse: sync + build + publish once at start, then every interval (default 5 s), and at
 * once after a tick that built. A tick that is still running when the next is due makes that one skip, never
 * overlap. Each step resumes from durable state, not from what this process saw, so a crash between any two
 * steps is caught up by the next tick of a restarted loop:
 *   - build when the sync watermarks differ from those the last successful build was made from (synced but
 *     not built, whether in this tick or before a crash), the date moved on (asOf is today), or the risk
 *     version changed;
 *   - publish when the last successful build is not the published one (built but not published).
 * Deciding that "nothing changed" reads three small tables and current.json, never the raw or model tables.
 */
import { join } from 'node:path';
import type { Logger } from '../lib/logger.js';
import { deliverSevereTransitions } from './alerts/deliver-severe.js';
import { recordSevereTransitions } from './alerts/severe-transitions.js';
import { openWarehouse, todayIso, type WarehouseDb } from './db.js';
import { loadModels } from './models/model-graph.js';
import { buildModels, type BuildResult } from './models/runner.js';
import { DEFAULT_RISK_VERSION } from './risk/load-parameters.js';
import type { PublishedBuild } from '../lib/snapshot-contract.js';
import { readBuildInfo, sameWatermarks } from './models/build-state.js';
import { publishSnapshot } from './snapshot/publish-snapshot.js';
import { readPublishedOrNull } from './snapshot/snapshot-files.js';
import { readWatermarks } from './sync/watermarks.js';
import { createHttpBatchFetcher, type TokenProvider } from './sync/fetch-batch.js';
import type { SourceName } from './sync/sources.js';
import { SyncError, syncAll, type SyncResult } from './sync/sync-all.js';

export interface WarehouseLoopOptions {
  dataDir: string;
  subgraphUrls: Record<SourceName, string>;
  tokenProvider: TokenProvider;
  /** Seconds between ticks (default 5). */
  intervalSeconds?: number;
  /** Date to score at; default today (UTC) at each tick. */
  asOf?: () => string;
  riskVersion?: string;
  lakeRetentionHours?: number;
  snapshotsToKeep?: number;
  memoryLimit?: string;
  log?: Logger;
  /** After every tick that ran, with its run time (warehouse/ops.ts records it for /metrics). */
  onTick?: (result: TickResult, seconds: number) => void;
  /** Statement timing of warehouse.duckdb, for /metrics. */
  onQuery?: (seconds: number, failed: boolean) => void;
}

export interface TickResult {
  sync: SyncResult | null;
  build: BuildResult | null;
  snapshot: PublishedBuild | null;
  /** ms the tick took, sync to publish. */
  ms: number;
  /** Set when a step failed; the tick's earlier steps still count. */
  error?: string;
}

export interface WarehouseLoop {
  /** Runs one tick now, or returns null at once when a tick is already running. */
  tick(): Promise<TickResult | null>;
  readonly ticksRun: number;
  readonly ticksSkipped: number;
  /**
   * Runs `fn` with the warehouse's connection while no tick runs (waits for the running one; ticks due
   * meanwhile are skipped), e.g. to copy its files for a backup.
   */
  exclusive<T>(fn: (db: WarehouseDb) => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

export async function startWarehouseLoop(options: WarehouseLoopOptions): Promise<WarehouseLoop> {
  const warehouse = await openWarehouse(options.dataDir, {
    memoryLimit: options.memoryLimit,
    onQuery: options.onQuery,
  });
  const fetchBatch = createHttpBatchFetcher({ urls: options.subgraphUrls, tokenProvider: options.tokenProvider });
  const riskVersion = options.riskVersion ?? DEFAULT_RISK_VERSION;
  const models = loadModels();
  const log = options.log;
  let running: Promise<TickResult> | null = null;
  let exclusive: Promise<unknown> | null = null;
  let ticksRun = 0;
  let ticksSkipped = 0;
  let stopped = false;

  const runTick = async (): Promise<TickResult> => {
    const started = performance.now();
    const result: TickResult = { sync: null, build: null, snapshot: null, ms: 0 };
    try {
      try {
        result.sync = await syncAll({
          db: warehouse.db,
          fetchBatch,
          lakeDir: join(options.dataDir, 'lake'),
          lakeRetentionHours: options.lakeRetentionHours,
          log,
        });
      } catch (error) {
        if (!(error instanceof SyncError)) throw error;
        // Some sources failed (e.g. a subgraph restarting): build from what did load; the error is reported.
        result.sync = error.result;
        result.error = error.message;
      }
      const asOf = options.asOf?.() ?? todayIso();
      const built = await readBuildInfo(warehouse.db);
      const stale =
        !built ||
        built.asOf !== asOf ||
        built.riskVersion !== riskVersion ||
        !sameWatermarks(built.watermarks, await readWatermarks(warehouse.db));
      if (stale) result.build = await buildModels(warehouse.db, { asOf, riskVersion, models, log });
      const buildId = result.build?.buildId ?? built!.buildId;
      if (readPublishedOrNull(options.dataDir)?.buildId !== buildId) {
        result.snapshot = await publishSnapshot(warehouse.db, {
          dataDir: options.dataDir,
          keep: options.snapshotsToKeep,
          models,
        });
        log?.info(
          { buildId, rows: result.sync.rowsLoaded, buildMs: result.build?.durationMs ?? null },
          'warehouse snapshot published',
        );
        await recordSevereTransitions(warehouse.db, buildId);
      }
      // Every tick: transitions a failed delivery left behind go out as soon as the audits subgraph answers.
      const raised = await deliverSevereTransitions(warehouse.db, {
        auditsUrl: options.subgraphUrls.audits,
        tokenProvider: options.tokenProvider,
      });
      if (raised > 0) log?.info({ raised }, 'SUPPLIER_SEVERE alerts delivered');
    } catch (error) {
      result.error = result.error ? `${result.error}; ${(error as Error).message}` : (error as Error).message;
    }
    if (result.error) log?.error({ error: result.error }, 'warehouse tick failed');
    result.ms = Math.round(performance.now() - started);
    return result;
  };

  // A tick that built is followed at once by the next: what arrived while it ran waits for no interval (under a
  // steady stream of writes the loop then runs tick after tick). The one at start is not: it may have built from
  // an empty warehouse, and start-up should return.
  const tick = async (chain = true): Promise<TickResult | null> => {
    if (running || exclusive || stopped) {
      ticksSkipped += 1;
      return null;
    }
    const started = performance.now();
    running = runTick();
    let result: TickResult | null = null;
    try {
      result = await running;
      options.onTick?.(result, (performance.now() - started) / 1000);
      return result;
    } finally {
      running = null;
      ticksRun += 1;
      if (chain && result?.build && !result.error && !stopped) setImmediate(() => void tick());
    }
  };

  await tick(false);
  const timer = setInterval(() => void tick(), (options.intervalSeconds ?? 5) * 1000);
  return {
    tick,
    get ticksRun() {
      return ticksRun;
    },
    get ticksSkipped() {
      return ticksSkipped;
    },
    async exclusive(fn) {
      while (running || exclusive) await (running ?? exclusive)!.catch(() => undefined);
      const work = fn(warehouse.db);
      exclusive = work;
      try {
        return await work;
      } finally {
        exclusive = null;
      }
    },
    async stop() {
      stopped = true;
      if (exclusive) await exclusive.catch(() => undefined);
      clearInterval(timer);
      if (running) await running;
      await warehouse.close();
    },
  };
}
