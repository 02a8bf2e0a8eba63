/**
 * Bearer-token authentication for the gateway's non-GraphQL routes (exports, the alert stream): the same
 * verifier and the same caller context as /graphql, and JSON errors in the GraphQL error shape with a code.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { bearerToken, type TokenVerifier } from '../lib/auth.js';
import type { Logger } from '../lib/logger.js';
import type { GatewayContext } from './context.js';

export function sendRouteError(
  res: http.ServerResponse,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  if (status === 401) res.setHeader('www-authenticate', 'Bearer');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

/** The caller's context, or null after answering 401. */
export async function authenticateRoute(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: { verifier: TokenVerifier; log: Logger },
): Promise<GatewayContext | null> {
  const incoming = req.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  try {
    const token = bearerToken(req.headers.authorization ?? null);
    if (!token) throw new Error('no token');
    const identity = await options.verifier.verify(token);
    return { requestId, identity, token, log: options.log.child({ requestId }) };
  } catch {
    sendRouteError(res, 401, 'UNAUTHENTICATED', 'Sign in: send a valid bearer token in the Authorization header', {
      requestId,
    });
    return null;
  }
}
