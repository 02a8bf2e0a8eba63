/**
 * The one error module. Every error a client can see has a code from `ErrorCode`; messages say what to do.
 * Anything else is masked to INTERNAL_SERVER_ERROR at the edge (gateway and subgraphs).
 */
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE'
  | 'SUBGRAPH_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'SUBGRAPH_UNAVAILABLE',
  // graphql-js / Apollo Server's own client-error codes pass through unchanged.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** A field-level validation failure; `field` is the input path, e.g. `input.findings[2].severity`. */
export function badInput(field: string, message: string): GraphQLError {
  return appError('BAD_USER_INPUT', `${field}: ${message}`, { field });
}

export function unauthenticated(
  message = 'Sign in: send a valid bearer token in the Authorization header',
): GraphQLError {
  return appError('UNAUTHENTICATED', message);
}

export function forbidden(message: string): GraphQLError {
  return appError('FORBIDDEN', message);
}

export function notFound(what: string, id: string): GraphQLError {
  return appError('NOT_FOUND', `${what} ${id} does not exist or is not visible to you`, { id });
}
