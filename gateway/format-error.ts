/**
 * Gateway-specific error shaping, applied before the shared masking (lib/error-masking.ts):
 * - Apollo Server reports every validation-rule error as GRAPHQL_VALIDATION_FAILED and every parse error as
 *   GRAPHQL_PARSE_FAILED; our operation limits run as a validation rule and as the parser's token limit, so
 *   their errors get their own code back (QUERY_TOO_COMPLEX).
 * - Extensions that describe our internals (a subgraph's raw HTTP response, exception details) are dropped.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isTokenLimitMessage } from './limits/limit-error.js';

const INTERNAL_EXTENSIONS = ['exception', 'response', 'stacktrace'];

export function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const extensions: Record<string, unknown> = { ...formatted.extensions };
  for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof GraphQLError && original.extensions.code === 'QUERY_TOO_COMPLEX') {
    return { ...formatted, extensions: { ...extensions, code: 'QUERY_TOO_COMPLEX' } };
  }
  if (extensions.code === 'GRAPHQL_PARSE_FAILED') {
    const maximum = isTokenLimitMessage(formatted.message);
    if (maximum !== null) {
      return {
        message: `The operation has more than ${maximum} tokens; the limit is ${maximum}: send a smaller document (pass ` +
          `large inputs as variables)`,
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', maximum },
      };
    }
  }
  return { ...formatted, extensions };
}
