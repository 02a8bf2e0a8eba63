/**
 * Introspection (`__schema`, `__type`) is a development aid for analysts: allowed only when the gateway runs
 * in development mode AND the caller's token has role ANALYST; everyone else gets FORBIDDEN. It is checked
 * per request (after validation, before execution) because it depends on the caller, and Apollo Server
 * caches validation per document, not per caller. `__typename` is always allowed. Client code generation
 * does not need introspection: it reads gateway/api-schema.graphql.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { forbidden } from '../lib/errors.js';
import type { GatewayContext } from './context.js';
import { isIntrospectionRoot, memoizeFragments } from './limits/fragments.js';

function selectsIntrospection(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): boolean {
  const fragmentSelects = memoizeFragments(
    (name) => fragments.get(name),
    (f) => walk(f.selectionSet),
    false,
  );
  function walk(selections: SelectionSetNode): boolean {
    return selections.selections.some((s) =>
      s.kind === Kind.FIELD
        ? isIntrospectionRoot(s.name.value)
        : s.kind === Kind.INLINE_FRAGMENT
          ? walk(s.selectionSet)
          : fragmentSelects(s.name.value),
    );
  }
  return walk(set);
}

export function introspectionPolicyPlugin(mode: string): ApolloServerPlugin<GatewayContext> {
  const listener: GraphQLRequestListener<GatewayContext> = {
    async didResolveOperation({ operation, document, contextValue }) {
      if (!operation) return;
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      if (!selectsIntrospection(operation.selectionSet, fragments)) return;
      if (mode === 'development' && contextValue.identity?.role === 'ANALYST') return;
      const error = forbidden(
        mode === 'development'
          ? 'Introspection needs an ANALYST token; the schema is published as gateway/api-schema.graphql'
          : 'Introspection is disabled in production; the schema is published as gateway/api-schema.graphql',
      );
      error.extensions.http = { status: 403 };
      throw error;
    },
  };
  return { requestDidStart: async () => listener };
}
