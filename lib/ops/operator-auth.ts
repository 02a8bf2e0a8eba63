/**
 * Operator routes (/metrics, /ready, POST /backup) on every service. Unauthenticated callers get nothing but
 * /health (DESIGN §5), so these need a bearer token with an operator role: ANALYST or WAREHOUSE for reading
 * (a long-lived service token minted with `npm run token` for the scraper and the readiness probe), and
 * WAREHOUSE only for a backup, which copies every partner's data.
 */
import type http from 'node:http';
import type { Registry } from 'prom-client';
import { bearerToken, type TokenVerifier } from '../auth.js';
import type { Role } from '../identity.js';

const OPERATOR_ROLES: readonly Role[] = ['ANALYST', 'WAREHOUSE'];
export const BACKUP_ROLES: readonly Role[] = ['WAREHOUSE'];

export type OpsHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** Answers 401/403 itself and returns false when the caller may not use an operator route. */
export async function authorizeOperator(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  verifier: TokenVerifier,
  roles: readonly Role[] = OPERATOR_ROLES,
): Promise<boolean> {
  try {
    const token = bearerToken(req.headers.authorization ?? null);
    if (!token) throw new Error('missing token');
    const identity = await verifier.verify(token);
    if (roles.includes(identity.role)) return true;
    sendJson(res, 403, {
      errors: [{ message: `This route needs one of the roles ${roles.join(', ')}`, extensions: { code: 'FORBIDDEN' } }],
    });
  } catch {
    res.setHeader('www-authenticate', 'Bearer');
    sendJson(res, 401, {
      errors: [
        {
          message: 'Sign in: send a valid bearer token in the Authorization header',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  }
  return false;
}

/** GET /metrics in Prometheus text format, for operator tokens. */
export function metricsRoute(verifier: TokenVerifier, registry: Registry): OpsHandler {
  return async (req, res) => {
    if (!(await authorizeOperator(req, res, verifier))) return;
    res.setHeader('content-type', registry.contentType);
    res.end(await registry.metrics());
  };
}
