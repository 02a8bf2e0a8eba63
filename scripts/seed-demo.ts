/**
 * `npm run seed -- --data-dir data [--seed 42] [--now 2025-12-31]`: writes the deterministic demo data set
 * into a fresh data dir (see demo/README.md). Refuses a data dir that already has data.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, DEMO_NOW } from '../demo/generate.js';
import { seedDemoData } from '../demo/seed.js';

const USAGE = 'usage: npm run seed -- --data-dir <dir> [--seed <integer>] [--now YYYY-MM-DD]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: { 'data-dir'?: string; seed?: string; now?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      seed: { type: 'string' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (!values['data-dir']) fail('--data-dir is required');
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isSafeInteger(seed)) fail(`--seed must be an integer, got ${values.seed}`);
const now = values.now ?? DEMO_NOW;
if (!/^\d{4}-\d{2}-\d{2}$/.test(now) || Number.isNaN(Date.parse(now)))
  fail(`--now must be a date YYYY-MM-DD, got ${now}`);

const dataDir = resolve(values['data-dir']);
const started = performance.now();
try {
  const summary = await seedDemoData(dataDir, { seed, now });
  console.log(`Seeded ${dataDir} (seed ${seed}, now ${now}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const [table, rows] of Object.entries(summary)) console.log(`  ${table.padEnd(20)} ${rows}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
