/**
 * The warehouse bench's one-big-build mode (issue 10 point 2: one full build at 10M audits / 100M findings): a
 * generated store of N audits (10M at full scale) served by the real subgraphs, and one full sync + build +
 * publish in a fresh warehouse process, timed with its peak RSS. DuckDB keeps to WAREHOUSE_MEMORY_LIMIT (the
 * warehouse's setting, default 1100MB) and spills the rest to its temp folder beside the database. Before
 * generating anything, the disk space the run needs is estimated and checked against what is free.
 */
import { readdirSync, rmSync, statSync, statfsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchArgs } from '../lib/args.js';
import { fmtBytes } from '../lib/format.js';
import { machineInfo } from '../lib/machine.js';
import { REPO_DIR, freshScratchDir } from '../lib/paths.js';
import { recordResult } from '../lib/record.js';
import { ensureScaleData } from '../scale/ensure.js';
import { readManifest, sameSize } from '../scale/manifest.js';
import { LAST_DAY, describeScale } from '../scale/options.js';
import type { TickFigures } from './protocol.js';
import { describeTick } from './report.js';
import { startBenchSources } from './sources.js';
import { storeOf } from './stores.js';
import { startWarehouseChild } from './warehouse-child.js';

const log = (line: string) => console.log(line);

/**
 * Bytes per audit (10 findings each): the generated stores (0.83 KB at 1M audits, 0.88 KB at 200k) and the
 * warehouse's data dir after a full build (database, marts, published snapshot: 4.9 KB per audit between 50k
 * and 200k audits), with a margin for DuckDB's spill files at their peak (not measured at 10M).
 */
const STORE_BYTES_PER_AUDIT = 900;
const WAREHOUSE_BYTES_PER_AUDIT = 5_500;

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(path) : statSync(path).size;
  }
  return total;
}

/** Prints what the run needs on disk and throws when the disk holding .tmp/ has less free. */
function checkDisk(audits: number, cache: string, cached: boolean): void {
  const generate = cached ? 0 : audits * STORE_BYTES_PER_AUDIT;
  const warehouse = audits * WAREHOUSE_BYTES_PER_AUDIT;
  const needed = generate + warehouse;
  const tmp = join(REPO_DIR, '.tmp');
  mkdirSync(tmp, { recursive: true });
  const fs = statfsSync(tmp);
  const free = fs.bavail * fs.bsize;
  log(
    `disk: needs about ${fmtBytes(needed)} (generated stores ${cached ? `cached in ${cache}` : fmtBytes(generate)}, ` +
      `the warehouse ${fmtBytes(warehouse)}); ${fmtBytes(free)} free`,
  );
  if (free < needed)
    throw new Error(`not enough disk space under ${tmp}: about ${fmtBytes(needed)} needed, ${fmtBytes(free)} free`);
}

export async function runFullOnly(args: BenchArgs, requestedAudits: number | null): Promise<void> {
  const audits = requestedAudits ?? (args.full ? 10_000_000 : 200_000);
  const { size, cache } = storeOf(audits);
  checkDisk(audits, cache, sameSize(readManifest(cache), size));
  const machine = await machineInfo();
  const memoryLimit = process.env.WAREHOUSE_MEMORY_LIMIT ?? '1100MB';
  log(`warehouse full build only: ${describeScale(size)}; memory limit ${memoryLimit}; load ${machine.loadAverage1m}`);
  const generated = performance.now();
  await ensureScaleData(cache, size, log);
  const generateSeconds = (performance.now() - generated) / 1000;
  const scratch = freshScratchDir('warehouse-full-only');
  const sources = await startBenchSources(cache, null);
  const dataDir = join(scratch, 'warehouse');
  let figures: TickFigures;
  let warehouseBytes = 0;
  try {
    const child = await startWarehouseChild({ dataDir, asOf: LAST_DAY, env: sources.env });
    try {
      figures = await child.tick();
    } finally {
      await child.stop();
    }
    warehouseBytes = dirBytes(dataDir);
  } finally {
    await sources.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  log(`  full: ${describeTick(figures)}; warehouse data dir ${fmtBytes(warehouseBytes)}`);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const row = (measure: string, measured: string) => ({ measure, measured, runs: 1, status: 'info' });
  const rows = [
    row(
      `**full sync + build, fresh warehouse, ${describeScale(size)}** (wall time in the warehouse process)`,
      `${seconds(figures.sync.ms + figures.build.ms)}; peak RSS ${fmtBytes(figures.peakRssBytes)}`,
    ),
    row('— sync', seconds(figures.sync.ms)),
    row('— build (models and their tests)', seconds(figures.build.ms)),
    row('— publish', seconds(figures.publish.ms)),
    row('— CPU of the warehouse process', seconds(figures.sync.cpuMs + figures.build.cpuMs + figures.publish.cpuMs)),
    row("— the warehouse's data dir afterwards (database, marts, published snapshot)", fmtBytes(warehouseBytes)),
  ];
  for (const r of rows) log(`  ${r.measure}: ${r.measured}`);
  await recordResult('warehouse-full-only', rows, {
    title: 'Warehouse full build of one large store',
    command: `npx tsx bench/warehouse.bench.ts --full-only${args.full ? ' --full' : ''}${
      requestedAudits ? ` --audits ${requestedAudits}` : ''
    }`,
    scale: args.scale,
    scaleNote: `${describeScale(size)}`,
    machine,
    notes: [
      `DuckDB memory limit ${memoryLimit} (WAREHOUSE_MEMORY_LIMIT), spilling to disk beyond it; peak RSS is the ` +
        "warehouse process's VmHWM over the tick.",
      `The store was ${generateSeconds < 1 ? 'cached' : `generated in ${generateSeconds.toFixed(0)} s`} (` +
        `${cache.slice(REPO_DIR.length + 1)}, kept for the next run; remove it to free the disk) and served as ` +
        'it is by the real subgraphs (nothing is appended, so no copy is needed); one fresh warehouse process ran ' +
        "one tick (sync over HTTP, build, publish), as the default mode's full runs do.",
    ],
  });
}
