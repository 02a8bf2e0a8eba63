/**
 * The warehouse process of the warehouse bench: what `npm start`'s warehouse loop does on each tick (sync over
 * HTTP from the real subgraphs, build, publish: warehouse/loop.ts), run on command so the bench can time each
 * phase and change the sources between ticks. Configured from the environment like warehouse/index.ts
 * (TIDEMARK_DATA_DIR, *_URL, TIDEMARK_JWT_SECRET_FILE, WAREHOUSE_MEMORY_LIMIT, …).
 *
 *   node --import tsx bench/warehouse/child.ts <asOf>      (IPC: { type: 'tick' } → { type: 'tick', figures })
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readWarehouseConfig, subgraphUrlsOf } from '../../warehouse/config.js';
import { createHttpBatchFetcher, loadModels, openWarehouse, publishSnapshot, syncAll, buildModels } from '../../warehouse/api.js';
import { createWarehouseTokenProvider } from '../../warehouse/token-provider.js';
import type { ChildCommand, ChildMessage, PhaseFigures, TickFigures } from './protocol.js';

const [asOf] = process.argv.slice(2) as [string];
const config = readWarehouseConfig();
const dataDir = config.TIDEMARK_DATA_DIR;
const warehouse = await openWarehouse(dataDir, { memoryLimit: config.WAREHOUSE_MEMORY_LIMIT });
const fetchBatch = createHttpBatchFetcher({ urls: subgraphUrlsOf(config), tokenProvider: createWarehouseTokenProvider(config) });
const models = loadModels();

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

async function tick(): Promise<TickFigures> {
  const sync = await phase(() => syncAll({ db: warehouse.db, fetchBatch, lakeDir: join(dataDir, 'lake'), lakeRetentionHours: 0 }));
  const build = await phase(() => buildModels(warehouse.db, { asOf, riskVersion: config.WAREHOUSE_RISK_VERSION, models }));
  const publish = await phase(() => publishSnapshot(warehouse.db, { dataDir, asOf, riskVersion: config.WAREHOUSE_RISK_VERSION, keep: config.WAREHOUSE_SNAPSHOTS_KEEP, models }));
  const b = build.result;
  return {
    sync: { ms: sync.ms, cpuMs: sync.cpuMs, rows: sync.result.rowsLoaded },
    build: {
      ms: build.ms,
      cpuMs: build.cpuMs,
      testsMs: b.testsMs,
      tests: b.tests.length,
      dirtySuppliers: b.dirtySuppliers,
      dirtyAudits: b.dirtyAudits,
      models: b.models.map((m) => ({ name: m.name, action: m.action, rows: m.rows, ms: m.ms, cpuMs: m.cpuMs })),
    },
    publish: { ms: publish.ms, cpuMs: publish.cpuMs, tables: publish.result.tables.length, bytes: statSync(publish.result.path).size },
    peakRssBytes: vmHwm(),
  };
}

const send = (message: ChildMessage) => process.send!(message);
let queue: Promise<unknown> = Promise.resolve();
process.on('message', (command: ChildCommand) => {
  if (command.type !== 'tick') return;
  queue = queue.then(() => tick().then((figures) => send({ type: 'tick', figures }), (error: Error) => send({ type: 'error', message: error.stack ?? error.message })));
});
process.on('SIGTERM', () => void queue.finally(() => warehouse.close()).finally(() => process.exit(0)));
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
send({ type: 'ready' });
