/**
 * The intake queue alone, no HTTP or GraphQL: 50 closed-loop clients call submitAudit on an IntakeQueue
 * directly, so the figure is the validation + group-commit path's share of single-submission latency. With
 * --trace it also times each call into DuckDB by its first words and lists the calls over 100 ms (checkpoints).
 *
 *   npx tsx bench/intake/queue-probe.ts [--count 2000] [--concurrency 50] [--rounds 3] [--trace]
 *     [--full | --store F] [--checkpoint-threshold 16MB]
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../lib/duckdb/database.js';
import type { DB } from '../../subgraphs/audits/db-types.js';
import { submitAudit } from '../../subgraphs/audits/intake.js';
import { IntakeQueue } from '../../subgraphs/audits/store/intake/queue.js';
import { freshScratchDir, REPO_DIR, scaleDataDir } from '../lib/paths.js';
import { percentile } from '../lib/stats.js';
import { auditInput } from './payloads.js';
import { runPool } from './pool.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    trace: { type: 'boolean', default: false },
    /** Start from a copy of the full-scale generated store. */
    full: { type: 'boolean', default: false },
    /** Start from a copy of this audits.duckdb instead (e.g. a store generated another way). */
    store: { type: 'string' },
    /** DuckDB's checkpoint_threshold (WAL size that triggers a checkpoint inside a commit), e.g. 64MB. */
    'checkpoint-threshold': { type: 'string' },
  },
});
const count = Number(values.count);
const concurrency = Number(values.concurrency);

const dataDir = freshScratchDir('intake-queue-probe');
if (values.full || values.store) copyFileSync(values.store ?? join(scaleDataDir('full'), 'audits.duckdb'), join(dataDir, 'audits.duckdb'));
const database = await openDatabase<DB>(join(dataDir, 'audits.duckdb'), {
  migrationsDir: join(REPO_DIR, 'subgraphs/audits/migrations'),
  ...(values['checkpoint-threshold'] ? { settings: { checkpoint_threshold: values['checkpoint-threshold'] } } : {}),
});
const queue = new IntakeQueue(database.db);

const statements: { sql: string; ms: number }[] = [];
if (values.trace) {
  // Wrap the client: each statement's wall time on the connection (prepare included when not cached).
  const { DuckDBConnection, DuckDBPreparedStatement } = await import('@duckdb/node-api');
  const texts = new WeakMap<object, string>();
  const label = (sql: string) => sql.trim().slice(0, 40).replace(/\s+/g, ' ');
  const conn = DuckDBConnection.prototype as any;
  const prep = DuckDBPreparedStatement.prototype as any;
  const run = conn.run;
  conn.run = async function (this: unknown, sql: string, ...rest: unknown[]) {
    const t0 = performance.now();
    const r = await run.call(this, sql, ...rest);
    statements.push({ sql: label(sql), ms: performance.now() - t0 });
    return r;
  };
  const prepare = conn.prepare;
  conn.prepare = async function (this: unknown, sql: string) {
    const t0 = performance.now();
    const p = await prepare.call(this, sql);
    texts.set(p, sql);
    statements.push({ sql: `prepare ${label(sql)}`.slice(0, 40), ms: performance.now() - t0 });
    return p;
  };
  const execute = prep.run;
  prep.run = async function (this: object) {
    const t0 = performance.now();
    const r = await execute.call(this);
    statements.push({ sql: label(texts.get(this) ?? '?'), ms: performance.now() - t0 });
    return r;
  };
}

/** CPU seconds per thread of this process, by thread id. */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // thread ended
    }
  }
  return out;
}

let next = 0;
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; queue only; ${count} × ${concurrency} clients`);
for (let r = -1; r < Number(values.rounds); r++) {
  const n = r < 0 ? 300 : count;
  const inputs = Array.from({ length: n }, () => next++).map((i) => ({ input: auditInput(i, 10), key: `q-${i}` }));
  const latencies: number[] = [];
  const groupsBefore = queue.groupSizes.length;
  statements.length = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const threads0 = threadCpu();
  await runPool(n, concurrency, async (i) => {
    const started = performance.now();
    await submitAudit(queue, 'org-acme', inputs[i]!.input, inputs[i]!.key);
    latencies.push(performance.now() - started);
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  if (r < 0) continue;
  const groups = queue.groupSizes.slice(groupsBefore);
  console.log(
    `round ${r + 1}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ` +
      `${percentile(latencies, 99).toFixed(1)}, max ${Math.max(...latencies).toFixed(1)}; ` +
      `${(n / seconds).toFixed(0)}/s; groups ${groups.length}, mean ` +
        `${(groups.reduce((a, b) => a + b, 0) / groups.length).toFixed(1)}; process CPU ` +
        `${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms/submission`,
  );
  const threads = [...threadCpu()].map(([tid, sec]) => [tid, sec - (threads0.get(tid) ?? 0)] as const).filter(([, d]) => d > 0.02);
  console.log(`   threads, ms/submission: ${threads.map(([tid, d]) => `${tid} ${((d * 1000) / n).toFixed(2)}`).join(', ')}`);
  if (values.trace) {
    const by = new Map<string, number[]>();
    for (const s of statements) by.set(s.sql, [...(by.get(s.sql) ?? []), s.ms]);
    const slow = statements.filter((s) => s.ms > 100);
    if (slow.length) console.log(`   statements over 100 ms: ${slow.map((s) => s.ms.toFixed(0)).join(', ')}`);
    for (const [sql, ms] of by) console.log(`   ${String(ms.length).padStart(5)} × ${sql.padEnd(40)} p50 ${percentile(ms, 50).toFixed(2)} ms, p99 ` +
          `${percentile(ms, 99).toFixed(2)}, total ${(ms.reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s`);
  }
}
await database.close();
