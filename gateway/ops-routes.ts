/**
 * Operator routes: `/ready` (every subgraph has a replica whose /health answers) and Prometheus `/metrics`.
 * Unauthenticated callers get nothing but /health (DESIGN §5), so both need a bearer token with role ANALYST or WAREHOUSE
 * (a long-lived service token minted with `npm run token` for the scraper and the readiness probe).
 */
import type http from 'node:http';
import { bearerToken, type TokenVerifier } from '../lib/auth.js';
import type { RouteHandler } from '../lib/http-server.js';
import type { Role } from '../lib/identity.js';
import type { GatewayMetrics } from './metrics.js';

const OPERATOR_ROLES: readonly Role[] = ['ANALYST', 'WAREHOUSE'];
const HEALTH_TIMEOUT_MS = 2000;

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

async function authorizeOperator(req: http.IncomingMessage, res: http.ServerResponse, verifier: TokenVerifier): Promise<boolean> {
  try {
    const token = bearerToken(req.headers.authorization ?? null);
    if (!token) throw new Error('missing token');
    const identity = await verifier.verify(token);
    if (OPERATOR_ROLES.includes(identity.role)) return true;
    sendJson(res, 403, { errors: [{ message: `This route needs one of the roles ${OPERATOR_ROLES.join(', ')}`, extensions: { code: 'FORBIDDEN' } }] });
  } catch {
    res.setHeader('www-authenticate', 'Bearer');
    sendJson(res, 401, { errors: [{ message: 'Sign in: send a valid bearer token in the Authorization header', extensions: { code: 'UNAUTHENTICATED' } }] });
  }
  return false;
}

/** `http://host:port/graphql` → `http://host:port/health`. */
export function healthUrlOf(graphqlUrl: string): string {
  return new URL('/health', graphqlUrl).toString();
}

async function probe(url: string): Promise<'up' | 'down'> {
  try {
    const response = await fetch(healthUrlOf(url), { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
    await response.arrayBuffer();
    return response.ok ? 'up' : 'down';
  } catch {
    return 'down';
  }
}

export function opsRoutes(options: {
  verifier: TokenVerifier;
  metrics: GatewayMetrics;
  /** Replica URLs per subgraph: a subgraph is up when one of its replicas is. */
  subgraphUrls: Record<string, readonly string[]>;
}): Record<string, RouteHandler> {
  return {
    async '/ready'(req, res) {
      if (!(await authorizeOperator(req, res, options.verifier))) return;
      const names = Object.keys(options.subgraphUrls);
      const states = await Promise.all(
        names.map(async (name) => {
          const replicas = await Promise.all(options.subgraphUrls[name]!.map(probe));
          return replicas.includes('up') ? 'up' : 'down';
        }),
      );
      const subgraphs = Object.fromEntries(names.map((name, i) => [name, states[i]]));
      const ready = states.every((s) => s === 'up');
      sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', subgraphs });
    },
    async '/metrics'(req, res) {
      if (!(await authorizeOperator(req, res, options.verifier))) return;
      res.setHeader('content-type', options.metrics.registry.contentType);
      res.end(await options.metrics.registry.metrics());
    },
  };
}
