/**
 * "Raw DuckDB on this machine" (DESIGN §6): the floors every other bench is compared with. On the generated
 * stores: findings → Parquet and back, the noisy-OR evidence aggregate, and raw intake of audits with 10 findings
 * (batches of 100 per multi-row INSERT transaction, and one commit per audit).
 *
 *   npx tsx bench/raw-duckdb.bench.ts [--full] [--runs N]
 */
import { parseBenchArgs, runMain } from './lib/args.js';
import { fmtBytes } from './lib/format.js';
import { machineInfo } from './lib/machine.js';
import { freshScratchDir, scaleDataDir } from './lib/paths.js';
import { ownPeakRssBytes } from './lib/peak-rss.js';
import { recordResult, type ResultRow } from './lib/record.js';
import { measureIntake } from './raw/measure-intake.js';
import { measureLake } from './raw/measure-lake.js';
import { ensureScaleData } from './scale/ensure.js';
import { describeScale, FULL_SCALE, QUICK_SCALE } from './scale/options.js';

const log = (line: string) => console.log(line);

runMain(async () => {
  const args = parseBenchArgs();
  const size = args.full ? FULL_SCALE : QUICK_SCALE;
  const runs = args.runs ?? 3;
  const machine = await machineInfo();
  const dataDir = scaleDataDir(args.scale);
  await ensureScaleData(dataDir, size, log);
  const scratch = freshScratchDir('raw-duckdb');
  const rows: ResultRow[] = [];

  log(`raw-duckdb: ${describeScale(size)}, ${runs} runs`);
  rows.push(...(await measureLake({ dataDir, scratch, findingsCount: size.audits * size.findingsPerAudit, runs, log })));
  rows.push(...(await measureIntake({ scratch, full: args.full, runs })));
  rows.push({ measure: 'peak RSS of the bench process', measured: fmtBytes(ownPeakRssBytes()), runs: 1, status: 'info' });

  for (const row of rows) log(`  ${row.measure}: ${row.measured}`);
  await recordResult('raw-duckdb', rows, {
    title: 'Raw DuckDB reference floors',
    command: `npx tsx bench/raw-duckdb.bench.ts${args.full ? ' --full' : ''}`,
    scale: args.scale,
    scaleNote: describeScale(size),
    machine,
    notes: [
      'Data from `bench/generate-scale.ts` (cached in .tmp/bench-data/), opened read-only; writes go to a ' +
        'scratch folder.',
      `Noisy-OR: E = 1 − Π(1 − c) per supplier with c = min(0.95, w × 0.5^(age/365) × r) as of 2025-12-31 ` +
        `(docs/methodology.md), SQL in \`bench/raw/noisy-or.ts\`.`,
      'Intake: one connection, one transaction per batch, `nextval(\'change_seq_counter\')` for change_seq ' +
        'as in the stores; the three statement forms are in `bench/raw/intake.ts`. Row counts are checked ' +
        'afterwards (none lost).',
    ],
  });
  freshScratchDir('raw-duckdb'); // the scratch warehouse and Parquet files run to gigabytes at full scale
});
