/** Turns the bench's rounds into rows for docs/benchmarks.md (bench/lib/record.ts). */
import { fmtNumber, fmtSummary, verdict } from '../lib/format.js';
import type { ResultRow } from '../lib/record.js';
import { summarize, type Summary } from '../lib/stats.js';
import { COUNTRY_OVERVIEW, PAGE_SIZE, SUPPLIER_PAGE } from './query.js';
import type { Round } from './round.js';

const RATIO_BUDGET = 1.3;
export const SUBGRAPH_PROCESSES = ['audits', 'agency', 'campaigns'] as const;

export interface Comparison {
  label: string;
  ours: Round[];
  vanilla: Round[];
}

/** Per-round ratios ours ÷ vanilla; each pair ran back to back, so slow drifts of the machine cancel. */
export function ratios(c: Comparison): Summary {
  return summarize(c.ours.map((r, i) => r.rps / c.vanilla[i]!.rps));
}

/** Requests per second and latency p50 / p99 over rounds (also the cluster bench's). */
export function figureRows(label: string, rounds: readonly Round[]): ResultRow[] {
  const n = rounds.length;
  return [
    {
      measure: `${label}: requests per second`,
      measured: fmtSummary(summarize(rounds.map((r) => r.rps)), 'req/s', 0),
      runs: n,
    },
    {
      measure: `${label}: latency p50 / p99`,
      measured:
        `${fmtSummary(summarize(rounds.map((r) => r.p50)), 'ms', 0)} / ` +
        `${fmtSummary(summarize(rounds.map((r) => r.p99)), 'ms', 0)}`,
      runs: n,
    },
  ];
}

/** Median over rounds of the CPU ms per answer of some processes together. */
function cpuRow(measure: string, rounds: readonly Round[], names: readonly string[]): ResultRow {
  const perRound = rounds.map((r) => names.reduce((sum, name) => sum + (r.cpuPerAnswer[name] ?? NaN), 0));
  return {
    measure,
    measured: perRound.some(Number.isNaN) ? 'unknown' : fmtSummary(summarize(perRound), 'ms', 1),
    runs: rounds.length,
  };
}

export function comparisonRows(c: Comparison, budget: boolean): ResultRow[] {
  const r = ratios(c);
  const ratioOfMedians = summarize(c.ours.map((x) => x.rps)).median / summarize(c.vanilla.map((x) => x.rps)).median;
  return [
    {
      measure:
        `${c.label}: our gateway ÷ vanilla, requests per second (median of ${r.runs} back-to-back pairs; ratio ` +
        `of medians ${ratioOfMedians.toFixed(2)})`,
      measured: fmtSummary(r, '×', 2),
      runs: r.runs,
      target: budget ? `≥ ${RATIO_BUDGET} × (never below 1.0 ×)` : 'never below 1.0 ×',
      status: budget ? verdict(r.median, { atLeast: RATIO_BUDGET }) : verdict(r.median, { atLeast: 1 }),
      ...(budget ? { budgetId: 'gateway-throughput' } : {}),
    },
    ...figureRows(`${c.label}: our gateway, all protections on`, c.ours),
    ...figureRows(`${c.label}: vanilla @apollo/gateway + @apollo/server`, c.vanilla),
    cpuRow(`${c.label}: CPU per answer, our gateway process`, c.ours, ['gateway']),
    cpuRow(`${c.label}: CPU per answer, vanilla gateway process`, c.vanilla, ['gateway']),
    cpuRow(`${c.label}: CPU per answer, the three subgraphs together, behind ours`, c.ours, SUBGRAPH_PROCESSES),
    cpuRow(`${c.label}: CPU per answer, the three subgraphs together, behind vanilla`, c.vanilla, SUBGRAPH_PROCESSES),
  ];
}

export function floorRows(label: string, rounds: readonly Round[]): ResultRow[] {
  return [...figureRows(label, rounds), cpuRow(`${label}: CPU per answer, audits process`, rounds, ['audits'])];
}

export function tokenRow(minted: number, reused: number): ResultRow {
  return {
    measure: 'distinct tokens minted; requests that reused one',
    measured: `${fmtNumber(minted)}; ${fmtNumber(reused)}`,
    runs: 1,
    status: reused === 0 ? 'every request distinct' : 'info',
  };
}

/** The method, as notes under the results table. */
export function methodNotes(o: {
  pageCountries: number;
  warmupSeconds: number;
  windowSeconds: number;
  profile: boolean;
}): string[] {
  return [
    `Supplier page (the budget's query): ${SUPPLIER_PAGE.description}. Its ${PAGE_SIZE} suppliers lie in ` +
      `${o.pageCountries} countries: vanilla sends agency and campaigns ${PAGE_SIZE} representations each, ours ` +
      `${o.pageCountries} (entity de-duplication within the request, gateway/entity-dedup.ts).`,
    `Country overview: ${COUNTRY_OVERVIEW.description}; nothing to de-duplicate, so it shows the gateways' own cost.`,
    'Both gateways return identical data for both queries, checked before measuring. Each subgraph and each ' +
      'gateway runs in its own child process; autocannon runs in the bench process; all on loopback, sharing the ' +
      '2 cores.',
    'Every request carries a PARTNER token no other request carried; both gateways forward it and the ' +
      'subgraphs verify it; ours also verifies it and applies every limit (depth, aliases, root fields, tokens, ' +
      'cost, batch, body size), the introspection policy, masking and metrics. Vanilla is Apollo’s documented ' +
      'setup: RemoteGraphQLDataSource forwarding Authorization, startStandaloneServer, no plugins, default ' +
      'fetcher.',
    `Rounds alternate ours, vanilla, ours, vanilla… after a ${o.warmupSeconds} s warm-up of each gateway; the ` +
      `ratio is the median of the per-round ratios. Figures count only whole answers (HTTP 200 without errors) ` +
      `arriving in each round's ${o.windowSeconds} s window; the run stops if any answer is not whole.`,
    'CPU per answer: user + system time of each process over the round (/proc), divided by the whole answers ' +
      'it served.',
    ...(o.profile ? ['Our gateway ran under `node --cpu-prof` in this run, which slows it.'] : []),
  ];
}
