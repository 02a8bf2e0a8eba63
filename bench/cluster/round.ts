/**
 * One measured round against one or more gateways at once: the connections are split evenly over the
 * gateways (autocannon cannot spread one instance over several URLs; a load balancer in front of two gateways
 * would do the same split), every answer is checked whole, and the CPU of every process of the topology is
 * metered. Requests per second add up over the gateways; p50 / p99 are the highest of the gateways' own.
 */
import { fmtNumber } from '../lib/format.js';
import { startCpuMeter } from '../gateway/cpu-time.js';
import { runLoad } from '../gateway/load.js';
import { ensureTokensFor, type Round, type RoundTiming } from '../gateway/round.js';
import type { TokenPool } from '../gateway/tokens.js';

export interface Topology {
  name: string;
  gateways: string[];
  body: string;
  /** Every process that serves this topology's answers: name (e.g. `audits-2`) → pid. */
  processes: Record<string, number>;
}

export async function runSpreadRound(
  topology: Topology,
  timing: RoundTiming,
  tokens: TokenPool,
  expectedRps: number,
): Promise<Round> {
  await ensureTokensFor(tokens, timing, expectedRps);
  const meter = startCpuMeter({ ...topology.processes, autocannon: process.pid });
  const connections = Math.floor(timing.connections / topology.gateways.length);
  const loads = await Promise.all(
    topology.gateways.map((url) =>
      runLoad({
        url,
        body: topology.body,
        tokens,
        connections,
        settleSeconds: timing.settleSeconds,
        seconds: timing.seconds,
      }),
    ),
  );
  const cpu = meter.stop();
  const sum = (pick: (l: (typeof loads)[number]) => number) => loads.reduce((n, l) => n + pick(l), 0);
  const failures = sum((l) => l.failures);
  if (failures > 0)
    throw new Error(
      `${topology.name}: ${failures} answers were not whole; first: ${loads.find((l) => l.firstFailure)?.firstFailure}`,
    );
  const answers = sum((l) => l.answers);
  if (answers === 0) throw new Error(`${topology.name}: no answer within the ${timing.seconds} s window`);
  const allAnswers = sum((l) => l.allAnswers);
  const cpuPerAnswer = Object.fromEntries(
    Object.entries(cpu).map(([k, ms]) => [k, ms === null ? null : ms / allAnswers]),
  );
  const round: Round = {
    rps: sum((l) => l.rps),
    p50: Math.max(...loads.map((l) => l.p50)),
    p99: Math.max(...loads.map((l) => l.p99)),
    answers,
    allAnswers,
    windowSeconds: timing.seconds,
    failures: 0,
    firstFailure: null,
    cpuPerAnswer,
  };
  const total = Object.values(cpuPerAnswer).reduce<number>((n, ms) => n + (ms ?? NaN), 0);
  console.log(
    `  ${topology.name.padEnd(12)} ${fmtNumber(round.rps, 0).padStart(6)} req/s  p50 ` +
      `${round.p50.toFixed(0).padStart(4)} ms  p99 ${round.p99.toFixed(0).padStart(4)} ms  ` +
      `CPU ms/answer: all ${total.toFixed(1)} (${Object.entries(cpuPerAnswer)
        .map(([k, ms]) => `${k} ${ms === null ? '?' : ms.toFixed(1)}`)
        .join(', ')})`,
  );
  return round;
}
