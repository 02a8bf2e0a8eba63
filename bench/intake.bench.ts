/**
 * Audit intake through the audits subgraph's real GraphQL API (DESIGN §6):
 * - batch: `submitAudits` with 100 audits × 10 findings per call, calls in sequence → audits/s (≥ 1,000);
 * - single: `submitAudit` from 50 concurrent clients → latency p50/p99 (p99 ≤ 50 ms).
 * The subgraph runs in a child process of its own (bench/intake/serve.ts), as in production, on port 0
 * with a scratch data dir: the load generator shares the machine's 2 cores with it but not its event loop.
 * A PARTNER token comes from tests/helpers/tokens.ts. After each phase the stored rows are counted (asked
 * of the child): none may be lost.
 * Quick: an empty store. --full: a copy of the full-scale generated store (1M audits, 10M findings).
 *
 *   npx tsx bench/intake.bench.ts [--full] [--runs N]
 */
import { copyFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gql } from '../tests/helpers/graphql.js';
import { tokenFactory } from '../tests/helpers/tokens.js';
import { AUDITS_NODE_FLAGS } from '../subgraphs/audits/node-flags.js';
import { startIntakeChild } from './intake/child.js';
import { runBatchPhase, runSinglePhase } from './intake/phases.js';
import { parseBenchArgs, runMain } from './lib/args.js';
import { machineInfo } from './lib/machine.js';
import { freshScratchDir, scaleDataDir } from './lib/paths.js';
import { recordResult, type ResultRow } from './lib/record.js';
import { ensureScaleData } from './scale/ensure.js';
import { describeScale, FULL_SCALE } from './scale/options.js';

runMain(async () => {
  const args = parseBenchArgs();
  const runs = args.runs ?? 3;
  const machine = await machineInfo();
  const dataDir = freshScratchDir('intake');
  if (args.full) {
    await ensureScaleData(scaleDataDir('full'), FULL_SCALE);
    copyFileSync(join(scaleDataDir('full'), 'audits.duckdb'), join(dataDir, 'audits.duckdb'));
  }
  const token = await tokenFactory(dataDir).token('PARTNER');
  const server = await startIntakeChild(dataDir, AUDITS_NODE_FLAGS); // as scripts/stack.ts runs it
  const rows: ResultRow[] = [];
  const loadDuringSingles: number[] = [];
  try {
    const probe = await gql(server.url, '{ __typename }', {}, token);
    if (probe.status !== 200) throw new Error(`audits subgraph at ${server.url} answered HTTP ${probe.status}`);
    console.log(`intake: audits subgraph at ${server.url}; ${runs} runs; store: ` +
        `${args.full ? describeScale(FULL_SCALE) : 'empty'}`);
    const target = { url: server.url, token, pid: server.pid, stats: server.stats };
    rows.push(...(await runBatchPhase(target, { calls: args.full ? 100 : 20, runs })));
    loadDuringSingles.push(loadavg()[0]!);
    rows.push(...(await runSinglePhase(target, { count: args.full ? 5_000 : 1_000, runs })));
    loadDuringSingles.push(loadavg()[0]!);
  } finally {
    await server.stop();
  }
  for (const row of rows) console.log(`  ${row.measure}: ${row.measured} [${row.status}]`);
  await recordResult('intake', rows, {
    title: 'Audit intake through the audits subgraph',
    command: `npx tsx bench/intake.bench.ts${args.full ? ' --full' : ''}`,
    scale: args.scale,
    scaleNote: args.full ? `store pre-filled with ${describeScale(FULL_SCALE)}` : 'empty store',
    machine,
    notes: [
      'GraphQL over loopback HTTP with real token verification. The subgraph runs in a process of its own (as ' +
        'in production); the load generator (keep-alive node:http, one socket per client) shares the 2 cores ' +
        'with it, not its event loop.',
      'Every submission carries a distinct idempotency key and names its facility by name/address/country (a ' +
        'pool of 500), so intake matches or registers suppliers as in production.',
      'Each phase starts with a warm-up round; latencies are client-side, request sent to response parsed.',
      `Load average (1 min) when the single phase started and ended: ` +
        `${loadDuringSingles.map((l) => l.toFixed(2)).join(' and ')} (2 cores; other sessions share the machine).`,
      'What bounds the single-submission figures: (1) CPU. Each submission costs the subgraph the CPU in the ' +
        'row above (its JavaScript, DuckDB’s inserts and commit, GC) plus the load generator’s, all on the same ' +
        '2 cores; 50 closed-loop clients see latency ≈ 50 ÷ throughput, so p99 ≤ 50 ms needs well over 1,000 ' +
        'submissions/s, which the machine gives only while no other process takes a core. (2) DuckDB ' +
        'checkpoints. When the WAL passes checkpoint_threshold DuckDB checkpoints inside a commit while the one ' +
        'connection waits, and every submission in flight (up to 50) waits with it: the slowest-submission row. ' +
        'The subgraph sets the threshold to 64 MiB (subgraphs/audits/server.ts), about 20,000 of these audits, ' +
        'so at most one run of three meets one; at DuckDB’s default 16 MB (about 5,000 audits, 1% of submissions ' +
        'stalled) it set p99. On 2026-11-28 such a checkpoint cost 0.2–0.4 s on the full-scale store at up to 16 ' +
        'MB of WAL and 0.4–0.75 s at 64 MB.',
      'Intake commits a group of concurrent submissions as one DuckDB transaction in one call (see ' +
        'subgraphs/audits/store/intake/write.ts); the group-size row shows how many shared each commit.',
    ],
  });
  freshScratchDir('intake');
});
