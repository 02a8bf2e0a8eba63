/**
 * Runs a GraphQL operation through the gateway's own pipeline (limits, cost, masking, query plan, subgraph
 * fetches with the caller's token) for routes that are not GraphQL over HTTP: the exports and the alert
 * stream. They get their numbers from the graph like any client, never from a subgraph's internals.
 */
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './context.js';
import type { OutcomeNote } from '../lib/ops/request-outcome.js';

export interface GraphResult<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export type GraphExecutor = <T = any>(
  ctx: GatewayContext,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<GraphResult<T>>;

export function createGraphExecutor(
  apollo: ApolloServer<GatewayContext>,
  notes: Map<string, OutcomeNote>,
): GraphExecutor {
  return async (ctx, query, variables = {}) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
    // The outcome plugin leaves a note for the HTTP layer, which never sees these operations.
    notes.delete(ctx.requestId);
    if (response.body.kind !== 'single') throw new Error('graph executor: incremental delivery is not used here');
    const { data, errors } = response.body.singleResult;
    return { data: data as never, errors };
  };
}

/** HTTP status for the first error code of a failed operation. */
export function statusForGraphError(code: unknown): number {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'BAD_USER_INPUT':
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'QUERY_TOO_COMPLEX':
      return 400;
    case 'SUBGRAPH_UNAVAILABLE':
      return 503;
    default:
      return 500;
  }
}
