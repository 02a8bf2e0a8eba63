/**
 * Warehouse budgets (DESIGN §6): full sync + build of 1M audits / 10M findings ≤ 20 s with peak RSS ≤ 2 GB,
 * and incremental sync + build of 10k new audits ≤ 2 s. Publishing the snapshot insights reads is counted in
 * both: data is fresh only once published.
 *
 * The generated data set (bench/generate-scale.ts, cached) is copied to a scratch folder and served by the three
 * real subgraphs as processes. Each full run starts a fresh warehouse process (bench/warehouse/child.ts, the
 * loop's tick: sync over HTTP, build, publish) on an empty data dir and times one tick; the last one then
 * takes the incremental runs: 10k audits appended to the audits store (generate-scale --append-audits), one
 * tick each. Peak RSS is the warehouse process's VmHWM, reset before each tick.
 * --quick (the default, for `npm run bench`): 100k audits / 1M findings.
 *
 *   npx tsx bench/warehouse.bench.ts [--full] [--runs N]      (N full runs; incremental runs = N + 2)
 */
import { join } from 'node:path';
import { parseBenchArgs, runMain } from './lib/args.js';
import { machineInfo } from './lib/machine.js';
import { REPO_DIR, freshScratchDir, scaleDataDir } from './lib/paths.js';
import { recordResult, type ResultRow } from './lib/record.js';
import { ensureScaleData } from './scale/ensure.js';
import { LAST_DAY, describeScale, FULL_SCALE, type ScaleSize } from './scale/options.js';
import type { TickFigures } from './warehouse/protocol.js';
import { describeTick, modelProfile, tickRows } from './warehouse/report.js';
import { startBenchSources } from './warehouse/sources.js';
import { startWarehouseChild, type WarehouseChild } from './warehouse/warehouse-child.js';

const QUICK: ScaleSize = { suppliers: 10_000, audits: 100_000, findingsPerAudit: 10, seed: 42 };
const APPEND = 10_000;
const log = (line: string) => console.log(line);

runMain(async () => {
  const args = parseBenchArgs();
  const size = args.full ? FULL_SCALE : QUICK;
  const fullRuns = args.runs ?? (args.full ? 3 : 2);
  const incrementalRuns = fullRuns + 2;
  const cache = args.full ? scaleDataDir('full') : join(REPO_DIR, '.tmp', 'bench-data', 'warehouse-quick');
  await ensureScaleData(cache, size, log);
  const machine = await machineInfo();
  const scratch = freshScratchDir('warehouse');
  log(`warehouse: ${describeScale(size)}; ${fullRuns} full runs, ${incrementalRuns} incremental runs of ${APPEND} audits; load ${machine.loadAverage1m.toFixed(1)}`);

  const sources = await startBenchSources(cache, join(scratch, 'sources'));
  const full: TickFigures[] = [];
  const incremental: TickFigures[] = [];
  const startups: number[] = [];
  let child: WarehouseChild | null = null;
  try {
    for (let run = 0; run < fullRuns; run++) {
      await child?.stop();
      child = await startWarehouseChild({ dataDir: join(scratch, `warehouse-${run}`), asOf: LAST_DAY, env: sources.env });
      startups.push(child.startupMs);
      const figures = await child.tick();
      full.push(figures);
      log(`  full ${run + 1}: ${describeTick(figures)}`);
    }
    for (let run = 0; run < incrementalRuns; run++) {
      await sources.append(APPEND);
      const figures = await child!.tick();
      incremental.push(figures);
      log(`  incremental ${run + 1}: ${describeTick(figures)}`);
    }
  } finally {
    await child?.stop();
    await sources.stop();
  }

  const rows: ResultRow[] = [...tickRows('full', full, 20, 'warehouse-full'), ...tickRows('incremental', incremental, 2, 'warehouse-incremental')];
  for (const row of rows) log(`  ${row.measure}: ${row.measured} [${row.status}]`);
  log(`  slowest models, full:\n    ${modelProfile(full).join('\n    ')}`);
  log(`  slowest models, incremental:\n    ${modelProfile(incremental).join('\n    ')}`);
  await recordResult('warehouse', rows, {
    title: 'Warehouse sync, build and publish',
    command: `npx tsx bench/warehouse.bench.ts${args.full ? ' --full' : ''}`,
    scale: args.scale,
    scaleNote: `${describeScale(size)}; incremental runs append ${APPEND.toLocaleString('en-US')} audits (×10 findings) each`,
    machine,
    notes: [
      'Sources: the generated stores copied to a scratch folder and served by the real audits, agency and campaigns subgraphs, each a process of its own; the warehouse syncs over HTTP with a WAREHOUSE token, as in `npm start`.',
      `Warehouse: a process of its own (bench/warehouse/child.ts) running what the loop runs per tick (syncAll, buildModels, publishSnapshot) at asOf ${LAST_DAY}; figures are wall times inside that process (its start-up, ${Math.round(startups.reduce((a, b) => a + b, 0) / startups.length)} ms on average, excluded). The budget figure is sync + build, as the budget words it; publishing (data is fresh only once insights can read it) is reported beside it and counted in the freshness budget.`,
      'Full runs: a fresh, empty warehouse data dir each. Incremental runs: the last full run\'s warehouse, after 10k audits were appended to the audits store with the audits subgraph stopped (off the clock).',
      'Peak RSS: the warehouse process\'s VmHWM, reset (`/proc/<pid>/clear_refs`) before each tick. The subgraphs\' own CPU (writing Parquet) is in the sync wall time but not in the warehouse CPU figure.',
      `Slowest models, full build (median): ${modelProfile(full).slice(0, 6).join('; ')}.`,
      `Incremental build (median): ${modelProfile(incremental).slice(0, 6).join('; ') || 'every model under 20 ms'}.`,
    ],
  });
  freshScratchDir('warehouse'); // gigabytes at full scale
});
