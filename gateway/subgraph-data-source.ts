/**
 * How the gateway calls one subgraph: forwards the caller's bearer token (the subgraph verifies it again)
 * and request id (so log lines join up), times every fetch, and turns a subgraph that is down, slow or
 * answering garbage into one SUBGRAPH_UNAVAILABLE error naming it. The gateway then returns what the other
 * subgraphs answered, with the fields this one serves as null: partial data, never a hang or a crash.
 * Entity fetches send each distinct representation once (entity-dedup.ts).
 */
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { appError, CLIENT_ERROR_CODES } from '../lib/errors.js';
import { CircuitOpenError, type CircuitBreakers } from './circuit-breaker.js';
import type { GatewayContext } from './context.js';
import { dedupeRepresentations, expandEntities } from './entity-dedup.js';
import type { GatewayMetrics } from './metrics.js';
import { SubgraphTimeoutError } from './subgraph-fetcher.js';

function subgraphUnavailable(subgraph: string, reason: string, detail: string): GraphQLError {
  return appError('SUBGRAPH_UNAVAILABLE', `The ${subgraph} service is unavailable (${detail}); the fields it serves are null in this response. Retry ` +
      `shortly.`, {
    subgraph,
    reason,
  });
}

/**
 * Wraps the shared HTTP client for one subgraph: the URL's circuit breaker (circuit-breaker.ts), timing,
 * metrics, and failures as SUBGRAPH_UNAVAILABLE.
 */
function instrumentedFetcher(
  subgraph: string,
  fetcher: Fetcher,
  metrics: GatewayMetrics,
  breakers: CircuitBreakers,
): Fetcher {
  return async (url, init) => {
    const breaker = breakers.for(url);
    try {
      breaker.guard();
    } catch (error) {
      if (!(error instanceof CircuitOpenError)) throw error;
      metrics.recordSubgraphFetch(subgraph, 'circuit_open', 0);
      const detail = 'not answering; calls are suspended until a health probe succeeds';
      throw subgraphUnavailable(subgraph, 'circuit_open', detail);
    }
    const started = performance.now();
    try {
      const response = await fetcher(url, init);
      breaker.recordSuccess();
      metrics.recordSubgraphFetch(subgraph, response.ok ? 'ok' : 'http_error', (performance.now() - started) / 1000);
      return response;
    } catch (error) {
      const timedOut = error instanceof SubgraphTimeoutError;
      // Only silence trips the breaker: a refused connection already fails fast.
      if (timedOut) breaker.recordFailure();
      metrics.recordSubgraphFetch(subgraph, timedOut ? 'timeout' : 'unreachable', (performance.now() - started) / 1000);
      if (timedOut) throw subgraphUnavailable(subgraph, 'timeout', `no answer within ${error.timeoutMs} ms`);
      const code = (error as NodeJS.ErrnoException).code;
      throw subgraphUnavailable(subgraph, 'unreachable', code === 'ECONNREFUSED' ? 'connection refused' : 'connection failed');
    }
  };
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly subgraph: string;

  constructor(options: {
    subgraph: string;
    url: string;
    fetcher: Fetcher;
    metrics: GatewayMetrics;
    breakers: CircuitBreakers;
  }) {
    const fetcher = instrumentedFetcher(options.subgraph, options.fetcher, options.metrics, options.breakers);
    super({ url: options.url, fetcher, honorSubgraphCacheControlHeader: false });
    this.subgraph = options.subgraph;
  }

  /** Entity fetches send each distinct representation once (see entity-dedup.ts). */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource['process']> {
    const variables = options.request.variables;
    const deduped = dedupeRepresentations(variables?.representations);
    if (!deduped) return super.process(options);
    const response = await super.process({ ...options, request: { ...options.request, variables: { ...variables, representations: deduped.unique } } });
    return expandEntities(response, deduped);
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    const context = options.context as Partial<GatewayContext>;
    if (!headers || !context.token) return;
    headers.set('authorization', `Bearer ${context.token}`);
    if (context.requestId) headers.set('x-request-id', context.requestId);
  }

  /**
   * A non-2xx answer: a client error the subgraph explains passes on with its code; anything else is unavailability.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    let first: { message?: unknown; extensions?: { code?: unknown } } | undefined;
    try {
      first = JSON.parse(await response.text())?.errors?.[0];
    } catch {
      first = undefined;
    }
    const code = first?.extensions?.code;
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code) && typeof first?.message === 'string') {
      return new GraphQLError(first.message, { extensions: { code, subgraph: this.subgraph } });
    }
    return subgraphUnavailable(this.subgraph, 'http_error', `HTTP ${response.status}`);
  }
}
