/**
 * `_entities` with a representation of a type that is not an entity of the subgraph (an unknown name, or an
 * object type without @key such as Audit) makes @apollo/subgraph throw a plain error, which reached the caller
 * as an internal error. It is the caller's mistake: refuse it as BAD_USER_INPUT naming the representation,
 * before any reference is resolved. The gateway never sends such representations; a direct caller might.
 */
import { isUnionType, type GraphQLSchema } from 'graphql';
import { badInput } from './errors.js';

export function guardEntityRepresentations(schema: GraphQLSchema): void {
  const entity = schema.getType('_Entity');
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field?.resolve || !isUnionType(entity)) return;
  const names = new Set(entity.getTypes().map((type) => type.name));
  const resolve = field.resolve;
  field.resolve = (source, args: { representations: unknown[] }, ctx, info) => {
    args.representations.forEach((representation, i) => {
      const typename = (representation as { __typename?: unknown } | null)?.__typename;
      if (typeof typename !== 'string' || !names.has(typename)) {
        throw badInput(`representations[${i}].__typename`, 'must name an entity type of this subgraph');
      }
    });
    return resolve(source, args, ctx, info);
  };
}
