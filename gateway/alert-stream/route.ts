/**
 * `/graphql/stream`: GraphQL over Server-Sent Events (graphql-sse, "distinct connections" mode: one event stream
 * per subscription, GET or POST), authenticated with the same bearer token as /graphql. Only
 * `subscription { alertRaised }` is served here (alert-poller.ts). docs/alerts.md shows curl and browser use.
 */
import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/http';
import type { TokenVerifier } from '../../lib/auth.js';
import type { RouteHandler } from '../../lib/http-server.js';
import type { Logger } from '../../lib/logger.js';
import type { GatewayContext } from '../context.js';
import type { GraphExecutor } from '../graph-executor.js';
import { authenticateRoute, sendRouteError } from '../route-auth.js';
import { subscribeToAlerts } from './alert-poller.js';

export const ALERT_STREAM_PATH = '/graphql/stream';
export const DEFAULT_ALERT_POLL_MS = 500;

export function alertStreamRoute(options: {
  schema: GraphQLSchema;
  verifier: TokenVerifier;
  log: Logger;
  graph: GraphExecutor;
  pollMs: number;
}): RouteHandler {
  const contexts = new WeakMap<http.IncomingMessage, GatewayContext>();
  // graphql-sse types its context as a plain record; ours is the gateway's request context.
  type StreamContext = GatewayContext & Record<PropertyKey, unknown>;
  const handler = createHandler<StreamContext>({
    schema: options.schema,
    // No stream tokens: every subscription gets its own event stream ("distinct connections" mode).
    authenticate: () => null as never,
    context: (req) => contexts.get(req.raw)! as StreamContext,
    subscribe: (args) => subscribeToAlerts(options.graph, options.pollMs, args as never),
    execute: (args) => subscribeToAlerts(options.graph, options.pollMs, args as never),
  });
  return async (req, res) => {
    const ctx = await authenticateRoute(req, res, options);
    if (!ctx) return;
    contexts.set(req, ctx);
    try {
      await handler(req, res);
    } catch (error) {
      ctx.log.error({ err: error }, 'alert stream failed');
      if (!res.headersSent)
        sendRouteError(res, 500, 'INTERNAL_SERVER_ERROR', `Internal error (request ${ctx.requestId})`);
      else res.destroy();
    }
  };
}
