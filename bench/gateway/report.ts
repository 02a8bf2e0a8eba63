/** Turns the bench's rounds into rows for docs/benchmarks.md (bench/lib/record.ts). */
import { fmtNumber, fmtSummary, verdict } from '../lib/format.js';
import type { ResultRow } from '../lib/record.js';
import { summarize, type Summary } from '../lib/stats.js';
import type { Round } from './round.js';

export const RATIO_BUDGET = 1.3;
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

function figureRows(label: string, rounds: readonly Round[]): ResultRow[] {
  const n = rounds.length;
  return [
    { measure: `${label}: requests per second`, measured: fmtSummary(summarize(rounds.map((r) => r.rps)), 'req/s', 0), runs: n },
    { measure: `${label}: latency p50 / p99`, measured: `${fmtSummary(summarize(rounds.map((r) => r.p50)), 'ms', 0)} / ${fmtSummary(summarize(rounds.map((r) => r.p99)), 'ms', 0)}`, runs: n },
  ];
}

/** Median over rounds of the CPU ms per answer of some processes together. */
function cpuRow(measure: string, rounds: readonly Round[], names: readonly string[]): ResultRow {
  const perRound = rounds.map((r) => names.reduce((sum, name) => sum + (r.cpuPerAnswer[name] ?? NaN), 0));
  return { measure, measured: perRound.some(Number.isNaN) ? 'unknown' : fmtSummary(summarize(perRound), 'ms', 1), runs: rounds.length };
}

export function comparisonRows(c: Comparison, budget: boolean): ResultRow[] {
  const r = ratios(c);
  const ratioOfMedians = summarize(c.ours.map((x) => x.rps)).median / summarize(c.vanilla.map((x) => x.rps)).median;
  return [
    {
      measure: `${c.label}: our gateway ÷ vanilla, requests per second (median of ${r.runs} back-to-back pairs; ratio of medians ${ratioOfMedians.toFixed(2)})`,
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
