/**
 * One measured round: fresh tokens minted off the clock, the load, and the CPU each process spent per whole
 * answer (server under test, subgraphs, and this process, which runs autocannon).
 */
import { fmtNumber } from '../lib/format.js';
import { startCpuMeter } from './cpu-time.js';
import { runLoad, type LoadResult } from './load.js';
import type { TokenPool } from './tokens.js';

export interface Target {
  name: string;
  url: string;
  body: string;
  /** Processes whose CPU time is metered: name → pid. */
  processes: Record<string, number>;
}

export interface RoundTiming {
  connections: number;
  settleSeconds: number;
  seconds: number;
}

/** The rounds' timing and the warm-up's, quick or --full (the gateway and cluster benches alike). */
export function roundTimings(full: boolean, connections: number): { timing: RoundTiming; warmup: RoundTiming } {
  const timing: RoundTiming = { connections, settleSeconds: full ? 2 : 1, seconds: full ? 10 : 3 };
  return { timing, warmup: { ...timing, seconds: full ? 5 : 2 } };
}

/** Unused tokens enough for a round of `timing` at up to `expectedRps`, with headroom. */
export async function ensureTokensFor(tokens: TokenPool, timing: RoundTiming, expectedRps: number): Promise<void> {
  const totalSeconds = timing.settleSeconds + timing.seconds + 1;
  await tokens.ensure(Math.ceil(Math.max(expectedRps, 300) * totalSeconds * 1.5) + timing.connections);
}

export interface Round extends LoadResult {
  /** CPU milliseconds per whole answer, per process; null where /proc is unavailable. */
  cpuPerAnswer: Record<string, number | null>;
}

export async function runRound(
  target: Target,
  timing: RoundTiming,
  tokens: TokenPool,
  expectedRps: number,
): Promise<Round> {
  // Enough unused tokens for the whole round, with headroom over the fastest rate seen so far.
  await ensureTokensFor(tokens, timing, expectedRps);
  const meter = startCpuMeter({ ...target.processes, autocannon: process.pid });
  const result = await runLoad({ url: target.url, body: target.body, tokens, ...timing });
  const cpu = meter.stop();
  if (result.failures > 0)
    throw new Error(`${target.name}: ${result.failures} answers were not whole; first: ${result.firstFailure}`);
  if (result.answers === 0) throw new Error(`${target.name}: no answer within the ${timing.seconds} s window`);
  const cpuPerAnswer = Object.fromEntries(
    Object.entries(cpu).map(([k, ms]) => [k, ms === null ? null : ms / result.allAnswers]),
  );
  const cpuText = Object.entries(cpuPerAnswer)
    .map(([k, ms]) => `${k} ${ms === null ? '?' : ms.toFixed(1)}`)
    .join(', ');
  console.log(
    `  ${target.name.padEnd(8)} ${fmtNumber(result.rps, 0).padStart(6)} req/s  p50 ` +
      `${result.p50.toFixed(0).padStart(4)} ms  p99 ${result.p99.toFixed(0).padStart(4)} ms  CPU ms/answer: ` +
      `${cpuText}`,
  );
  return { ...result, cpuPerAnswer };
}
