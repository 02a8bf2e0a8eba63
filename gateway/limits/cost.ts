/**
 * Estimated operation cost after the IBM GraphQL cost specification (as Apollo's demand control reads it):
 * a field returning an object costs 1 (scalars and enums 0) unless `@cost(weight:)` says otherwise, plus its
 * sub-selection; a list field multiplies that per-item cost by its size: the largest slicing argument given
 * (`first: 20`), else `@listSize(assumedSize:)`, else a default. With `sizedFields`, the slicing argument
 * sizes those child fields (a connection's `edges`) instead of the field itself. Arguments annotated with
 * `@cost` add their weight when given. The estimate is an upper bound: every fragment and every @skip/@include
 * branch counts. A mutation adds 10. Introspection and `__typename` are free (the introspection policy governs them).
 */
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { CostMetadata, ListSize } from './cost-metadata.js';
import { isIntrospectionRoot, memoizeFragments } from './fragments.js';

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  document: DocumentNode;
  variables: Record<string, unknown> | undefined;
  metadata: CostMetadata;
  defaultListSize: number;
}

/** Apollo's demand control charges a mutation 10 before its fields: writes cost more than reads. */
const MUTATION_BASE_COST = 10;

interface Sizing {
  fields: readonly string[];
  size: number;
}

function argumentNumber(
  field: FieldNode,
  name: string,
  variables: Record<string, unknown> | undefined,
): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const value = valueFromASTUntyped(arg.value, variables);
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : undefined;
}

/** The size a slicing argument asks for: the largest one given, else the assumed size. */
function slicedSize(
  field: FieldNode,
  rule: ListSize | undefined,
  variables: CostInput['variables'],
  fallback: number,
): number {
  let size: number | undefined;
  for (const name of rule?.slicingArguments ?? []) {
    const value = argumentNumber(field, name, variables);
    if (value !== undefined) size = Math.max(size ?? 0, value);
  }
  return size ?? rule?.assumedSize ?? fallback;
}

export function computeOperationCost(input: CostInput): number {
  const { schema, metadata, variables, defaultListSize } = input;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // A fragment's cost depends on the sizing handed down from its parent (sizedFields), so that is part of the key.
  const memos = new Map<string, (name: string) => number>();
  const fragmentCost = (name: string, sizing: Sizing | undefined): number => {
    const key = sizing ? `${sizing.fields.join(',')}:${sizing.size}` : '';
    let memo = memos.get(key);
    if (!memo) {
      memo = memoizeFragments(
        (n) => fragments.get(n),
        (f) => {
          const type = schema.getType(f.typeCondition.name.value);
          return isCompositeType(type) ? selectionSetCost(f.selectionSet, type, sizing) : 0;
        },
        0,
      );
      memos.set(key, memo);
    }
    return memo(name);
  };

  function fieldCost(field: FieldNode, parent: GraphQLCompositeType, sizing: Sizing | undefined): number {
    const name = field.name.value;
    if (name.startsWith('__') || !(isObjectType(parent) || isInterfaceType(parent))) return 0;
    const definition = parent.getFields()[name];
    if (!definition) return 0;
    const key = `${parent.name}.${name}`;
    const named = getNamedType(definition.type);
    const rule = metadata.listSizes.get(key);
    let perItem =
      metadata.fieldWeights.get(key) ?? metadata.typeWeights.get(named.name) ?? (isCompositeType(named) ? 1 : 0);
    if (field.selectionSet && isCompositeType(named)) {
      const childSizing =
        rule && rule.sizedFields.length > 0
          ? { fields: rule.sizedFields, size: slicedSize(field, rule, variables, defaultListSize) }
          : undefined;
      perItem += selectionSetCost(field.selectionSet, named, childSizing);
    }
    let count = 1;
    if (sizing?.fields.includes(name)) count = sizing.size;
    else if (isListType(getNullableType(definition.type)))
      count = rule?.sizedFields.length
        ? (rule.assumedSize ?? defaultListSize)
        : slicedSize(field, rule, variables, defaultListSize);
    let argumentsCost = 0;
    for (const arg of field.arguments ?? [])
      argumentsCost += metadata.argumentWeights.get(`${key}.${arg.name.value}`) ?? 0;
    return count * perItem + argumentsCost;
  }

  function selectionSetCost(set: SelectionSetNode, parent: GraphQLCompositeType, sizing: Sizing | undefined): number {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isIntrospectionRoot(selection.name.value)) total += fieldCost(selection, parent, sizing);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) total += selectionSetCost(selection.selectionSet, type, sizing);
      } else {
        total += fragmentCost(selection.name.value, sizing);
      }
    }
    return total;
  }

  const root = schema.getRootType(input.operation.operation);
  const base = input.operation.operation === 'mutation' ? MUTATION_BASE_COST : 0;
  return base + (root ? selectionSetCost(input.operation.selectionSet, root, undefined) : 0);
}
