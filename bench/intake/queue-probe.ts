/**
 * The intake queue alone, no HTTP or GraphQL: 50 closed-loop clients call IntakeQueue.submit directly, so the
 * figure is the DuckDB group-commit path's share of single-submission latency. With --trace it also times each
 * statement (and counts them per group).
 *
 *   npx tsx bench/intake/queue-probe.ts [--count 2000] [--concurrency 50] [--rounds 3] [--trace]
 */
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase } from '../../lib/duckdb/database.js';
import type { DB } from '../../subgraphs/audits/db-types.js';
import { submitAudit } from '../../subgraphs/audits/intake.js';
import { IntakeQueue } from '../../subgraphs/audits/store/intake-queue.js';
import { freshScratchDir, REPO_DIR } from '../lib/paths.js';
import { percentile } from '../lib/stats.js';
import { auditInput } from './payloads.js';
import { runPool } from './pool.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    trace: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const concurrency = Number(values.concurrency);

const dataDir = freshScratchDir('intake-queue-probe');
const database = await openDatabase<DB>(join(dataDir, 'audits.duckdb'), { migrationsDir: join(REPO_DIR, 'subgraphs/audits/migrations') });
const queue = new IntakeQueue(database.db);

const statements: { sql: string; ms: number }[] = [];
if (values.trace) {
  // Wrap the driver's connection: every statement's wall time from prepare to rows read.
  const { DuckDBConnection } = await import('@duckdb/node-api');
  const proto = DuckDBConnection.prototype as unknown as { prepare(sql: string): Promise<{ runAndReadAll(): Promise<unknown> }> };
  const original = proto.prepare;
  proto.prepare = async function (this: unknown, sql: string) {
    const t0 = performance.now();
    const prepared = await original.call(this, sql);
    const run = prepared.runAndReadAll.bind(prepared);
    prepared.runAndReadAll = async () => {
      const r = await run();
      statements.push({ sql: sql.slice(0, 40).replace(/\s+/g, ' '), ms: performance.now() - t0 });
      return r;
    };
    return prepared;
  };
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
  await runPool(n, concurrency, async (i) => {
    const started = performance.now();
    await submitAudit(queue, 'org-acme', inputs[i]!.input, inputs[i]!.key);
    latencies.push(performance.now() - started);
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r < 0) continue;
  const groups = queue.groupSizes.slice(groupsBefore);
  console.log(
    `round ${r + 1}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)}, max ${Math.max(...latencies).toFixed(1)}; ` +
      `${(n / seconds).toFixed(0)}/s; groups ${groups.length}, mean ${(groups.reduce((a, b) => a + b, 0) / groups.length).toFixed(1)}`,
  );
  if (values.trace) {
    const by = new Map<string, number[]>();
    for (const s of statements) by.set(s.sql, [...(by.get(s.sql) ?? []), s.ms]);
    for (const [sql, ms] of by) console.log(`   ${String(ms.length).padStart(5)} × ${sql.padEnd(40)} p50 ${percentile(ms, 50).toFixed(2)} ms, p99 ${percentile(ms, 99).toFixed(2)}, total ${(ms.reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s`);
  }
}
await database.close();
