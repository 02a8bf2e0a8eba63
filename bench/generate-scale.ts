/**
 * Deterministic scale data for benchmarks, written straight into the subgraph stores.
 *
 * npx tsx bench/generate-scale.ts --data-dir .tmp/bench-data --suppliers 10000 --audits 1000000 --findings-per-audit 10
 *   npx tsx bench/generate-scale.ts --data-dir .tmp/bench-data --append-audits 10000   # then an incremental batch
 *
 * Options: --seed N (default 42), --force (replace existing store files), --report FILE (timings as JSON, for
 * bench/generate.bench.ts). Stop every service using the folder first: DuckDB allows one writer per file.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { appendAudits } from './scale/append.js';
import { generateScale } from './scale/generate.js';
import { describeScale, FULL_SCALE } from './scale/options.js';

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(n)) throw new Error(`--${name} must be an integer, got "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      suppliers: { type: 'string' },
      audits: { type: 'string' },
      'findings-per-audit': { type: 'string' },
      seed: { type: 'string' },
      force: { type: 'boolean', default: false },
      'append-audits': { type: 'string' },
      report: { type: 'string' },
    },
    strict: true,
  });
  const dataDir = values['data-dir'];
  if (!dataDir) throw new Error('--data-dir is required, e.g. --data-dir .tmp/bench-data');
  const log = (line: string) => console.log(line);

  if (values['append-audits'] !== undefined) {
    const count = integer('append-audits', values['append-audits'], 0);
    console.log(`Appending ${count.toLocaleString('en-US')} audits to ${dataDir}`);
    const result = await appendAudits(dataDir, count, { log });
    if (values.report) writeFileSync(values.report, JSON.stringify(result));
    console.log(`Done in ${result.seconds.toFixed(2)} s`);
    return;
  }

  const size = {
    suppliers: integer('suppliers', values.suppliers, FULL_SCALE.suppliers),
    audits: integer('audits', values.audits, FULL_SCALE.audits),
    findingsPerAudit: integer('findings-per-audit', values['findings-per-audit'], FULL_SCALE.findingsPerAudit),
    seed: integer('seed', values.seed, FULL_SCALE.seed),
  };
  console.log(`Generating ${describeScale(size)} (seed ${size.seed}) into ${dataDir}`);
  const result = await generateScale({ ...size, dataDir, force: values.force, log });
  if (values.report) writeFileSync(values.report, JSON.stringify(result));
  const rows = Object.values(result.counts).reduce((a, b) => a + b, 0);
  console.log(`Done: ${rows.toLocaleString('en-US')} rows in ${result.seconds.toFixed(2)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
