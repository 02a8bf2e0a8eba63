/**
 * The gateway's metrics: every service's families (lib/ops/metrics.ts, prefix `tidemark_gateway_`) plus
 * subgraph fetch latency and errors.
 */
import { Counter, Histogram } from 'prom-client';
import { createServiceMetrics, type ServiceMetrics } from '../lib/ops/metrics.js';

export type { RequestOutcome } from '../lib/ops/metrics.js';
export type FetchOutcome = 'ok' | 'http_error' | 'timeout' | 'unreachable';

export interface GatewayMetrics extends ServiceMetrics {
  recordSubgraphFetch(subgraph: string, outcome: FetchOutcome, seconds: number): void;
}

export function createGatewayMetrics(): GatewayMetrics {
  const base = createServiceMetrics('gateway');
  const fetchLatency = new Histogram({
    name: 'tidemark_gateway_subgraph_fetch_duration_seconds',
    help: 'Subgraph fetch latency by subgraph and outcome (ok, http_error, timeout, unreachable)',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [base.registry],
  });
  const fetchErrors = new Counter({
    name: 'tidemark_gateway_subgraph_fetch_errors_total',
    help: 'Failed subgraph fetches by subgraph and reason (http_error, timeout, unreachable)',
    labelNames: ['subgraph', 'reason'],
    registers: [base.registry],
  });
  return {
    ...base,
    recordSubgraphFetch(subgraph, outcome, seconds) {
      fetchLatency.observe({ subgraph, outcome }, seconds);
      if (outcome !== 'ok') fetchErrors.inc({ subgraph, reason: outcome });
    },
  };
}
