/**
 * The gateway: @apollo/gateway inside Apollo Server over lib/http-server.ts. Order of checks per request:
 * body size (413) → JWT (401) → batch size → token count (parser) → depth, aliases, root fields (validation)
 * → introspection policy and cost (after the operation is resolved) → query plan → subgraph fetches.
 * Everything that can refuse an operation runs before the first subgraph request.
 */
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { createVerifier, DEFAULT_AUDIENCE, DEFAULT_ISSUER, type TokenVerifier } from '../lib/auth.js';
import { errorMaskingPlugin } from '../lib/error-masking.js';
import { startHttpServer, type RunningServer } from '../lib/http-server.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { CircuitBreakers, DEFAULT_BREAKER_OPTIONS, type CircuitBreakerOptions } from './circuit-breaker.js';
import { ALERT_STREAM_PATH, alertStreamRoute, DEFAULT_ALERT_POLL_MS } from './alert-stream/route.js';
import { alertStreamSchema } from './alert-stream/stream-schema.js';
import { createContextFunction, type GatewayContext } from './context.js';
import { exportRoutes } from './exports/routes.js';
import { formatGatewayError } from './format-error.js';
import { createGraphExecutor } from './graph-executor.js';
import { introspectionPolicyPlugin } from './introspection-policy.js';
import { costLimitPlugin, DEFAULT_LIMITS, limitParseOptions, limitValidationRules, readCostMetadata, type OperationLimits } from './limits/index.js';
import { createGatewayMetrics, type GatewayMetrics } from './metrics.js';
import { operationGuardPlugin } from './operation-guard.js';
import { opsRoutes } from './ops-routes.js';
import { createReplicaFetcher, replicaUrls } from './replicas.js';
import { requestMetering } from '../lib/ops/request-outcome.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';
import { readSupergraph, subgraphNamesOf } from './supergraph-file.js';

export type GatewayMode = 'development' | 'production' | 'test';

export interface GatewayOptions {
  port: number;
  /** Default 127.0.0.1: put a TLS-terminating proxy in front rather than exposing the gateway. */
  host?: string;
  /** Composed supergraph SDL; default: gateway/supergraph.graphql. Its routing URLs are ignored. */
  supergraphSdl?: string;
  /** Where each subgraph named in the supergraph listens (`http://127.0.0.1:4001/graphql`), or its replicas. */
  subgraphUrls: Record<string, string | readonly string[]>;
  /** Token verifier; default: HS256 with `${dataDir}/jwt-secret`, issuer and audience defaults. */
  verifier?: TokenVerifier;
  dataDir: string;
  log?: Logger;
  limits?: Partial<OperationLimits>;
  /** Deadline for one subgraph fetch; past it the fetch fails as SUBGRAPH_UNAVAILABLE. Default 10 s. */
  subgraphTimeoutMs?: number;
  /** When a subgraph's circuit opens and how it is probed; default DEFAULT_BREAKER_OPTIONS. */
  breaker?: Partial<CircuitBreakerOptions>;
  /** Introspection is possible only in development (and only for ANALYST tokens). */
  mode: GatewayMode;
  /** /ready turns not-ready when the served warehouse build is older than this (0: never). Default 26 h. */
  maxBuildAgeSeconds?: number;
  /** How often a live alert subscription asks the graph for new alerts (default 500 ms). */
  alertPollMs?: number;
}

export interface RunningGateway extends RunningServer {
  metrics: GatewayMetrics;
}

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;
/** A day (the warehouse rebuilds at least daily) plus two hours of slack. */
export const DEFAULT_MAX_BUILD_AGE_SECONDS = 26 * 3600;

export async function start(options: GatewayOptions): Promise<RunningGateway> {
  // The gateway must never call a third party: no Apollo telemetry, usage or schema reporting.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const log = options.log ?? createLogger('gateway');
  const limits: OperationLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const supergraphSdl = options.supergraphSdl ?? readSupergraph();
  const names = subgraphNamesOf(supergraphSdl);
  const missing = names.filter((name) => !options.subgraphUrls[name]);
  if (missing.length > 0) throw new Error(`gateway: no URL for subgraph(s) ${missing.join(', ')} (set ${missing.map((n) => `${n.toUpperCase()}_URL`).join(', ')})`);
  // Only the subgraphs the supergraph routes to: /ready waits for exactly these.
  const subgraphUrls = Object.fromEntries(names.map((name) => [name, replicaUrls(options.subgraphUrls[name]!)]));
  const verifier =
    options.verifier ?? createVerifier({ issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, secretFile: join(options.dataDir, 'jwt-secret') });
  const metrics = createGatewayMetrics();
  const fetcher = createSubgraphFetcher({ timeoutMs: options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS });
  // The breaker of a subgraph is keyed by its first replica's URL (the data source's); replicas.ts retries
  // inside it, so it opens only when no replica answers.
  const subgraphOfUrl = new Map(Object.entries(subgraphUrls).map(([name, urls]) => [urls[0]!, name]));
  const breakers = new CircuitBreakers({ ...DEFAULT_BREAKER_OPTIONS, ...options.breaker }, (url, state) => {
    const subgraph = subgraphOfUrl.get(url) ?? 'unknown';
    metrics.recordCircuitState(subgraph, url, state);
    log.warn({ subgraph, url, state }, 'subgraph circuit breaker changed state');
  });

  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: log,
    // Query plans reveal subgraph operations; never return them to clients.
    __exposeQueryPlanExperimental: false,
    // Replicas: round-robin, a failed read retried on the next one (gateway/replicas.ts).
    buildService: ({ name }) =>
      new SubgraphDataSource({
        subgraph: name,
        url: subgraphUrls[name]![0]!,
        fetcher: createReplicaFetcher(subgraphUrls[name]!, fetcher),
        metrics,
        breakers,
      }),
  });
  const metering = requestMetering<GatewayContext>(metrics);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: log,
    // Allowed here and restricted per caller by the introspection policy plugin.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: true,
    persistedQueries: false,
    stopOnTerminationSignals: false,
    parseOptions: limitParseOptions(limits),
    validationRules: limitValidationRules(limits),
    formatError: formatGatewayError,
    // Compact JSON: Apollo's default pretty-prints every response, which costs CPU on the hot path.
    stringifyResult: (value) => JSON.stringify(value),
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      operationGuardPlugin(),
      introspectionPolicyPlugin(options.mode),
      costLimitPlugin(readCostMetadata(supergraphSdl), limits),
      errorMaskingPlugin<GatewayContext>(log),
      metering.plugin,
    ],
  });
  await apollo.start();
  const graph = createGraphExecutor(apollo, metering.notes);
  const streamSchema = gateway.schema ? alertStreamSchema(gateway.schema) : null;
  const pollMs = options.alertPollMs ?? DEFAULT_ALERT_POLL_MS;

  const running = await startHttpServer({
    apollo,
    port: options.port,
    host: options.host ?? '127.0.0.1',
    maxBodyBytes: limits.maxBodyBytes,
    context: createContextFunction({ verifier, log, maxBatch: limits.maxBatch }),
    routes: {
      ...opsRoutes({
        verifier,
        metrics,
        subgraphUrls,
        maxBuildAgeSeconds: options.maxBuildAgeSeconds ?? DEFAULT_MAX_BUILD_AGE_SECONDS,
      }),
      ...exportRoutes({ verifier, log, graph }),
    },
    streamRoutes: streamSchema
      ? { [ALERT_STREAM_PATH]: alertStreamRoute({ schema: streamSchema, verifier, log, graph, pollMs }) }
      : {},
    onResponse: metering.onResponse,
  });
  log.info({ url: running.url, mode: options.mode, subgraphs: subgraphUrls }, 'gateway listening');
  return {
    ...running,
    metrics,
    async stop() {
      await running.stop();
      fetcher.close();
    },
  };
}
