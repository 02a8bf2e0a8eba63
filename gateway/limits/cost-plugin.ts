/**
 * The cost limit runs once the operation is resolved (it needs the variables: `first: $n` sizes a list) and
 * before execution, so an expensive operation is refused without any subgraph request.
 */
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import type { CostMetadata } from './cost-metadata.js';
import { computeOperationCost } from './cost.js';
import { tooComplex } from './limit-error.js';

export function costLimitPlugin<T extends BaseContext>(metadata: CostMetadata, limits: { maxCost: number; defaultListSize: number }): ApolloServerPlugin<T> {
  const listener: GraphQLRequestListener<T> = {
    async didResolveOperation({ operation, document, request, schema }) {
      if (!operation) return;
      const cost = computeOperationCost({ schema, operation, document, variables: request.variables, metadata, defaultListSize: limits.defaultListSize });
      if (cost > limits.maxCost) {
        throw tooComplex('cost', `The operation's estimated cost is ${cost}; the limit is ${limits.maxCost}: ask for fewer items ` +
            `(smaller \`first\`) or fewer nested lists`, {
          maximum: limits.maxCost,
          actual: cost,
        });
      }
    },
  };
  return { requestDidStart: async () => listener };
}
