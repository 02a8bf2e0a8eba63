/**
 * Gateway throughput with one and with two replicas of each service (issue 11; docs/scale-out.md), on the
 * topology of `npm run cluster`: every service a process of its own on loopback (scripts/cluster/plan.ts, the
 * same entries, flags and env), the three stores in one embedded PostgreSQL holding the demo data (seed 42,
 * moved there as `npm run move-to-postgres` does).
 * - "1 replica": one gateway whose subgraph lists name only audits-1, agency-1 and campaigns-1.
 * - "2 replicas": gateway-1 and gateway-2, each spreading calls over both replicas of every store subgraph
 *   (gateway/replicas.ts); the 50 connections are split evenly over the two gateways.
 * Both topologies run side by side (the processes of one idle while the other is measured), so rounds alternate
 * one, two, one, two… after a warm-up of each; the ratio is the median of the per-round ratios.
 * The query is bench/gateway's supplier page (audits → agency → campaigns), every request with a token no
 * other request carried; the answers through both topologies are checked identical before anything is timed.
 * Quick (default, `npm run bench`): 3 rounds of 3 s. --full: 5 rounds of 10 s. --runs N sets the rounds.
 * --no-record prints the rows instead of writing docs/benchmarks.md (for trying the bench out).
 *
 *   npx tsx bench/cluster.bench.ts [--full] [--runs N] [--no-record]
 */
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { seedDemoData } from '../demo/seed.js';
import { startEmbeddedPostgres } from '../lib/postgres/embedded.js';
import { planCluster } from '../scripts/cluster/plan.js';
import { moveDataDirToPostgres } from '../scripts/move-to-postgres/move.js';
import { freePort, launchSpecs, type RunningStack, type ServiceSpec } from '../scripts/stack.js';
import { runSpreadRound, type Topology } from './cluster/round.js';
import { fetchWhole, SUPPLIER_PAGE } from './gateway/query.js';
import { roundTimings, type Round, type RoundTiming } from './gateway/round.js';
import { figureRows } from './gateway/report.js';
import { createTokenPool } from './gateway/tokens.js';
import { parseBenchArgs, runMain } from './lib/args.js';
import { fmtNumber, fmtSummary } from './lib/format.js';
import { machineInfo } from './lib/machine.js';
import { freshScratchDir } from './lib/paths.js';
import { recordResult, type ResultRow } from './lib/record.js';
import { summarize } from './lib/stats.js';

const CONNECTIONS = 50;
const STORES = ['audits', 'agency', 'campaigns'] as const;
/** Only what the supplier page reaches runs: no insights, warehouse or dashboards. */
const LEFT_OUT = ['insights-1', 'insights-2', 'warehouse', 'dashboards'];

/** The one-replica gateway: gateway-1's spec with every subgraph list cut to its first replica. */
async function soloGateway(specs: readonly ServiceSpec[]): Promise<ServiceSpec> {
  const first = specs.find((s) => s.name === 'gateway-1')!;
  const port = await freePort();
  const env: Record<string, string> = { ...first.env, PORT: String(port) };
  for (const key of ['AUDITS_URL', 'AGENCY_URL', 'CAMPAIGNS_URL', 'INSIGHTS_URL']) env[key] = env[key]!.split(',')[0]!;
  return { ...first, name: 'gateway-3', port, env };
}

function rowsOf(label: string, rounds: readonly Round[], groups: Record<string, readonly string[]>): ResultRow[] {
  const n = rounds.length;
  const cpu = (names: readonly string[]) =>
    rounds.map((r) => names.reduce((sum, name) => sum + (r.cpuPerAnswer[name] ?? NaN), 0));
  const all = Object.values(groups).flat();
  return [
    ...figureRows(label, rounds),
    ...Object.entries({ 'every process': all, ...groups }).map(([what, names]) => {
      const values = cpu(names);
      return {
        measure: `${label}: CPU per answer, ${what}`,
        measured: values.some(Number.isNaN) ? 'unknown' : fmtSummary(summarize(values), 'ms', 1),
        runs: n,
      };
    }),
  ];
}

runMain(async () => {
  const record = !process.argv.includes('--no-record');
  const args = parseBenchArgs(process.argv.slice(2).filter((a) => a !== '--no-record'));
  const rounds = args.runs ?? (args.full ? 5 : 3);
  const { timing, warmup } = roundTimings(args.full, CONNECTIONS);
  const machine = await machineInfo();
  const dataDir = freshScratchDir('cluster');
  const seeded = await seedDemoData(dataDir, { seed: 42 });
  // The parent creates the secret before any service starts, so all of them read the same one.
  const tokens = createTokenPool(join(dataDir, 'jwt-secret'), 'org-acme');
  await tokens.ensure(10);

  const postgres = await startEmbeddedPostgres({ port: await freePort(), durable: true });
  let cluster: RunningStack | null = null;
  try {
    const databaseUrl = postgres.adminUrl;
    await moveDataDirToPostgres(dataDir, { audits: databaseUrl, agency: databaseUrl, campaigns: databaseUrl });
    const planned = await planCluster({ dataDir, ports: 'free', databaseUrl, without: LEFT_OUT });
    const specs = [...planned, await soloGateway(planned)].map((s) => ({
      ...s,
      env: { ...s.env, TIDEMARK_MODE: 'production', LOG_LEVEL: 'warn' },
    }));
    cluster = await launchSpecs(specs, { dataDir, ports: 'free', restart: false });
    const running = cluster;
    const pids = (names: readonly string[]) =>
      Object.fromEntries(names.map((name) => [name, running.children.get(name)!.pid!]));
    const replicasOf = (i: number) => STORES.map((s) => `${s}-${i}`);
    const one: Topology = {
      name: '1 replica',
      gateways: [running.urls['gateway-3']!],
      body: SUPPLIER_PAGE.body,
      processes: pids(['gateway-3', ...replicasOf(1)]),
    };
    const two: Topology = {
      name: '2 replicas',
      gateways: [running.urls['gateway-1']!, running.urls['gateway-2']!],
      body: SUPPLIER_PAGE.body,
      processes: pids(['gateway-1', 'gateway-2', ...replicasOf(1), ...replicasOf(2)]),
    };

    // Every gateway gives the same whole answer before anything is timed.
    const reference = await fetchWhole(one.gateways[0]!, SUPPLIER_PAGE, tokens.next());
    for (const url of two.gateways)
      if (!isDeepStrictEqual(await fetchWhole(url, SUPPLIER_PAGE, tokens.next()), reference))
        throw new Error(`${url} answers the supplier page differently from the one-replica gateway`);
    console.log(
      `cluster: ${specs.length} processes + PostgreSQL; ${rounds} rounds × ${timing.seconds} s after ` +
        `${timing.settleSeconds} s settling, ${CONNECTIONS} connections, ${machine.cores} cores`,
    );

    let expected = 0;
    const measure = async (t: Topology, how: RoundTiming) => {
      const round = await runSpreadRound(t, how, tokens, expected);
      expected = Math.max(expected, round.rps);
      return round;
    };
    console.log('warm-up');
    await measure(one, warmup);
    await measure(two, warmup);
    const results = { one: [] as Round[], two: [] as Round[] };
    for (let round = 1; round <= rounds; round++) {
      console.log(`round ${round}`);
      results.one.push(await measure(one, timing));
      results.two.push(await measure(two, timing));
    }

    const ratio = summarize(results.two.map((r, i) => r.rps / results.one[i]!.rps));
    // How evenly the gateways spread the calls: the second replicas' share of the store subgraphs' CPU.
    const spread = summarize(
      results.two.map((r) => {
        const of = (i: number) => replicasOf(i).reduce((n, name) => n + (r.cpuPerAnswer[name] ?? NaN), 0);
        return of(2) / (of(1) + of(2));
      }),
    );
    const rows: ResultRow[] = [
      {
        measure: `2 replicas ÷ 1 replica, requests per second (median of ${ratio.runs} back-to-back pairs)`,
        measured: fmtSummary(ratio, '×', 2),
        runs: ratio.runs,
        status: 'info',
      },
      ...rowsOf('1 replica', results.one, {
        gateway: ['gateway-3'],
        'store subgraphs': replicasOf(1),
        'autocannon (load generator)': ['autocannon'],
      }),
      ...rowsOf('2 replicas', results.two, {
        'gateways (2)': ['gateway-1', 'gateway-2'],
        'store subgraphs (6)': [...replicasOf(1), ...replicasOf(2)],
        'autocannon (load generator)': ['autocannon'],
      }),
      {
        measure: '2 replicas: the second replicas’ share of the store subgraphs’ CPU (0.5 = an even spread)',
        measured: fmtSummary(spread, '', 2).trim(),
        runs: spread.runs,
        status: 'info',
      },
      {
        measure: 'distinct tokens minted; requests that reused one',
        measured: `${fmtNumber(tokens.minted)}; ${fmtNumber(tokens.reused)}`,
        runs: 1,
        status: tokens.reused === 0 ? 'every request distinct' : 'info',
      },
    ];
    const notes = [
      `Query: ${SUPPLIER_PAGE.description}. Both topologies return identical data, checked before measuring.`,
      '1 replica: one gateway over audits-1, agency-1, campaigns-1. 2 replicas: gateway-1 and gateway-2, each ' +
        'spreading calls round-robin over both replicas of every store subgraph; the connections are split ' +
        'evenly over the two gateways (as a load balancer would). All stores in one PostgreSQL (embedded, ' +
        'durable settings), every process on loopback on this machine, as `npm run cluster` runs them.',
      `This machine has ${machine.cores} cores for PostgreSQL, ${specs.length} service processes and the load ` +
        'generator together. Replicas add throughput only where there are cores (or hosts) for them to use: ' +
        (machine.cores <= 2
          ? 'here a second replica of each service cannot add CPU, so the ratio shows the cost of the extra ' +
            'processes and hops (more processes contending for the same cores), not the gain replicas bring on ' +
            'more hardware. What the run does show: the gateways spread calls over the replicas (the share row) ' +
            'and every answer stays whole; CPU per answer compares the work each topology does per request.'
          : 'the ratio is bounded by the cores the extra processes can get beside everything else here.'),
      `Rounds alternate 1 replica, 2 replicas… after a ${warmup.seconds} s warm-up of each; figures count only ` +
        `whole answers (HTTP 200 without errors) in each round's ${timing.seconds} s window; the run stops if ` +
        'any answer is not whole. With two gateways, requests per second add up and p50 / p99 are the higher ' +
        'of the two gateways’ own.',
      'CPU per answer: user + system time of each process over the round (/proc), divided by the whole answers ' +
        'served; PostgreSQL’s own processes are not metered.',
    ];
    const command =
      `npx tsx bench/cluster.bench.ts${args.full ? ' --full' : ''}` + `${args.runs ? ` --runs ${args.runs}` : ''}`;
    if (!record) {
      console.log('\n--no-record: not written to docs/benchmarks.md');
      for (const row of rows) console.log(`  ${row.measure}: ${row.measured}`);
      for (const note of notes) console.log(`  note: ${note}`);
      return;
    }
    await recordResult('cluster', rows, {
      title: 'Gateway throughput with one and with two replicas of each service (PostgreSQL stores)',
      command,
      scale: args.scale,
      scaleNote:
        `demo data (seed 42: ${fmtNumber(seeded.suppliers ?? 0)} suppliers) in PostgreSQL; ${rounds} rounds × ` +
        `${timing.seconds} s per topology after ${timing.settleSeconds} s settling; ${CONNECTIONS} connections`,
      machine,
      notes,
    });
  } finally {
    await cluster?.stop();
    await postgres.stop();
  }
});
