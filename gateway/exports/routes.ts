/** The export routes (lib/exports/catalog.ts), authenticated like /graphql, errors as JSON with a code. */
import type http from 'node:http';
import type { TokenVerifier } from '../../lib/auth.js';
import type { RouteHandler } from '../../lib/http-server.js';
import type { Logger } from '../../lib/logger.js';
import type { GatewayContext } from '../context.js';
import type { GraphExecutor } from '../graph-executor.js';
import { authenticateRoute, sendRouteError } from '../route-auth.js';
import { ExportFailure } from './export-failure.js';
import { ParamError } from './export-params.js';
import { exportIndicators } from './indicators-export.js';
import { exportSuppliers } from './suppliers-export.js';

type ExportHandler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  ctx: GatewayContext,
  graph: GraphExecutor,
) => Promise<void>;

export function exportRoutes(options: {
  verifier: TokenVerifier;
  log: Logger;
  graph: GraphExecutor;
}): Record<string, RouteHandler> {
  const route =
    (handler: ExportHandler): RouteHandler =>
    async (req, res) => {
      const ctx = await authenticateRoute(req, res, options);
      if (!ctx) return;
      try {
        await handler(req, res, ctx, options.graph);
      } catch (error) {
        if (error instanceof ParamError)
          sendRouteError(res, 400, 'BAD_USER_INPUT', error.message, { field: error.field, requestId: ctx.requestId });
        else if (error instanceof ExportFailure)
          sendRouteError(res, error.status, error.code, error.message, { ...error.extra, requestId: ctx.requestId });
        else {
          ctx.log.error({ err: error }, 'export failed');
          sendRouteError(res, 500, 'INTERNAL_SERVER_ERROR', `Internal error (request ${ctx.requestId})`, {
            requestId: ctx.requestId,
          });
        }
      }
    };
  return { '/exports/indicators.csv': route(exportIndicators), '/exports/suppliers.csv': route(exportSuppliers) };
}
