/**
 * Scale-generator throughput: the whole data set written into the three stores, as a child process so its peak
 * RSS is measured too. Quick: 1k suppliers / 10k audits / 100k findings; --full: 10k / 1M / 10M.
 *
 *   npx tsx bench/generate.bench.ts [--full] [--runs N]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBenchArgs, runMain } from './lib/args.js';
import { fmtBytesSummary, fmtNumber, fmtSummary, verdict } from './lib/format.js';
import { machineInfo } from './lib/machine.js';
import { freshScratchDir, REPO_DIR } from './lib/paths.js';
import { runWithPeakRss, tsxCommand } from './lib/peak-rss.js';
import { recordResult, type ResultRow } from './lib/record.js';
import { summarize } from './lib/stats.js';
import type { GenerateResult } from './scale/generate.js';
import { describeScale, FULL_SCALE, QUICK_SCALE } from './scale/options.js';

/** "Well under 2 minutes" at full scale (the generator's own target). */
const FULL_TARGET_SECONDS = 120;

runMain(async () => {
  const args = parseBenchArgs();
  const size = args.full ? FULL_SCALE : QUICK_SCALE;
  const runs = args.runs ?? 3;
  const machine = await machineInfo();
  const scratch = freshScratchDir('generate');
  const totals: number[] = [];
  const findingsRates: number[] = [];
  const rss: number[] = [];
  let rowsWritten = 0;
  console.log(`generate: ${describeScale(size)}, ${runs} runs`);
  for (let run = 0; run < runs; run++) {
    const dataDir = join(scratch, `run-${run}`);
    const report = join(scratch, `run-${run}.json`);
    const { command, args: argv } = tsxCommand(join(REPO_DIR, 'bench/generate-scale.ts'), [
      '--data-dir', dataDir, '--suppliers', String(size.suppliers), '--audits', String(size.audits),
      '--findings-per-audit', String(size.findingsPerAudit), '--seed', String(size.seed), '--report', report,
    ]);
    const child = await runWithPeakRss(command, argv, { cwd: REPO_DIR, timeoutMs: 10 * 60_000 });
    if (child.exitCode !== 0) throw new Error(`generate-scale failed (exit ${child.exitCode ?? child.signal}):\n${child.stderr || child.stdout}`);
    const result = JSON.parse(readFileSync(report, 'utf8')) as GenerateResult;
    const findings = result.steps.find((s) => s.step === 'findings');
    totals.push(result.seconds);
    if (findings && findings.seconds > 0) findingsRates.push(findings.rows / findings.seconds);
    if (child.peakRssBytes !== null) rss.push(child.peakRssBytes);
    rowsWritten = Object.values(result.counts).reduce((a, b) => a + b, 0);
    console.log(`  run ${run + 1}: ${result.seconds.toFixed(2)} s generating, ${child.seconds.toFixed(2)} s process, ` +
        `peak RSS ${((child.peakRssBytes ?? 0) / 2 ** 20).toFixed(0)} MiB`);
    freshScratchDir(join('generate', `run-${run}`)); // free the disk before the next run
  }
  const total = summarize(totals);
  const rows: ResultRow[] = [
    {
      measure: `generate ${describeScale(size)} (${fmtNumber(rowsWritten)} rows in all)`,
      measured: fmtSummary(total, 's'),
      runs: total.runs,
      target: args.full ? `< ${FULL_TARGET_SECONDS} s` : '—',
      status: args.full ? verdict(total.median, { atMost: FULL_TARGET_SECONDS }) : 'info',
      budgetId: 'generate-full',
    },
    { measure: 'rows written per second, all tables', measured: fmtSummary(summarize(totals.map((s) => rowsWritten / s)), 'rows/s', 0), runs: total.runs },
  ];
  if (findingsRates.length > 0) rows.push({ measure: 'findings step (INSERT … SELECT with primary-key index)', measured: fmtSummary(summarize(findingsRates), 'rows/s', 0), runs: findingsRates.length });
  if (rss.length > 0) rows.push({ measure: 'peak RSS of the generator process', measured: fmtBytesSummary(summarize(rss)), runs: rss.length });
  await recordResult('generate', rows, {
    title: 'Scale generator',
    command: `npx tsx bench/generate.bench.ts${args.full ? ' --full' : ''}`,
    scale: args.scale,
    scaleNote: describeScale(size),
    machine,
    notes: [
      'Each run writes audits.duckdb, agency.duckdb and campaigns.duckdb from empty, migrations included ' +
        '(`bench/generate-scale.ts`).',
      'Peak RSS from GNU time (`/usr/bin/time -v`) over the child process.',
    ],
  });
  freshScratchDir('generate');
});
