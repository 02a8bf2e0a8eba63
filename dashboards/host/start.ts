/**
 * The dashboards HTTP server: the built page, POST /graphql proxied to the gateway, GET /health, and GET /metrics
 * (lib/ops/metrics.ts; requests counted as operation `graphql_proxy` or `static`) when given a token verifier.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TokenVerifier } from '../../lib/auth.js';
import type { RunningServer } from '../../lib/http-server.js';
import { createLogger, type Logger } from '../../lib/logger.js';
import { createServiceMetrics } from '../../lib/ops/metrics.js';
import { metricsRoute } from '../../lib/ops/operator-auth.js';
import { outcomeFromStatus } from '../../lib/ops/request-outcome.js';
import { DIST_DIR } from './build-page.js';
import { proxyGraphQL } from './graphql-proxy.js';
import { serveStatic } from './static-files.js';

export interface DashboardsServerOptions {
  port: number;
  host?: string;
  /** The gateway's GraphQL URL, e.g. http://127.0.0.1:4000/graphql. */
  gatewayUrl: string;
  /** The built page; default dashboards/dist. */
  distDir?: string;
  log?: Logger;
  /** Verifies operator tokens for /metrics; without one there is no /metrics. */
  verifier?: TokenVerifier;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

export async function startDashboardsServer(options: DashboardsServerOptions): Promise<RunningServer> {
  const log = options.log ?? createLogger('dashboards');
  const distDir = options.distDir ?? DIST_DIR;
  const host = options.host ?? '127.0.0.1';
  const metrics = createServiceMetrics('dashboards');
  const scrape = options.verifier ? metricsRoute(options.verifier, metrics.registry) : null;

  const server = http.createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const method = req.method ?? 'GET';
    try {
      if (path === '/health' && method === 'GET') return sendJson(res, 200, { status: 'ok' });
      if (path === '/metrics' && method === 'GET' && scrape) return await scrape(req, res);
      const started = performance.now();
      res.once('finish', () => {
        const operation = path === '/graphql' ? 'graphql_proxy' : 'static';
        metrics.recordRequest(operation, outcomeFromStatus(res.statusCode), (performance.now() - started) / 1000);
      });
      if (path === '/graphql') {
        if (method !== 'POST')
          return sendJson(res, 405, {
            errors: [{ message: 'Send GraphQL requests as POST', extensions: { code: 'BAD_REQUEST' } }],
          });
        return await proxyGraphQL(options.gatewayUrl, req, res);
      }
      if ((method === 'GET' || method === 'HEAD') && (await serveStatic(distDir, path, res, method === 'HEAD'))) return;
      sendJson(res, 404, { error: `No route ${method} ${path}` });
    } catch (error) {
      log.error({ err: error, path }, 'dashboards request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal error' });
      else res.destroy();
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}/`;
  log.info({ url, gateway: options.gatewayUrl }, 'dashboards listening');
  return {
    url,
    port,
    server,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
