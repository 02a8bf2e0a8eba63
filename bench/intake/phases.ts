/**
 * The two intake phases against a running audits subgraph. Payloads are built before the clock starts (the
 * figure is the server's, not the load generator's); after each phase the stored rows are counted and any
 * shortfall fails the bench.
 */
import { gql, type GraphQLResponse } from '../../tests/helpers/graphql.js';
import { fmtNumber, fmtSummary, verdict } from '../lib/format.js';
import type { ResultRow } from '../lib/record.js';
import type { IntakeStats } from './serve-protocol.js';
import { percentile, runPrepared, summarize } from '../lib/stats.js';
import { cpuMillis } from './cpu.js';
import { createJsonPoster } from './http-client.js';
import { auditInput, SUBMIT_BATCH, SUBMIT_ONE } from './payloads.js';
import { runPool } from './pool.js';

const BATCH_SIZE = 100;
const FINDINGS = 10;
const CONCURRENCY = 50;
const WARMUP_BATCH_CALLS = 2;
const WARMUP_SINGLES = 200;

export interface IntakeTarget {
  url: string;
  token: string;
  /** The server process, for its CPU time. */
  pid: number;
  /** Stored rows and the intake queue's group commits, asked of the server. */
  stats(): Promise<IntakeStats>;
}

/** Hands out distinct audit numbers and idempotency keys across phases: no two submissions share a body. */
let nextAudit = 0;

async function counts(target: IntakeTarget): Promise<{ audits: number; findings: number }> {
  const { audits, findings } = await target.stats();
  return { audits, findings };
}

function expectOk(response: GraphQLResponse, what: string): void {
  if (response.errors?.length || response.status !== 200) {
    throw new Error(`${what} failed (HTTP ${response.status}): ${JSON.stringify(response.errors?.[0] ?? response.data)}`);
  }
}

async function checkStored(target: IntakeTarget, before: { audits: number; findings: number }, submitted: number, phase: string): Promise<ResultRow> {
  const after = await counts(target);
  const audits = after.audits - before.audits;
  const findings = after.findings - before.findings;
  if (audits !== submitted || findings !== submitted * FINDINGS) {
    throw new Error(`${phase} intake lost rows: submitted ${submitted} audits / ${submitted * FINDINGS} findings, stored ` +
        `${audits} / ${findings}`);
  }
  return { measure: `${phase} phase: audits / findings stored vs submitted`, measured: `${fmtNumber(audits)} / ${fmtNumber(findings)} of ${fmtNumber(submitted)} / ` +
      `${fmtNumber(submitted * FINDINGS)}`, runs: 1, status: 'none lost' };
}

/** `submitAudits` with 100 audits × 10 findings per call, `calls` calls in sequence per run → audits/s. */
export async function runBatchPhase(target: IntakeTarget, opts: { calls: number; runs: number }): Promise<ResultRow[]> {
  const prepare = (calls: number) => async () => {
    const payloads = Array.from({ length: calls }, () =>
      Array.from({ length: BATCH_SIZE }, () => {
        const n = nextAudit++;
        return { idempotencyKey: `bench-${n}`, input: auditInput(n, FINDINGS) };
      }),
    );
    return async () => {
      for (const inputs of payloads) {
        const response = await gql(target.url, SUBMIT_BATCH, { inputs }, target.token);
        expectOk(response, 'submitAudits');
        if (response.data.submitAudits.results.length !== BATCH_SIZE) throw new Error('submitAudits returned fewer results than inputs');
      }
    };
  };
  const before = await counts(target);
  await (await prepare(WARMUP_BATCH_CALLS)())(); // JIT, first supplier registrations
  const rate = await runPrepared(prepare(opts.calls), {
    runs: opts.runs,
    measure: (_r, seconds) => (opts.calls * BATCH_SIZE) / seconds,
    onRun: (run, value) => console.log(`  batch run ${run + 1}: ${fmtNumber(value)} audits/s`),
  });
  const stored = await checkStored(target, before, (WARMUP_BATCH_CALLS + opts.runs * opts.calls) * BATCH_SIZE, 'batch');
  return [
    {
      measure: `\`submitAudits\`, ${opts.calls} sequential calls × ${BATCH_SIZE} audits × ${FINDINGS} findings (with ` +
        `facility matching and corrective actions)`,
      measured: fmtSummary(rate, 'audits/s', 0),
      runs: opts.runs,
      target: '≥ 1,000 audits/s',
      status: verdict(rate.median, { atLeast: 1_000 }),
      budgetId: 'intake-batch',
    },
    stored,
  ];
}

/** `submitAudit` from 50 concurrent clients, `count` submissions per run → latency p99 (and p50). */
export async function runSinglePhase(target: IntakeTarget, opts: { count: number; runs: number }): Promise<ResultRow[]> {
  const client = createJsonPoster(target.url, target.token);
  const cpuPerSubmission: number[] = [];
  const rates: number[] = [];
  const prepare = (count: number, measured: boolean) => async () => {
    const bodies = Array.from({ length: count }, () => {
      const n = nextAudit++;
      return { query: SUBMIT_ONE, variables: { input: auditInput(n, FINDINGS), key: `bench-${n}` } };
    });
    const latencies: number[] = [];
    return async () => {
      const cpuBefore = cpuMillis(target.pid);
      await runPool(count, CONCURRENCY, async (i) => {
        const started = performance.now();
        const response = await client.post(bodies[i]!);
        latencies.push(performance.now() - started);
        if (response.status !== 200 || response.body.errors?.length) {
          throw new Error(`submitAudit failed (HTTP ${response.status}): ` +
              `${JSON.stringify(response.body.errors?.[0] ?? response.body)}`);
        }
      });
      const cpuAfter = cpuMillis(target.pid);
      if (measured && cpuBefore !== null && cpuAfter !== null) cpuPerSubmission.push((cpuAfter - cpuBefore) / count);
      return latencies;
    };
  };
  try {
    const before = await counts(target);
    await (await prepare(WARMUP_SINGLES, false)())();
    const groupsBefore = (await target.stats()).totals;
    const p99 = await runPrepared(() => prepare(opts.count, true)(), {
      runs: opts.runs,
      measure: (latencies, seconds) => {
        rates.push(latencies.length / seconds);
        return percentile(latencies, 99);
      },
      onRun: (run, value, latencies) => console.log(`  single run ${run + 1}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${value.toFixed(1)} ms`),
    });
    const stored = await checkStored(target, before, WARMUP_SINGLES + opts.runs * opts.count, 'single');
    const after = await target.stats();
    const groups = after.totals.groups - groupsBefore.groups;
    const recent = after.groupSizes.slice(-Math.min(groups, after.groupSizes.length));
    const rows: ResultRow[] = [
      {
        measure: `\`submitAudit\` (10 findings), ${fmtNumber(opts.count)} submissions from ${CONCURRENCY} concurrent ` +
          `clients: p99 latency`,
        measured: fmtSummary(p99, 'ms', 1),
        runs: opts.runs,
        target: 'p99 ≤ 50 ms',
        status: verdict(p99.median, { atMost: 50 }),
        budgetId: 'intake-single-p99',
      },
      { measure: 'same: p50 latency', measured: fmtSummary(summarize(p99.results.map((l) => percentile(l, 50))), 'ms', 1), runs: opts.runs, status: 'info' },
      { measure: 'same: p90 latency', measured: fmtSummary(summarize(p99.results.map((l) => percentile(l, 90))), 'ms', 1), runs: opts.runs, status: 'info' },
      { measure: 'same: slowest submission of a run', measured: fmtSummary(summarize(p99.results.map((l) => Math.max(...l))), 'ms', 1), runs: opts.runs, status: 'info' },
      {
        measure: 'same: submissions per second',
        measured: fmtSummary(summarize(rates), 'submissions/s', 0),
        runs: opts.runs,
        status: 'info',
      },
    ];
    if (cpuPerSubmission.length > 0) {
      rows.push({ measure: 'same: audits subgraph CPU per submission (all its threads: JavaScript, DuckDB, GC)', measured: fmtSummary(summarize(cpuPerSubmission), 'ms', 2), runs: cpuPerSubmission.length, status: 'info' });
    }
    if (groups > 0) {
      const mean = (after.totals.units - groupsBefore.units) / groups;
      rows.push({ measure: 'same: submissions per group commit (mean, max)', measured: `${mean.toFixed(1)}, ${Math.max(...recent)}`, runs: opts.runs, status: 'info' });
    }
    rows.push(stored);
    return rows;
  } finally {
    client.close();
  }
}
