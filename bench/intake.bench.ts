/**
 * Audit intake through the audits subgraph's real GraphQL API (DESIGN §6):
 * - batch: `submitAudits` with 100 audits × 10 findings per call, calls in sequence → audits/s (≥ 1,000);
 * - single: `submitAudit` from 50 concurrent clients → latency p50/p99 (p99 ≤ 50 ms).
 * The subgraph runs in this process on port 0 with a scratch data dir; a PARTNER token comes from
 * tests/helpers/tokens.ts. After each phase the stored rows are counted: none may be lost.
 * Quick: an empty store. --full: a copy of the full-scale generated store (1M audits, 10M findings).
 *
 *   npx tsx bench/intake.bench.ts [--full] [--runs N]
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../lib/logger.js';
import { start } from '../subgraphs/audits/server.js';
import { gql } from '../tests/helpers/graphql.js';
import { tokenFactory } from '../tests/helpers/tokens.js';
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
  const server = await start({ port: 0, dataDir, log: createLogger('audits', 'warn') });
  const rows: ResultRow[] = [];
  try {
    const probe = await gql(server.url, '{ __typename }', {}, token);
    if (probe.status !== 200) throw new Error(`audits subgraph at ${server.url} answered HTTP ${probe.status}`);
    console.log(`intake: audits subgraph at ${server.url}; ${runs} runs; store: ${args.full ? describeScale(FULL_SCALE) : 'empty'}`);
    const target = { url: server.url, token, db: server.db, groupSizes: server.intake.groupSizes };
    rows.push(...(await runBatchPhase(target, { calls: args.full ? 100 : 20, runs })));
    rows.push(...(await runSinglePhase(target, { count: args.full ? 5_000 : 1_000, runs })));
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
      'GraphQL over loopback HTTP with real token verification; the subgraph and the load generator share this process and its 2 cores.',
      'Every submission carries a distinct idempotency key and names its facility by name/address/country (a pool of 500), so intake matches or registers suppliers as in production.',
      'Each phase starts with a warm-up round; latencies are client-side, request sent to response parsed.',
    ],
  });
  freshScratchDir('intake');
});
