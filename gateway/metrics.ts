/**
 * Prometheus metrics for the gateway, on a registry of its own (several gateways can run in one test
 * process). Operation names come from clients, so the label is bounded: names must look like GraphQL names
 * and only the first MAX_OPERATION_NAMES distinct ones get their own series; the rest share `other`.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CircuitState } from './circuit-breaker.js';

const MAX_OPERATION_NAMES = 200;
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export type RequestOutcome = 'ok' | 'partial' | 'rejected' | 'unauthenticated' | 'error';
type FetchOutcome = 'ok' | 'http_error' | 'timeout' | 'unreachable' | 'circuit_open';

const CIRCUIT_STATES: Record<CircuitState, number> = { closed: 0, open: 1, half_open: 2 };

export interface GatewayMetrics {
  registry: Registry;
  recordRequest(operation: string | null, outcome: RequestOutcome, seconds: number): void;
  recordSubgraphFetch(subgraph: string, outcome: FetchOutcome, seconds: number): void;
  recordCircuitState(subgraph: string, url: string, state: CircuitState): void;
}

export function createGatewayMetrics(): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tidemark_gateway_' });
  const requests = new Counter({
    name: 'tidemark_gateway_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, partial, rejected, unauthenticated, error)',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'tidemark_gateway_request_duration_seconds',
    help: 'GraphQL request latency by operation name and outcome',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const fetchLatency = new Histogram({
    name: 'tidemark_gateway_subgraph_fetch_duration_seconds',
    help: 'Subgraph fetch latency by subgraph and outcome (ok, http_error, timeout, unreachable)',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const fetchErrors = new Counter({
    name: 'tidemark_gateway_subgraph_fetch_errors_total',
    help: 'Failed subgraph fetches by subgraph and reason (http_error, timeout, unreachable, circuit_open)',
    labelNames: ['subgraph', 'reason'],
    registers: [registry],
  });
  const circuit = new Gauge({
    name: 'tidemark_gateway_subgraph_circuit_state',
    help: 'Circuit breaker per subgraph URL: 0 closed, 1 open (fetches fail at once), 2 half-open (probing)',
    labelNames: ['subgraph', 'url'],
    registers: [registry],
  });
  const knownNames = new Set<string>();
  const operationLabel = (name: string | null): string => {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (knownNames.has(name)) return name;
    if (knownNames.size >= MAX_OPERATION_NAMES) return 'other';
    knownNames.add(name);
    return name;
  };
  return {
    registry,
    recordRequest(operation, outcome, seconds) {
      const labels = { operation: operationLabel(operation), outcome };
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
    recordSubgraphFetch(subgraph, outcome, seconds) {
      fetchLatency.observe({ subgraph, outcome }, seconds);
      if (outcome !== 'ok') fetchErrors.inc({ subgraph, reason: outcome });
    },
    recordCircuitState(subgraph, url, state) {
      circuit.set({ subgraph, url }, CIRCUIT_STATES[state]);
    },
  };
}
