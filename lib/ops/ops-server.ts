/**
 * A plain HTTP server for a process that serves no GraphQL (the warehouse loop): GET /health, and operator
 * routes keyed like lib/http-server.ts ('/metrics', 'POST /backup'). Everything else is a JSON 404.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sendJson, type OpsHandler } from './operator-auth.js';

export interface OpsServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startOpsServer(options: {
  port: number;
  host: string;
  routes: Record<string, OpsHandler>;
  health?: () => object;
}): Promise<OpsServer> {
  const server = http.createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    try {
      if (req.method === 'GET' && path === '/health')
        return sendJson(res, 200, { status: 'ok', ...options.health?.() });
      const route = req.method === 'GET' ? options.routes[path] : options.routes[`${req.method} ${path}`];
      if (route) return await route(req, res);
      sendJson(res, 404, {
        errors: [{ message: `No route ${req.method} ${path}`, extensions: { code: 'NOT_FOUND' } }],
      });
    } catch {
      if (!res.headersSent)
        sendJson(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host}:${port}`,
    port,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
