/**
 * `npm run bench`: every `bench/*.bench.ts` in sequence at quick scale (the whole set in under five minutes);
 * `npm run bench -- --full` at budget scale. `--only intake,raw-duckdb` picks scripts. Each script records its
 * own section of docs/benchmarks.md; a failing script does not stop the others, but fails the run.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_DIR } from './lib/paths.js';
import { tsxCommand } from './lib/peak-rss.js';

/** Generation first (later scripts reuse its cached data), then the floors, then the rest by name. */
const FIRST = ['generate', 'raw-duckdb'];
const QUICK_SET_SECONDS = 300;

function discover(): string[] {
  const names = readdirSync(join(REPO_DIR, 'bench'))
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.slice(0, -'.bench.ts'.length));
  const rank = (n: string) => (FIRST.includes(n) ? FIRST.indexOf(n) : FIRST.length);
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function runScript(name: string, full: boolean, timeoutMs: number): Promise<{ code: number | null; seconds: number }> {
  const { command, args } = tsxCommand(join(REPO_DIR, 'bench', `${name}.bench.ts`), full ? ['--full'] : []);
  const started = performance.now();
  // Own process group, so a timeout stops the script and anything it started.
  const child = spawn(command, args, { cwd: REPO_DIR, stdio: 'inherit', detached: true });
  const timer = setTimeout(() => {
    console.error(`bench: ${name} exceeded ${timeoutMs / 1000} s, stopping it`);
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }, timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, seconds: (performance.now() - started) / 1000 });
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { full: { type: 'boolean', default: false }, only: { type: 'string' } },
    strict: true,
  });
  const available = discover();
  const wanted = values.only ? values.only.split(',').map((s) => s.trim()) : available;
  const unknown = wanted.filter((n) => !available.includes(n));
  if (unknown.length > 0) throw new Error(`no bench/${unknown[0]}.bench.ts; available: ${available.join(', ')}`);
  const timeoutMs = values.full ? 30 * 60_000 : 4 * 60_000;
  const outcomes: { name: string; code: number | null; seconds: number }[] = [];
  const started = performance.now();
  for (const name of wanted) {
    console.log(`\n=== bench/${name}.bench.ts (${values.full ? 'full' : 'quick'}) ===`);
    outcomes.push({ name, ...(await runScript(name, values.full, timeoutMs)) });
  }
  const total = (performance.now() - started) / 1000;
  console.log('\n=== summary ===');
  for (const o of outcomes)
    console.log(`${o.code === 0 ? 'ok    ' : 'FAILED'} ${o.name.padEnd(20)} ${o.seconds.toFixed(1).padStart(7)} s`);
  console.log(`total ${total.toFixed(1)} s; results in docs/benchmarks.md`);
  if (!values.full && total > QUICK_SET_SECONDS)
    console.log(`note: the quick set took longer than its ${QUICK_SET_SECONDS} s target`);
  if (outcomes.some((o) => o.code !== 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
