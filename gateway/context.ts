/**
 * Per-request context: the caller's identity from a verified JWT, or HTTP 401 before anything else runs.
 * The raw token is kept so each subgraph can verify it again. Batched (JSON array) requests are capped here,
 * before any operation in the batch is parsed.
 */
import type http from 'node:http';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { bearerToken, type TokenVerifier } from '../lib/auth.js';
import type { RequestContext } from '../lib/identity.js';
import type { Logger } from '../lib/logger.js';
import { tooComplex } from './limits/limit-error.js';

export type GatewayContext = RequestContext;

function unauthenticatedResponse(error: unknown, requestId: string): GraphQLError {
  const message =
    error instanceof GraphQLError ? error.message : 'Sign in: send a valid bearer token in the Authorization header';
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      requestId,
      http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer']]) },
    },
  });
}

export function createContextFunction(options: { verifier: TokenVerifier; log: Logger; maxBatch: number }) {
  return async ({
    req,
    requestId,
    body,
  }: {
    req: http.IncomingMessage;
    requestId: string;
    body: unknown;
  }): Promise<GatewayContext> => {
    let token: string | null;
    let identity;
    try {
      token = bearerToken(req.headers.authorization ?? null);
      if (!token) throw unauthenticatedResponse(null, requestId);
      identity = await options.verifier.verify(token);
    } catch (error) {
      throw unauthenticatedResponse(error, requestId);
    }
    if (Array.isArray(body) && body.length > options.maxBatch) {
      const error = tooComplex(
        'batch',
        `The request batches ${body.length} operations; the limit is ${options.maxBatch}`,
        {
          maximum: options.maxBatch,
          actual: body.length,
        },
      );
      error.extensions.requestId = requestId;
      throw error;
    }
    return { requestId, identity, token, log: options.log.child({ requestId }) };
  };
}
