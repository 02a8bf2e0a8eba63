/**
 * Everything a subgraph process shares: SDL + resolvers → federated schema, Apollo Server with masking,
 * token verification on every request (a subgraph port reached directly grants nothing), request ids,
 * JSON logs, Prometheus /metrics (requests by operation; lib/ops/metrics.ts). Each subgraph's server.ts only supplies
 * its schema, resolvers and per-request extras.
 */
import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { GraphQLError, parse } from 'graphql';
import { applyAccessRules, type AccessRules } from './access.js';
import { bearerToken, type TokenVerifier } from './auth.js';
import { guardEntityRepresentations } from './entity-representations.js';
import { errorMaskingPlugin } from './error-masking.js';
import { startHttpServer, type RouteHandler, type RunningServer } from './http-server.js';
import { createServiceMetrics, type ServiceMetrics } from './ops/metrics.js';
import { metricsRoute } from './ops/operator-auth.js';
import { requestMetering } from './ops/request-outcome.js';
import type { RequestContext } from './identity.js';
import type { Logger } from './logger.js';

export interface SubgraphServiceOptions<TExtra extends object> {
  name: string;
  schemaFile: string;
  /**
   * The subgraph's codegen-typed `Resolvers`; Apollo's own map type cannot express its enum and scalar
   * typing, so the one conversion happens here rather than a cast in every server.ts.
   */
  resolvers: object;
  /** Field-level role rules; every field needs one (see lib/access.ts). */
  access: AccessRules;
  port: number;
  host: string;
  verifier: TokenVerifier;
  log: Logger;
  /** Per-request additions to the context (stores, loaders). */
  extend: (base: RequestContext) => TExtra;
  introspection?: boolean;
  onStop?: () => Promise<void>;
  /** Extra Apollo plugins, e.g. to release per-request resources once the response is sent. */
  plugins?: ApolloServerPlugin<SubgraphContext<TExtra>>[];
  /** The service's metrics (pass the one its DuckDB file reports to); default: a new one. Served at /metrics. */
  metrics?: ServiceMetrics;
  /** Extra operator routes, e.g. 'POST /backup' (lib/ops/backup-route.ts). */
  routes?: Record<string, RouteHandler>;
  /** Extra fields of /health. */
  health?: () => object;
}

export type SubgraphContext<TExtra extends object> = RequestContext & TExtra;

export async function startSubgraphService<TExtra extends object>(options: SubgraphServiceOptions<TExtra>): Promise<RunningServer> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(readFileSync(options.schemaFile, 'utf8')),
    resolvers: options.resolvers as GraphQLResolverMap<unknown>,
  });
  guardEntityRepresentations(schema);
  applyAccessRules(schema, options.access);
  const metrics = options.metrics ?? createServiceMetrics(options.name);
  const metering = requestMetering<SubgraphContext<TExtra>>(metrics);
  const apollo = new ApolloServer<SubgraphContext<TExtra>>({
    schema,
    introspection: options.introspection ?? false,
    includeStacktraceInErrorResponses: false,
    // lib/service-runner.ts owns SIGINT/SIGTERM (it must close the DuckDB file too). Apollo's own handler
    // would race it: a second stop() while Apollo's first is running waits on a barrier Apollo never
    // resolves on success (@apollo/server 5.5), so the process hung on SIGTERM.
    stopOnTerminationSignals: false,
    plugins: [
      // Inline traces (ftv1) are for Apollo's cloud reporting, which we never use; they cost time on every request.
      ApolloServerPluginInlineTraceDisabled(),
      errorMaskingPlugin(options.log), metering.plugin, ...(options.plugins ?? [])],
  });
  await apollo.start();
  const running = await startHttpServer({
    routes: { '/metrics': metricsRoute(options.verifier, metrics.registry), ...options.routes },
    health: options.health,
    onResponse: metering.onResponse,
    apollo,
    port: options.port,
    host: options.host,
    maxBodyBytes: 20_000_000, // batch intake; the gateway enforces the public limit
    async context({ req, requestId }) {
      const log = options.log.child({ requestId });
      let token: string | null;
      try {
        token = bearerToken(req.headers.authorization ?? null);
      } catch (error) {
        // A malformed Authorization header is a 401 like a missing one, not a 500.
        throw new GraphQLError((error as GraphQLError).message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
      if (!token) {
        throw new GraphQLError('Sign in: send a valid bearer token in the Authorization header', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      const identity = await options.verifier.verify(token).catch((error: GraphQLError) => {
        throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      });
      const base: RequestContext = { requestId, identity, token, log };
      return { ...base, ...options.extend(base) };
    },
  });
  options.log.info({ url: running.url }, `${options.name} subgraph listening`);
  return {
    ...running,
    async stop() {
      await running.stop();
      await options.onStop?.();
    },
  };
}
