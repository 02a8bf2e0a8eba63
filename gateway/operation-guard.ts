/**
 * Refuses, as client errors, operations the gateway cannot run: a document whose operation cannot be picked
 * (unknown `operationName`, or several operations and no name) and subscriptions (the gateway serves queries
 * and mutations only). Without this, @apollo/gateway throws while planning and the client sees a 500.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.js';

function operationError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
}

export function operationGuardPlugin(): ApolloServerPlugin<GatewayContext> {
  const listener: GraphQLRequestListener<GatewayContext> = {
    async didResolveOperation({ operation, request }) {
      if (!operation) {
        throw operationError(
          request.operationName
            ? `No operation named "${request.operationName}" in the document`
            : 'The document has several operations: send operationName to pick one',
        );
      }
      if (operation.operation === 'subscription')
        throw operationError('Subscriptions are not supported: send a query or a mutation');
    },
  };
  return { requestDidStart: async () => listener };
}
