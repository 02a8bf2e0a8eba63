/**
 * The warehouse bench's default mode: full runs, ticks with nothing new, incremental ticks of N new audits and,
 * unless `check` is off, ticks of mixed changes followed by the full-rebuild equivalence check (equivalence.ts).
 *
 * The generated data set (bench/generate-scale.ts, cached) is copied to a scratch folder and served by the three
 * real subgraphs as processes. Each full run starts a fresh warehouse process (child.ts, the loop's tick: sync
 * over HTTP, build when something changed, publish when the last build is not published) on an empty data dir
 * and times one tick. The last one then serves an insights process (its own, over the warehouse's published
 * builds) and takes: ticks with nothing new; and per size N, ticks after N audits were appended to the audits
 * store (generate-scale --append-audits), each timed until insights serves the new build.
 * Peak RSS is the warehouse process's VmHWM, reset before each tick.
 */
import { join } from 'node:path';
import type { BenchArgs } from '../lib/args.js';
import { machineInfo } from '../lib/machine.js';
import { freshScratchDir } from '../lib/paths.js';
import { recordResult, type ResultRow } from '../lib/record.js';
import { ensureScaleData } from '../scale/ensure.js';
import { LAST_DAY, describeScale } from '../scale/options.js';
import {
  compareWithRebuild,
  describeRound,
  equivalenceNote,
  equivalenceRow,
  mixedRoundFor,
  mixedTicks,
  type Equivalence,
} from './equivalence.js';
import { startInsights, type BenchInsights } from './insights.js';
import type { TickFigures } from './protocol.js';
import { describeTick, modelProfile, nothingNewRows, servedRows, tickRows } from './report.js';
import { startBenchSources } from './sources.js';
import { storeOf } from './stores.js';
import { startWarehouseChild, type WarehouseChild } from './warehouse-child.js';

const log = (line: string) => console.log(line);
const audits = (n: number) => `${n.toLocaleString('en-US')} new audits`;

export async function runTicks(args: BenchArgs, check: boolean): Promise<void> {
  const { size, cache } = storeOf(args.full ? 1_000_000 : 100_000);
  const appends = args.full ? [1_000, 10_000, 100_000] : [1_000, 10_000];
  const fullRuns = args.runs ?? (args.full ? 3 : 2);
  const tickRuns = fullRuns + 2;
  const round = mixedRoundFor(size);
  await ensureScaleData(cache, size, log);
  const machine = await machineInfo();
  const scratch = freshScratchDir('warehouse');
  log(
    `warehouse: ${describeScale(size)}; ${fullRuns} full runs, ${tickRuns} ticks with nothing new and per size of ` +
      `${appends.join(', ')} new audits` +
      `${check ? `, ${tickRuns} of mixed changes, then a full rebuild to compare` : ''}` +
      `; load ${machine.loadAverage1m.toFixed(1)}`,
  );

  const sources = await startBenchSources(cache, join(scratch, 'sources'));
  const full: TickFigures[] = [];
  const quiet: TickFigures[] = [];
  const incremental = new Map<number, TickFigures[]>(appends.map((n) => [n, []]));
  let mixed: TickFigures[] = [];
  let equivalence: Equivalence | null = null;
  const startups: number[] = [];
  let child: WarehouseChild | null = null;
  let insights: BenchInsights | null = null;
  try {
    let dataDir = '';
    for (let run = 0; run < fullRuns; run++) {
      await child?.stop();
      dataDir = join(scratch, `warehouse-${run}`);
      child = await startWarehouseChild({ dataDir, asOf: LAST_DAY, env: sources.env });
      startups.push(child.startupMs);
      const figures = await child.tick();
      full.push(figures);
      log(`  full ${run + 1}: ${describeTick(figures)}`);
    }
    insights = await startInsights(dataDir, sources.env.TIDEMARK_JWT_SECRET_FILE!);
    await insights.served(full.at(-1)!.buildId);
    for (let run = 0; run < tickRuns; run++) {
      const figures = await child!.tick();
      if (figures.built || figures.published)
        throw new Error(`a tick with nothing new built or published: ${describeTick(figures)}`);
      quiet.push(figures);
      log(`  nothing new ${run + 1}: ${describeTick(figures)}`);
    }
    for (const n of appends) {
      for (let run = 0; run < tickRuns; run++) {
        await sources.append(n);
        const figures = await child!.tick();
        figures.serveLagMs = await insights.served(figures.buildId);
        incremental.get(n)!.push(figures);
        log(`  ${n} new audits ${run + 1}: ${describeTick(figures)}`);
      }
    }
    if (check) {
      mixed = await mixedTicks({ sources, child: child!, insights, round, rounds: tickRuns, log });
      // The incremental warehouse's last build stays published on disk; only the rebuild runs now.
      await insights.stack.stop();
      insights = null;
      await child!.stop();
      child = null;
      equivalence = await compareWithRebuild({ incrementalDataDir: dataDir, scratch, sources, asOf: LAST_DAY });
      log(
        `  full rebuild: ${describeTick(equivalence.rebuild)}; ${equivalenceRow(equivalence, mixed.length).measured}`,
      );
      for (const d of equivalence.differing) log(`    ${d.table}:\n      ${d.samples.join('\n      ')}`);
    }
  } finally {
    await insights?.stack.stop();
    await child?.stop();
    await sources.stop();
  }

  const rows: ResultRow[] = [
    ...tickRows('full', full, 20, 'warehouse-full'),
    ...nothingNewRows(quiet, 0.2, 'warehouse-nothing-new'),
    ...appends.flatMap((n) =>
      servedRows(audits(n), incremental.get(n)!, n === 10_000 ? { seconds: 2, id: 'warehouse-incremental' } : null),
    ),
    ...(equivalence ? [...servedRows('mixed changes', mixed, null), equivalenceRow(equivalence, mixed.length)] : []),
  ];
  for (const row of rows) log(`  ${row.measure}: ${row.measured} [${row.status}]`);
  const tenK = incremental.get(10_000) ?? [];
  log(`  slowest models, full:\n    ${modelProfile(full).join('\n    ')}`);
  log(`  slowest models, 10k new audits:\n    ${modelProfile(tenK).join('\n    ')}`);
  await recordResult('warehouse', rows, {
    title: 'Warehouse sync, build and publish',
    command:
      `npx tsx bench/warehouse.bench.ts${args.full ? ' --full' : ''}${args.runs ? ` --runs ${args.runs}` : ''}` +
      `${check ? '' : ' --no-check'}`,
    scale: args.scale,
    scaleNote:
      `${describeScale(size)}; incremental ticks append ` +
      `${appends.map((n) => n.toLocaleString('en-US')).join(' / ')} audits (×10 findings) each` +
      (check ? `; a tick of mixed changes: ${describeRound(round)}` : ''),
    machine,
    notes: [
      'Sources: the generated stores copied to a scratch folder and served by the real audits, agency and ' +
        'campaigns subgraphs, each a process of its own; the warehouse syncs over HTTP with a WAREHOUSE token, ' +
        'as in `npm start`.',
      `Warehouse: a process of its own (bench/warehouse/child.ts) making the loop's decisions per tick (sync; ` +
        `build when the synced rows differ from the last build's; publish when the last build is not the ` +
        `published one) at asOf ${LAST_DAY}; figures are wall times inside that process (its start-up, ` +
        `${Math.round(startups.reduce((a, b) => a + b, 0) / startups.length)} ms on average, excluded).`,
      'Publishing writes Parquet files only for what changed (docs/architecture.md); "bytes written" is the size ' +
        'of the files new in that build. "Served" is measured by an insights process of its own polling ' +
        "warehouseStatus until it names the new build: the tick's wall time plus the time from its end until " +
        'insights served it.',
      "Full runs: a fresh, empty warehouse data dir each. Ticks: the last full run's warehouse; before each " +
        'incremental tick the audits are appended to the audits store with the audits subgraph stopped (off the ' +
        'clock).',
      ...(equivalence ? [equivalenceNote(equivalence)] : []),
      "Peak RSS: the warehouse process's VmHWM, reset (`/proc/<pid>/clear_refs`) before each tick. The " +
        "subgraphs' own CPU (writing Parquet) is in the sync wall time but not in the warehouse CPU figure.",
      `Slowest models, full build (median): ${modelProfile(full).slice(0, 6).join('; ')}.`,
      `Slowest models, tick of 10k new audits (median): ` +
        `${modelProfile(tenK).slice(0, 6).join('; ') || 'every model under 20 ms'}.`,
    ],
  });
  freshScratchDir('warehouse'); // gigabytes at full scale
}
