/**
 * A focused probe of single-submission latency (DESIGN §6: `submitAudit` at 50 concurrent clients, p99 ≤ 50 ms),
 * for profiling and A/B work; bench/intake.bench.ts records the figures. The subgraph runs in this process
 * (default, as the bench does) or with --child in its own process like production (index.ts), so the load
 * generator does not share its event loop.
 *
 *   npx tsx bench/intake/single-probe.ts [--child] [--count 2000] [--concurrency 50] [--rounds 3] [--prof DIR]
 */
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createLogger } from '../../lib/logger.js';
import { start } from '../../subgraphs/audits/server.js';
import { gql } from '../../tests/helpers/graphql.js';
import { tokenFactory } from '../../tests/helpers/tokens.js';
import { freshScratchDir, scaleDataDir } from '../lib/paths.js';
import { percentile } from '../lib/stats.js';
import { startIntakeChild, type IntakeChild } from './child.js';
import { auditInput, SUBMIT_ONE } from './payloads.js';
import { runPool } from './pool.js';

const { values } = parseArgs({
  options: {
    child: { type: 'boolean', default: false },
    count: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    prof: { type: 'string' },
    client: { type: 'string', default: 'fetch' },
    /** Another checkout's root: run its audits subgraph instead (baseline for A/B). */
    root: { type: 'string' },
    /** Extra Node flags for the child, space-separated, e.g. "--max-semi-space-size=32". */
    'node-flags': { type: 'string', default: '' },
    /** Start from a copy of the full-scale generated store (bench/scale) instead of an empty one. */
    full: { type: 'boolean', default: false },
    /** Start from a copy of this audits.duckdb instead (e.g. a store generated another way). */
    store: { type: 'string' },
  },
});
const count = Number(values.count);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);

/** A plain keep-alive node:http client: much less CPU per request than fetch, so the generator steals less. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });
function post(url: string, token: string, body: unknown): Promise<{ status: number; json: any }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(payload) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** CPU seconds used so far by a process (utime + stime from /proc). */
function cpuSecondsOf(pid: number, thread = false): number {
  const fields = readFileSync(thread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds per thread name (comm) of a process. */
function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const comm = `${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))}:${tid}`;
      const fields = stat.split(') ')[1]!.split(' ');
      out.set(comm, (out.get(comm) ?? 0) + (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // thread ended
    }
  }
  return out;
}

let next = 0;
async function round(url: string, token: string, n: number): Promise<{ latencies: number[]; seconds: number }> {
  const bodies = Array.from({ length: n }, () => {
    const i = next++;
    return { input: auditInput(i, 10), key: `probe-${i}` };
  });
  const latencies: number[] = [];
  const t0 = performance.now();
  await runPool(n, concurrency, async (i) => {
    const started = performance.now();
    if (values.client === 'http') {
      const r = await post(url, token, { query: SUBMIT_ONE, variables: bodies[i]! });
      latencies.push(performance.now() - started);
      if (r.json.errors?.length || r.status !== 200) throw new Error(JSON.stringify(r.json.errors ?? r.status));
    } else {
      const r = await gql(url, SUBMIT_ONE, bodies[i]!, token);
      latencies.push(performance.now() - started);
      if (r.errors?.length || r.status !== 200) throw new Error(JSON.stringify(r.errors ?? r.status));
    }
  });
  return { latencies, seconds: (performance.now() - t0) / 1000 };
}

const dataDir = freshScratchDir('intake-probe');
if (values.full || values.store) copyFileSync(values.store ?? join(scaleDataDir('full'), 'audits.duckdb'), join(dataDir, 'audits.duckdb'));
const token = await tokenFactory(dataDir).token('PARTNER');
let stop: () => Promise<void>;
let url: string;
let groupSizes: readonly number[] | null = null;
let serverPid = process.pid;
let child: IntakeChild | null = null;
if (values.child) {
  child = await startIntakeChild(
    dataDir,
    [...(values.prof ? ['--cpu-prof', `--cpu-prof-dir=${values.prof}`] : []), ...values['node-flags'].split(' ').filter(Boolean)],
    values.root ? join(values.root, 'bench/intake/serve.ts') : undefined,
  );
  url = child.url;
  serverPid = child.pid;
  stop = () => child!.stop();
} else {
  const server = await start({ port: 0, dataDir, log: createLogger('audits', 'warn') });
  url = server.url;
  groupSizes = server.intake.groupSizes;
  stop = () => server.stop();
}
const { loadavg } = await import('node:os');
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${values.child ? 'child process' : 'in process'}; ${count} × ${concurrency} clients`);
try {
  await round(url, token, 300); // warm-up
  for (let r = 0; r < rounds; r++) {
    const groupsBefore = child ? (await child.stats()).groupSizes.length : (groupSizes?.length ?? 0);
    const cpu0 = process.cpuUsage();
    const serverCpu0 = cpuSecondsOf(serverPid);
    const mainCpu0 = cpuSecondsOf(serverPid, true);
    const threads0 = values.child ? threadCpu(serverPid) : new Map<string, number>();
    const { latencies, seconds } = await round(url, token, count);
    const cpu = process.cpuUsage(cpu0);
    const serverCpu = values.child
      ? `; server CPU ${(((cpuSecondsOf(serverPid) - serverCpu0) * 1000) / count).toFixed(2)} ms/submission (main thread ${(((cpuSecondsOf(serverPid, true) - mainCpu0) * 1000) / count).toFixed(2)})`
      : '';
    const groups = child ? (await child.stats()).groupSizes.slice(groupsBefore) : (groupSizes?.slice(groupsBefore) ?? []);
    if (process.env.SHOW_GROUPS) console.log(`   group sizes: ${groups.slice(0, 60).join(' ')}`);
    const g = groups.length ? `; groups ${groups.length}, mean ${(groups.reduce((a, b) => a + b, 0) / groups.length).toFixed(1)}` : '';
    console.log(
      `round ${r + 1}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p90 ${percentile(latencies, 90).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}, max ${Math.max(...latencies).toFixed(1)}; ` +
        `${(count / seconds).toFixed(0)}/s; this-process CPU ${(((cpu.user + cpu.system) / 1000) / count).toFixed(2)} ms/submission${serverCpu}${g}`,
    );
    if (values.child) {
      const threads = [...threadCpu(serverPid)].filter(([name, sec]) => sec - (threads0.get(name) ?? 0) > 0.05).map(([name, sec]) => `${name} ${(((sec - (threads0.get(name) ?? 0)) * 1000) / count).toFixed(2)}`);
      console.log(`   server threads, ms/submission: ${threads.join(', ')}`);
    }
  }
} finally {
  await stop();
}
