/**
 * The gateway's metrics: every service's families (lib/ops/metrics.ts, prefix `tidemark_gateway_`) plus
 * subgraph fetch latency and errors and each subgraph's circuit-breaker state.
 */
import { Counter, Gauge, Histogram } from 'prom-client';
import { createServiceMetrics, type ServiceMetrics } from '../lib/ops/metrics.js';
import type { CircuitState } from './circuit-breaker.js';

type FetchOutcome = 'ok' | 'http_error' | 'timeout' | 'unreachable' | 'circuit_open';

const CIRCUIT_STATES: Record<CircuitState, number> = { closed: 0, open: 1, half_open: 2 };

export interface GatewayMetrics extends ServiceMetrics {
  recordSubgraphFetch(subgraph: string, outcome: FetchOutcome, seconds: number): void;
  recordCircuitState(subgraph: string, url: string, state: CircuitState): void;
}

export function createGatewayMetrics(): GatewayMetrics {
  const base = createServiceMetrics('gateway');
  const fetchLatency = new Histogram({
    name: 'tidemark_gateway_subgraph_fetch_duration_seconds',
    help: 'Subgraph fetch latency by subgraph and outcome (ok, http_error, timeout, unreachable, circuit_open)',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [base.registry],
  });
  const fetchErrors = new Counter({
    name: 'tidemark_gateway_subgraph_fetch_errors_total',
    help: 'Failed subgraph fetches by subgraph and reason (http_error, timeout, unreachable, circuit_open)',
    labelNames: ['subgraph', 'reason'],
    registers: [base.registry],
  });
  const circuit = new Gauge({
    name: 'tidemark_gateway_subgraph_circuit_state',
    help: 'Circuit breaker per subgraph URL: 0 closed, 1 open (fetches fail at once), 2 half-open (probing)',
    labelNames: ['subgraph', 'url'],
    registers: [base.registry],
  });
  return {
    ...base,
    recordSubgraphFetch(subgraph, outcome, seconds) {
      fetchLatency.observe({ subgraph, outcome }, seconds);
      if (outcome !== 'ok') fetchErrors.inc({ subgraph, reason: outcome });
    },
    recordCircuitState(subgraph, url, state) {
      circuit.set({ subgraph, url }, CIRCUIT_STATES[state]);
    },
  };
}
