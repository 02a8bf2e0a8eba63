/**
 * Warehouse budgets (DESIGN §6, issue 10): full sync + build of 1M audits / 10M findings ≤ 20 s with peak RSS
 * ≤ 2 GB; an incremental tick of 10k new audits, sync + build + publish until insights serves it, ≤ 2 s; a
 * tick with nothing new ≤ 0.2 s; the cost of a tick follows the change, not the store; and incremental ticks end
 * where a full rebuild of the same data ends. Three modes, each recording its own section of docs/benchmarks.md
 * (helpers in bench/warehouse/):
 *
 *   npx tsx bench/warehouse.bench.ts [--full] [--runs N] [--no-check]
 *     full runs, ticks with nothing new, ticks of 1k / 10k (/ 100k) new audits, then ticks of mixed changes and
 *     a comparison of every published table with a full rebuild (ticks.ts, equivalence.ts; --no-check skips it).
 *     --quick (the default, for `npm run bench`): 100k audits; --full: 1M audits.
 *   npx tsx bench/warehouse.bench.ts --store-sizes [--full] [--runs N] [--sizes 300000,1000000] [--tick N]
 *     the same incremental tick on stores of 0.3M, 1M and 3M audits (store-sizes.ts).
 *   npx tsx bench/warehouse.bench.ts --full-only [--full] [--audits N]
 *     one full sync + build at 10M audits / 100M findings (full-only.ts); quick: 200k audits.
 */
import { parseBenchArgs, runMain } from './lib/args.js';
import { runFullOnly } from './warehouse/full-only.js';
import { runStoreSizes } from './warehouse/store-sizes.js';
import { runTicks } from './warehouse/ticks.js';

function count(name: string, value: string | boolean | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(String(value).replaceAll('_', ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

runMain(async () => {
  const args = parseBenchArgs(process.argv.slice(2), {
    'no-check': { type: 'boolean', default: false },
    'store-sizes': { type: 'boolean', default: false },
    sizes: { type: 'string' },
    tick: { type: 'string' },
    'full-only': { type: 'boolean', default: false },
    audits: { type: 'string' },
  });
  const v = args.values;
  if (v['store-sizes'] && v['full-only']) throw new Error('pass --store-sizes or --full-only, not both');
  if (v['store-sizes']) {
    const sizes = typeof v.sizes === 'string' ? v.sizes.split(',').map((s) => count('sizes', s.trim())!) : null;
    return runStoreSizes(args, { sizes, tick: count('tick', v.tick) });
  }
  if (v.sizes !== undefined || v.tick !== undefined) throw new Error('--sizes and --tick go with --store-sizes');
  if (v['full-only']) return runFullOnly(args, count('audits', v.audits));
  if (v.audits !== undefined) throw new Error('--audits goes with --full-only');
  return runTicks(args, v['no-check'] !== true);
});
