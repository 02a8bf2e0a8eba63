/**
 * Freshness (DESIGN §6, issue 10 point 4: an audit acknowledged by the gateway shows in `Supplier.risk` within
 * 10 s, median of ≥ 5 runs, worst reported, while 20 other clients keep submitting audits; insights p95 ≤ 50 ms
 * while builds are being published). The real stack (every service a process, the warehouse loop at the
 * default 5 s interval) over the demo data set (quick) or a copy of the 1M-audit bench store (--full).
 *
 * Each run submits, through the gateway, an audit with an open S4 forced-labour finding for a supplier whose
 * risk has no override yet, then polls `Supplier.risk` through the gateway (every 100 ms) until the override
 * shows, timed from the acknowledgement. Meanwhile 20 writer clients each submit an audit (10 findings, a random
 * other supplier) through the gateway, pausing 1 s after each answer, and a reader asks insights itself for a
 * random supplier's risk every 100 ms (as the gateway would, through `_entities`), whose latencies are the p95
 * figure: they span the builds published during the runs.
 *
 *   npx tsx bench/freshness.bench.ts [--full] [--runs N]
 */
import { gql } from '../tests/helpers/graphql.js';
import { send } from './insights/latency.js';
import { parseBenchArgs, runMain } from './lib/args.js';
import { fmtNumber, fmtSummary, verdict } from './lib/format.js';
import { machineInfo } from './lib/machine.js';
import { recordResult } from './lib/record.js';
import { startScaleStack } from './lib/scale-stack.js';
import { percentile, summarize } from './lib/stats.js';

const BUDGET_SECONDS = 10;
const LATENCY_BUDGET_MS = 50;
const INTERVAL_SECONDS = 5; // the default WAREHOUSE_SYNC_INTERVAL_SECONDS of `npm start`
const WRITERS = 20;
const WRITER_PAUSE_MS = 1000;
const READER_EVERY_MS = 100;

const RISK_ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Supplier { id risk { score band override } } }
}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function auditInput(supplierId: string, date: string, findings: number, note: string) {
  return {
    supplierId,
    scheme: 'AMFORI_BSCI',
    type: 'FOLLOW_UP',
    announcement: 'UNANNOUNCED',
    auditDate: date,
    workersInterviewed: 20,
    findings: Array.from({ length: findings }, (_, i) => ({
      iloIndicator: i === 0 ? 'DEBT_BONDAGE' : null,
      schemeSeverity: i === 0 ? 'Zero tolerance' : 'Minor',
      severity: i === 0 ? 'S4' : 'S1',
      description: `${note} finding ${i}`,
      ...(i === 0 ? { correctiveAction: { description: 'Repay fees', dueDate: date, status: 'OPEN' } } : {}),
    })),
  };
}

const SUBMIT = 'mutation($input: SubmitAuditInput!) { submitAudit(input: $input) { audit { id } } }';

runMain(async () => {
  const args = parseBenchArgs();
  const runs = args.runs ?? (args.full ? 7 : 3);
  const machine = await machineInfo();
  console.log(`freshness: starting the stack (${args.full ? '1M-audit bench store' : 'demo data set'}) …`);
  const { stack, scaleNote } = await startScaleStack(args.full, { syncIntervalSeconds: INTERVAL_SECONDS });
  let stopping = false;
  const background: Promise<void>[] = [];
  // A writer or the reader that fails stops the run: figures taken with fewer writers, or with a reader that
  // stopped sampling, would flatter the result.
  let backgroundError: unknown = null;
  const inBackground = (task: () => Promise<void>) =>
    background.push(
      task().catch((error: unknown) => {
        backgroundError ??= error;
      }),
    );
  const checkBackground = () => {
    if (backgroundError) throw backgroundError;
  };
  try {
    const analyst = await stack.tokens.token('ANALYST');
    const partner = await stack.tokens.token('PARTNER', { org_id: 'org-acme' });
    const page = await gql(
      stack.gateway,
      '{ suppliers(first: 200) { edges { node { id risk { override } } } } }',
      {},
      analyst,
    );
    const nodes: { id: string; risk: { override: string | null } | null }[] = page.data.suppliers.edges.map(
      (e: { node: unknown }) => e.node,
    );
    const candidates = nodes.filter((n) => n.risk && n.risk.override === null).map((n) => n.id);
    if (candidates.length < runs) throw new Error(`only ${candidates.length} suppliers without an override`);
    const measured = new Set(candidates.slice(0, runs));
    // Writers never touch the measured suppliers, so an override can only come from the run's own audit.
    const others = nodes.map((n) => n.id).filter((id) => !measured.has(id));
    const today = new Date().toISOString().slice(0, 10);

    let written = 0;
    for (let w = 0; w < WRITERS; w++) {
      inBackground(async () => {
        for (let i = 0; !stopping; i++) {
          const supplierId = others[(w * 7919 + i * 104_729) % others.length]!;
          const r = await gql(stack.gateway, SUBMIT, { input: auditInput(supplierId, today, 10, `w${w}`) }, partner);
          if (r.errors) throw new Error(`writer ${w}: ${JSON.stringify(r.errors)}`);
          written++;
          await sleep(WRITER_PAUSE_MS);
        }
      });
    }
    const latencies: number[] = [];
    inBackground(async () => {
      for (let i = 0; !stopping; i++) {
        const id = others[(i * 7_331) % others.length]!;
        const started = performance.now();
        await send(stack.urls.insights!, {
          query: RISK_ENTITIES,
          variables: { representations: [{ __typename: 'Supplier', id }] },
          token: analyst,
        });
        latencies.push(performance.now() - started);
        await sleep(READER_EVERY_MS);
      }
    });
    // Let the writers reach their pace (and a tick or two carry their audits) before timing.
    await sleep(2 * INTERVAL_SECONDS * 1000);
    const writtenAtStart = written;
    const latenciesAtStart = latencies.length;
    const startedAt = performance.now();
    const seconds: number[] = [];
    for (const [run, supplierId] of [...measured].entries()) {
      const submitted = await gql(
        stack.gateway,
        SUBMIT,
        { input: auditInput(supplierId, today, 1, `bench run ${run}`) },
        partner,
      );
      if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
      const acknowledged = performance.now();
      for (;;) {
        const r = await gql(
          stack.gateway,
          'query($id: ID!) { supplier(id: $id) { risk { override } } }',
          { id: supplierId },
          analyst,
        );
        checkBackground();
        if (r.data?.supplier?.risk?.override) break;
        if (performance.now() - acknowledged > 180_000) throw new Error('risk not visible within 180 s');
        await sleep(100);
      }
      seconds.push((performance.now() - acknowledged) / 1000);
      console.log(`  run ${run + 1}/${runs}: ${seconds.at(-1)!.toFixed(2)} s (${written} audits by the writers)`);
      // Start the next run at another point of the loop's cycle, as a user would.
      await sleep(1000 + ((run * 1700) % (INTERVAL_SECONDS * 1000)));
    }
    checkBackground();
    const windowSeconds = (performance.now() - startedAt) / 1000;
    const writerRate = (written - writtenAtStart) / windowSeconds;
    const sample = latencies.slice(latenciesAtStart);
    const p95 = percentile(sample, 95);
    const summary = summarize(seconds);
    const status = await gql(stack.gateway, '{ warehouseStatus { buildId } }', {}, analyst);
    console.log(`  last build served: ${status.data?.warehouseStatus?.buildId}`);
    await recordResult(
      'freshness',
      [
        {
          measure:
            `audit acknowledged by the gateway → override visible in Supplier.risk, ${WRITERS} other clients ` +
            `submitting (sync interval ${INTERVAL_SECONDS} s)`,
          measured: `${fmtSummary(summary, 's', 2)}; worst ${summary.max.toFixed(2)} s`,
          runs,
          target: `≤ ${BUDGET_SECONDS} s`,
          status: verdict(summary.median, { atMost: BUDGET_SECONDS }),
          budgetId: 'freshness',
        },
        {
          measure:
            `insights Supplier.risk (\`_entities\`, ANALYST, a random supplier every ${READER_EVERY_MS} ms) ` +
            'while builds were published: p95',
          measured:
            `p95 ${p95.toFixed(1)} ms (p50 ${percentile(sample, 50).toFixed(1)}, ` +
            `p99 ${percentile(sample, 99).toFixed(1)}, max ${Math.max(...sample).toFixed(1)})`,
          runs: sample.length,
          target: `p95 ≤ ${LATENCY_BUDGET_MS} ms`,
          status: verdict(p95, { atMost: LATENCY_BUDGET_MS }),
        },
        {
          measure: `audits submitted by the ${WRITERS} writers (10 findings each) through the gateway meanwhile`,
          measured: `${fmtNumber(Math.round(writerRate))} audits/s (${fmtNumber(written)} in all)`,
          runs: 1,
          target: '—',
          status: 'info',
        },
      ],
      {
        title: 'Freshness in the running stack',
        command:
          `npx tsx bench/freshness.bench.ts${args.full ? ' --full' : ''}` + (args.runs ? ` --runs ${args.runs}` : ''),
        scale: args.scale,
        scaleNote,
        machine,
        notes: [
          'Every service is its own process (scripts/stack.ts) as under `npm start`; the wait is the rest of the ' +
            'tick under way (the loop starts the next at once after a tick that built; when idle, at most one ' +
            'interval) plus one tick (sync + build + publish of whatever arrived since the last) + the insights ' +
            'swap poll: so at scale it follows the incremental tick figures of the warehouse bench.',
          `${WRITERS} writer clients submit one audit of 10 findings each through the gateway as PARTNER, pausing ` +
            `${WRITER_PAUSE_MS} ms after each answer, for suppliers other than the measured ones; timing starts ` +
            `${2 * INTERVAL_SECONDS} s after they start.`,
          `The latency reader asks the insights subgraph directly (as the gateway would) for one random supplier's ` +
            `risk every ${READER_EVERY_MS} ms over the whole timed window, so its sample spans every build ` +
            'published then; client-side time, body sent to JSON parsed.',
        ],
      },
    );
    console.log(
      `freshness: median ${summary.median.toFixed(2)} s, worst ${summary.max.toFixed(2)} s; insights p95 ` +
        `${p95.toFixed(1)} ms`,
    );
  } finally {
    stopping = true;
    await Promise.allSettled(background);
    await stack.close();
  }
});
