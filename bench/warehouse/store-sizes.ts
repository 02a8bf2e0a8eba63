/**
 * The warehouse bench's store-size series (issue 10 point 2: cost follows the change, not the total): the same
 * incremental tick (10k new audits at full scale) on stores of 0.3M, 1M and 3M audits. Per size: a fresh copy of
 * the generated store served by the real subgraphs, one full sync + build + publish in a fresh warehouse process
 * (recorded as information), then `runs` ticks of the same number of new audits, each timed until an insights
 * process serves the new build, as the default mode's ticks are. The largest store's median tick must be at most
 * 1.3 × the next smaller one's (3M against 1M at full scale).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchArgs } from '../lib/args.js';
import { fmtBytes, fmtSummary } from '../lib/format.js';
import { machineInfo } from '../lib/machine.js';
import { freshScratchDir } from '../lib/paths.js';
import { recordResult, type ResultRow } from '../lib/record.js';
import { summarize } from '../lib/stats.js';
import { ensureScaleData } from '../scale/ensure.js';
import { LAST_DAY, describeScale } from '../scale/options.js';
import { startInsights, type BenchInsights } from './insights.js';
import type { TickFigures } from './protocol.js';
import { describeTick, servedSeconds } from './report.js';
import { startBenchSources, type BenchSources } from './sources.js';
import { shortCount, storeOf } from './stores.js';
import { startWarehouseChild, type WarehouseChild } from './warehouse-child.js';

/** The 10k tick at the largest store over the one at the next smaller store, at most. */
const MAX_RATIO = 1.3;
const log = (line: string) => console.log(line);

export interface StoreSizesOptions {
  /** Audit counts of the stores (default 0.3M, 1M, 3M at full scale; 20k, 50k, 100k quick). */
  sizes: number[] | null;
  /** New audits per tick (default 10k at full scale, 1k quick). */
  tick: number | null;
}

interface SizeFigures {
  audits: number;
  full: TickFigures;
  ticks: TickFigures[];
}

async function measureSize(audits: number, tick: number, runs: number, scratch: string): Promise<SizeFigures> {
  const { size, cache } = storeOf(audits);
  await ensureScaleData(cache, size, log);
  const dir = join(scratch, shortCount(audits));
  let sources: BenchSources | null = null;
  let child: WarehouseChild | null = null;
  let insights: BenchInsights | null = null;
  try {
    sources = await startBenchSources(cache, join(dir, 'sources'));
    const dataDir = join(dir, 'warehouse');
    child = await startWarehouseChild({ dataDir, asOf: LAST_DAY, env: sources.env });
    const full = await child.tick();
    log(`  ${shortCount(audits)} full: ${describeTick(full)}`);
    insights = await startInsights(dataDir, sources.env.TIDEMARK_JWT_SECRET_FILE!);
    await insights.served(full.buildId);
    const ticks: TickFigures[] = [];
    for (let run = 0; run < runs; run++) {
      await sources.append(tick);
      const figures = await child.tick();
      figures.serveLagMs = await insights.served(figures.buildId);
      ticks.push(figures);
      log(`  ${shortCount(audits)} + ${tick} new audits ${run + 1}: ${describeTick(figures)}`);
    }
    return { audits, full, ticks };
  } finally {
    await insights?.stack.stop();
    await child?.stop();
    await sources?.stop();
    rmSync(dir, { recursive: true, force: true }); // gigabytes per size at full scale
  }
}

function sizeRows(f: SizeFigures, tick: number): ResultRow[] {
  const store = `store of ${shortCount(f.audits)} audits`;
  const fullSeconds = (f.full.sync.ms + f.full.build.ms + f.full.publish.ms) / 1000;
  const cpu = summarize(f.ticks.map((t) => (t.sync.cpuMs + t.build.cpuMs + t.publish.cpuMs) / 1000));
  return [
    {
      measure: `${store}: full sync + build + publish, fresh warehouse`,
      measured: `${fullSeconds.toFixed(2)} s; peak RSS ${fmtBytes(f.full.peakRssBytes)}`,
      runs: 1,
      status: 'info',
    },
    {
      measure: `**${store}: tick of ${tick.toLocaleString('en-US')} new audits, until insights serves it**`,
      measured: fmtSummary(servedSeconds(f.ticks), 's'),
      runs: f.ticks.length,
      status: 'info',
    },
    {
      measure: `— ${store}: CPU of the warehouse process over the tick`,
      measured: fmtSummary(cpu, 's'),
      runs: f.ticks.length,
      status: 'info',
    },
  ];
}

function ratioRow(larger: SizeFigures, smaller: SizeFigures, tick: number): ResultRow {
  const ratio = servedSeconds(larger.ticks).median / servedSeconds(smaller.ticks).median;
  return {
    measure:
      `**tick of ${shortCount(tick)} new audits at ${shortCount(larger.audits)} ÷ at ` +
      `${shortCount(smaller.audits)}** (medians)`,
    measured: `${ratio.toFixed(2)} ×`,
    runs: Math.min(larger.ticks.length, smaller.ticks.length),
    target: `≤ ${MAX_RATIO} ×`,
    status: ratio <= MAX_RATIO ? 'pass' : 'FAIL',
  };
}

export async function runStoreSizes(args: BenchArgs, options: StoreSizesOptions): Promise<void> {
  const sizes = [...(options.sizes ?? (args.full ? [300_000, 1_000_000, 3_000_000] : [20_000, 50_000, 100_000]))];
  sizes.sort((a, b) => a - b);
  if (sizes.length < 2) throw new Error('--sizes needs at least two store sizes');
  const tick = options.tick ?? (args.full ? 10_000 : 1_000);
  const runs = args.runs ?? 3;
  const machine = await machineInfo();
  log(
    `warehouse store sizes: ${sizes.map(shortCount).join(', ')} audits; a full build and ${runs} ticks of ` +
      `${tick} new audits each; load ${machine.loadAverage1m.toFixed(1)}`,
  );
  const scratch = freshScratchDir('warehouse-sizes');
  const figures: SizeFigures[] = [];
  for (const audits of sizes) figures.push(await measureSize(audits, tick, runs, scratch));

  const rows: ResultRow[] = [
    ...figures.flatMap((f) => sizeRows(f, tick)),
    ratioRow(figures.at(-1)!, figures.at(-2)!, tick),
  ];
  for (const row of rows) log(`  ${row.measure}: ${row.measured} [${row.status}]`);
  const flags = [
    args.full ? ' --full' : '',
    options.sizes ? ` --sizes ${options.sizes.join(',')}` : '',
    options.tick ? ` --tick ${options.tick}` : '',
    args.runs ? ` --runs ${args.runs}` : '',
  ].join('');
  await recordResult('warehouse-store-sizes', rows, {
    title: 'Warehouse incremental tick by store size',
    command: `npx tsx bench/warehouse.bench.ts --store-sizes${flags}`,
    scale: args.scale,
    scaleNote:
      `stores of ${sizes.map(shortCount).join(' / ')} audits (10k suppliers, 10 findings per audit); ticks of ` +
      `${tick.toLocaleString('en-US')} new audits`,
    machine,
    notes: [
      `Per store: ${describeScale(storeOf(sizes[0]!).size)} and so on, generated once and cached; a scratch copy ` +
        'served by the real subgraphs; one full sync + build + publish in a fresh warehouse process (figure for ' +
        `information), then ${runs} ticks, each after the new audits were appended with the audits subgraph ` +
        'stopped (off the clock), timed as the default mode times them: sync + build + publish in the warehouse ' +
        'process, then until an insights process of its own serves the build.',
      'Each store is measured on its own (the previous one stopped and its scratch copy removed), so the ' +
        'machine holds one store at a time.',
    ],
  });
  rmSync(scratch, { recursive: true, force: true });
}
