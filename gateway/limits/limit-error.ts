/** The one error every operation limit raises: QUERY_TOO_COMPLEX, HTTP 400, naming the limit and the numbers. */
import { GraphQLError, type ASTNode } from 'graphql';

export type LimitName = 'depth' | 'aliases' | 'rootFields' | 'tokens' | 'batch' | 'cost';

export function tooComplex(
  limit: LimitName,
  message: string,
  numbers: { maximum: number; actual?: number },
  nodes?: ASTNode,
): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, ...numbers, http: { status: 400 } },
  });
}

/** graphql-js aborts parsing with this message when `maxTokens` is exceeded ("more that" is its spelling). */
const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:an|at) (\d+) tokens/;

/** Parse errors from the token limit are reported as QUERY_TOO_COMPLEX, not as a syntax error. */
export function isTokenLimitMessage(message: string): number | null {
  const match = TOKEN_LIMIT_MESSAGE.exec(message);
  return match ? Number(match[1]) : null;
}
