/**
 * Prometheus metrics for every service, one registry per service instance (several services can run in one
 * test process). Each service gets the same families under its own prefix `tidemark_<service>_`: GraphQL
 * requests and latency by operation and outcome, DuckDB statement time, failures by kind, and Node's process
 * metrics. Services add their own families (gateway fetches, warehouse ticks) on the same registry.
 * Operation names come from clients, so that label is bounded: names must look like GraphQL names and only
 * the first MAX_OPERATION_NAMES distinct ones get their own series; the rest share `other`.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

const MAX_OPERATION_NAMES = 200;
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export type RequestOutcome = 'ok' | 'partial' | 'rejected' | 'unauthenticated' | 'error';

/** Called by the DuckDB dialect after each statement (lib/duckdb/database.ts `onQuery`). */
type QueryObserver = (seconds: number, failed: boolean) => void;

export interface ServiceMetrics {
  service: string;
  registry: Registry;
  /** `tidemark_<service>_` */
  prefix: string;
  recordRequest(operation: string | null, outcome: RequestOutcome, seconds: number): void;
  observeQuery: QueryObserver;
  /** Counts a failure worth alerting on, by kind (e.g. tick, sync, snapshot_open, request). */
  recordFailure(kind: string): void;
}

/** Maps client-supplied operation names to a bounded label set. */
function operationLabeller(max = MAX_OPERATION_NAMES): (name: string | null) => string {
  const known = new Set<string>();
  return (name) => {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (known.has(name)) return name;
    if (known.size >= max) return 'other';
    known.add(name);
    return name;
  };
}

export function createServiceMetrics(service: string): ServiceMetrics {
  const prefix = `tidemark_${service}_`;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix });
  const requests = new Counter({
    name: `${prefix}requests_total`,
    help: 'GraphQL requests by operation name and outcome (ok, partial, rejected, unauthenticated, error)',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: `${prefix}request_duration_seconds`,
    help: 'GraphQL request latency by operation name and outcome',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const queries = new Histogram({
    name: `${prefix}duckdb_query_duration_seconds`,
    help: 'DuckDB statement time (waiting for the connection excluded), by outcome',
    labelNames: ['outcome'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 30],
    registers: [registry],
  });
  const failures = new Counter({
    name: `${prefix}failures_total`,
    help:
      'Failures by kind: request (a 5xx or INTERNAL_SERVER_ERROR answer), duckdb (a failed statement) ' +
      'and service-specific kinds',
    labelNames: ['kind'],
    registers: [registry],
  });
  // Zero series from the start, so an alert on their rate has something to evaluate before the first failure.
  for (const kind of ['request', 'duckdb']) failures.inc({ kind }, 0);
  const label = operationLabeller();
  return {
    service,
    registry,
    prefix,
    recordRequest(operation, outcome, seconds) {
      const labels = { operation: label(operation), outcome };
      requests.inc(labels);
      latency.observe(labels, seconds);
      if (outcome === 'error') failures.inc({ kind: 'request' });
    },
    observeQuery(seconds, failed) {
      queries.observe({ outcome: failed ? 'error' : 'ok' }, seconds);
      if (failed) failures.inc({ kind: 'duckdb' });
    },
    recordFailure(kind) {
      failures.inc({ kind });
    },
  };
}

/**
 * `<prefix>served_build_age_seconds`: seconds since the served (or published) warehouse build was built, read
 * at scrape time; absent before the first build.
 */
export function servedBuildAgeGauge(metrics: ServiceMetrics, builtAt: () => string | null): void {
  new Gauge({
    name: `${metrics.prefix}served_build_age_seconds`,
    help: 'Age of the warehouse build this service serves or last published, in seconds (absent before the first)',
    registers: [metrics.registry],
    collect() {
      this.reset();
      const at = builtAt();
      if (at) this.set((Date.now() - Date.parse(at)) / 1000);
    },
  });
}
