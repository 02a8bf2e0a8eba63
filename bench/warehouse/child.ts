/**
 * The warehouse process of the warehouse bench: what `npm start`'s warehouse loop does on each tick (sync over
 * HTTP from the real subgraphs; build when the synced rows differ from the last build's; publish when the last
 * build is not the published one: warehouse/loop.ts), run on command so the bench can time each phase and
 * change the sources between ticks. Configured from the environment like warehouse/index.ts
 * (TIDEMARK_DATA_DIR, *_URL, TIDEMARK_JWT_SECRET_FILE, WAREHOUSE_MEMORY_LIMIT, …).
 *
 *   node --import tsx bench/warehouse/child.ts <asOf>      (IPC: { type: 'tick' } → { type: 'tick', figures })
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesOf, snapshotsDirOf, type PublishedBuild } from '../../lib/snapshot-contract.js';
import { readBuildInfo, sameWatermarks } from '../../warehouse/models/build-state.js';
import { readPublishedOrNull } from '../../warehouse/snapshot/snapshot-files.js';
import { readWatermarks } from '../../warehouse/sync/watermarks.js';
import { readWarehouseConfig, subgraphUrlsOf } from '../../warehouse/config.js';
import {
  createHttpBatchFetcher,
  loadModels,
  openWarehouse,
  publishSnapshot,
  syncAll,
  buildModels,
} from '../../warehouse/api.js';
import { createWarehouseTokenProvider } from '../../warehouse/token-provider.js';
import type { ChildCommand, ChildMessage, PhaseFigures, TickFigures } from './protocol.js';

const [asOf] = process.argv.slice(2) as [string];
const config = readWarehouseConfig();
const dataDir = config.TIDEMARK_DATA_DIR;
const warehouse = await openWarehouse(dataDir, { memoryLimit: config.WAREHOUSE_MEMORY_LIMIT });
const fetchBatch = createHttpBatchFetcher({
  urls: subgraphUrlsOf(config),
  tokenProvider: createWarehouseTokenProvider(config),
});
const models = loadModels();
/** BENCH_PROGRESS=1: each step on stderr with its time, to see where a long build spends it or fails. */
const progress = process.env.BENCH_PROGRESS === '1';
const started = performance.now();
const say = (step: string) => {
  if (progress) process.stderr.write(`    [${((performance.now() - started) / 1000).toFixed(1)} s] ${step}\n`);
};

async function phase<T>(fn: () => Promise<T>): Promise<PhaseFigures & { result: T }> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = await fn();
  const cpu = process.cpuUsage(cpu0);
  return { result, ms: Math.round(performance.now() - t0), cpuMs: Math.round((cpu.user + cpu.system) / 1000) };
}

function vmHwm(): number | null {
  // The bench resets the high-water mark before each tick (clear_refs), so this is the tick's own peak.
  try {
    const kb = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** Bytes of the files a build lists that the build before it did not: what publishing it wrote. */
function bytesWritten(build: PublishedBuild, before: PublishedBuild | null): number {
  const old = new Set(before ? filesOf(before) : []);
  return filesOf(build)
    .filter((f) => !old.has(f))
    .reduce((n, f) => n + statSync(join(snapshotsDirOf(dataDir), f)).size, 0);
}

const none = { ms: 0, cpuMs: 0 };

async function tick(): Promise<TickFigures> {
  const riskVersion = config.WAREHOUSE_RISK_VERSION;
  say('sync');
  const sync = await phase(() =>
    syncAll({ db: warehouse.db, fetchBatch, lakeDir: join(dataDir, 'lake'), lakeRetentionHours: 0 }),
  );
  // The loop's decisions (warehouse/loop.ts), timed as part of the build phase when nothing is built.
  const decide = await phase(async () => {
    const built = await readBuildInfo(warehouse.db);
    return (
      !built ||
      built.asOf !== asOf ||
      built.riskVersion !== riskVersion ||
      !sameWatermarks(built.watermarks, await readWatermarks(warehouse.db))
    );
  });
  const onProgress = ({ model }: { model: string }) => say(model ? `build ${model}` : 'build: model tests');
  const build = decide.result
    ? await phase(() => buildModels(warehouse.db, { asOf, riskVersion, models, onProgress }))
    : null;
  if (progress && build) {
    const slow = [...build.result.tests].sort((a, b) => b.ms - a.ms).slice(0, 8);
    say(`slowest tests: ${slow.map((t) => `${t.model} ${t.test} ${Math.round(t.ms)} ms`).join('; ')}`);
  }
  const before = readPublishedOrNull(dataDir);
  const lastBuild = build?.result.buildId ?? (await readBuildInfo(warehouse.db))!.buildId;
  const publish =
    before?.buildId === lastBuild
      ? null
      : (say('publish'),
        await phase(() =>
          publishSnapshot(warehouse.db, {
            dataDir,
            keep: config.WAREHOUSE_SNAPSHOTS_KEEP,
            models,
            onProgress: ({ table, mode }) => say(table ? `publish ${table} (${mode})` : 'publish: fsync, manifest'),
          }),
        ));
  const published = publish?.result ?? before!;
  const layers = published.tables.map((t) => t.layers.length);
  const b = build?.result ?? { testsMs: 0, tests: [], dirtySuppliers: 0, dirtyAudits: 0, models: [] };
  return {
    buildId: published.buildId,
    built: build !== null,
    published: publish !== null,
    sync: { ms: sync.ms, cpuMs: sync.cpuMs, rows: sync.result.rowsLoaded },
    build: {
      ms: decide.ms + (build?.ms ?? 0),
      cpuMs: decide.cpuMs + (build?.cpuMs ?? 0),
      testsMs: b.testsMs,
      tests: b.tests.length,
      dirtySuppliers: b.dirtySuppliers,
      dirtyAudits: b.dirtyAudits,
      models: b.models.map((m) => ({ name: m.name, action: m.action, rows: m.rows, ms: m.ms, cpuMs: m.cpuMs })),
    },
    publish: {
      ...(publish ? { ms: publish.ms, cpuMs: publish.cpuMs } : none),
      tables: published.tables.length,
      bytes: publish ? bytesWritten(published, before) : 0,
      maxLayers: Math.max(...layers),
    },
    peakRssBytes: vmHwm(),
  };
}

const send = (message: ChildMessage) => process.send!(message);
let queue: Promise<unknown> = Promise.resolve();
process.on('message', (command: ChildCommand) => {
  if (command.type !== 'tick') return;
  queue = queue.then(() =>
    tick().then(
      (figures) => send({ type: 'tick', figures }),
      (error: Error) => send({ type: 'error', message: error.stack ?? error.message }),
    ),
  );
});
process.on('SIGTERM', () => void queue.finally(() => warehouse.close()).finally(() => process.exit(0)));
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
send({ type: 'ready' });
