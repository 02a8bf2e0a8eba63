/**
 * Sequential request latency against one GraphQL endpoint: each request is sent when the previous answer has
 * been read, so a figure is one request's own time (client-side: body sent → JSON parsed), never queueing
 * behind others. A response with errors stops the bench: an error is fast and would flatter the figure.
 */
import { percentile } from '../lib/stats.js';

export interface Request {
  query: string;
  variables: Record<string, unknown>;
  token: string;
}

export interface LatencySummary {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /**
   * CPU time of this process per request (server, DuckDB's threads and the client together): what a request
   * costs whatever the machine's load, while the latencies also show how long it waited for a core.
   */
  cpuMs: number;
  /** 1-minute load average before and after the run. */
  loadBefore: number;
  loadAfter: number;
}

export async function send(url: string, request: Request): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (response.status !== 200 || body.errors) {
    throw new Error(`HTTP ${response.status}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no body'} for ` +
        `${JSON.stringify(request.variables).slice(0, 200)}`);
  }
  return body.data;
}

/** Sends `warmup` requests untimed, then times `requests` one after another. */
export async function measureLatency(
  url: string,
  requests: readonly Request[],
  warmup: readonly Request[],
  loadAverage: () => number,
): Promise<LatencySummary> {
  for (const request of warmup) await send(url, request);
  const loadBefore = loadAverage();
  const cpuBefore = process.cpuUsage();
  const ms: number[] = [];
  for (const request of requests) {
    const started = performance.now();
    await send(url, request);
    ms.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  return {
    runs: ms.length,
    cpuMs: (cpu.user + cpu.system) / 1000 / ms.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
    max: Math.max(...ms),
    mean: ms.reduce((a, b) => a + b, 0) / ms.length,
    loadBefore,
    loadAfter: loadAverage(),
  };
}

export function fmtLatency(s: LatencySummary): string {
  const f = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
  return `p50 ${f(s.p50)} ms, p95 ${f(s.p95)} ms, p99 ${f(s.p99)} ms (max ${f(s.max)}); CPU ${f(s.cpuMs)} ms/request`;
}
