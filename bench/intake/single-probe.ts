/**
 * A focused probe of single-submission latency (DESIGN §6: `submitAudit` at 50 concurrent clients, p99 ≤ 50 ms)
 * for profiling and A/B work; bench/intake.bench.ts records the figures. By default the subgraph runs in a
 * child process as in the bench; each round prints latency, throughput, the subgraph's CPU per submission
 * (all threads, main thread alone, and per thread) and its group commits.
 *
 *   npx tsx bench/intake/single-probe.ts [--count 2000] [--rounds 3] [--concurrency 50]
 *     [--in-process]          the subgraph in this process, sharing the load generator's event loop
 *     [--full | --store F]    start from a copy of the full-scale store, or of the audits.duckdb F
 *     [--root DIR]            run another checkout's subgraph (DIR/bench/intake/serve.ts), e.g. a baseline
 *     [--prof DIR]            write a --cpu-prof profile of the subgraph into DIR
 *     [--node-flags=FLAGS]    extra Node flags for the subgraph, space-separated
 *   SHOW_GROUPS=1 prints the first group sizes of each round.
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../../lib/logger.js';
import { start } from '../../subgraphs/audits/server.js';
import { tokenFactory } from '../../tests/helpers/tokens.js';
import { freshScratchDir, scaleDataDir } from '../lib/paths.js';
import { percentile } from '../lib/stats.js';
import { startIntakeChild, type IntakeChild } from './child.js';
import { cpuMillis } from './cpu.js';
import { createJsonPoster } from './http-client.js';
import { auditInput, SUBMIT_ONE } from './payloads.js';
import { runPool } from './pool.js';

const { values } = parseArgs({
  options: {
    'in-process': { type: 'boolean', default: false },
    count: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    prof: { type: 'string' },
    root: { type: 'string' },
    'node-flags': { type: 'string', default: '' },
    full: { type: 'boolean', default: false },
    store: { type: 'string' },
  },
});
const count = Number(values.count);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);

/** CPU milliseconds per thread of a process, by thread id (/proc/<pid>/task). */
function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // the thread ended
    }
  }
  return out;
}

const dataDir = freshScratchDir('intake-probe');
if (values.full || values.store) copyFileSync(values.store ?? join(scaleDataDir('full'), 'audits.duckdb'), join(dataDir, 'audits.duckdb'));
const token = await tokenFactory(dataDir).token('PARTNER');

let child: IntakeChild | null = null;
let url: string;
let pid = process.pid;
let groupSizes: () => Promise<{ sizes: readonly number[]; total: number }>;
let stop: () => Promise<void>;
if (values['in-process']) {
  const server = await start({ port: 0, dataDir, log: createLogger('audits', 'warn') });
  url = server.url;
  groupSizes = async () => ({ sizes: server.intake.groupSizes, total: server.intake.totals.groups });
  stop = () => server.stop();
} else {
  const flags = [...(values.prof ? ['--cpu-prof', `--cpu-prof-dir=${values.prof}`] : []), ...values['node-flags'].split(' ').filter(Boolean)];
  child = await startIntakeChild(dataDir, flags, values.root ? join(values.root, 'bench/intake/serve.ts') : undefined);
  url = child.url;
  pid = child.pid;
  groupSizes = async () => {
    const stats = await child!.stats();
    return { sizes: stats.groupSizes, total: stats.totals.groups };
  };
  stop = () => child!.stop();
}
const client = createJsonPoster(url, token);

let next = 0;
async function round(n: number): Promise<{ latencies: number[]; seconds: number }> {
  const bodies = Array.from({ length: n }, () => {
    const i = next++;
    return { query: SUBMIT_ONE, variables: { input: auditInput(i, 10), key: `probe-${i}` } };
  });
  const latencies: number[] = [];
  const t0 = performance.now();
  await runPool(n, concurrency, async (i) => {
    const started = performance.now();
    const response = await client.post(bodies[i]!);
    latencies.push(performance.now() - started);
    if (response.status !== 200 || response.body.errors?.length) throw new Error(JSON.stringify(response.body.errors ?? response.status));
  });
  return { latencies, seconds: (performance.now() - t0) / 1000 };
}

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${child ? 'child process' : 'in process'}; ${count} × ${concurrency} clients`);
try {
  await round(300); // warm-up
  for (let r = 0; r < rounds; r++) {
    const groupsBefore = (await groupSizes()).total;
    const threadsBefore = threadCpu(pid);
    const cpuBefore = cpuMillis(pid)!;
    const ownBefore = process.cpuUsage();
    const { latencies, seconds } = await round(count);
    const own = process.cpuUsage(ownBefore);
    const serverCpu = (cpuMillis(pid)! - cpuBefore) / count;
    const threads = [...threadCpu(pid)].map(([tid, ms]) => [tid, (ms - (threadsBefore.get(tid) ?? 0)) / count] as const);
    const main = threads.find(([tid]) => tid === String(pid))?.[1] ?? 0;
    const after = await groupSizes();
    const groups = after.sizes.slice(-Math.min(after.total - groupsBefore, after.sizes.length));
    if (process.env.SHOW_GROUPS) console.log(`   group sizes: ${groups.slice(0, 60).join(' ')}`);
    console.log(
      `round ${r + 1}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p90 ` +
        `${percentile(latencies, 90).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}, max ` +
        `${Math.max(...latencies).toFixed(1)}; ` +
        `${(count / seconds).toFixed(0)}/s; load generator CPU ` +
          `${((own.user + own.system) / 1000 / count).toFixed(2)} ms/submission; ` +
        `subgraph CPU ${serverCpu.toFixed(2)} ms/submission (main thread ${main.toFixed(2)}); groups ` +
          `${groups.length}, mean ${(count / Math.max(1, after.total - groupsBefore)).toFixed(1)}`,
    );
    console.log(`   subgraph threads, ms/submission: ${threads.filter(([, ms]) => ms >= 0.01).map(([tid, ms]) => `${tid} ${ms.toFixed(2)}`).join(', ')}`);
  }
} finally {
  client.close();
  await stop();
}
