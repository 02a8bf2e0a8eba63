/**
 * Reads the cost annotations out of the composed supergraph. Subgraphs write federation's `@cost(weight:)`
 * and `@listSize(...)`; composition (2.9+) keeps them on the supergraph's fields through a link to the cost
 * spec (`@link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"])`), so the names are resolved
 * from that link (`as:` and import renames included). The API schema the gateway serves has no directives,
 * which is why the limiter reads the supergraph SDL and not the executable schema.
 */
import {
  Kind,
  parse,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type DirectiveNode,
  type DocumentNode,
} from 'graphql';

export interface ListSize {
  assumedSize?: number;
  slicingArguments: string[];
  sizedFields: string[];
}

export interface CostMetadata {
  /** 'Type.field' → weight per returned item. */
  fieldWeights: Map<string, number>;
  /** 'Type' → weight of any field returning it (objects default to 1, leaves to 0). */
  typeWeights: Map<string, number>;
  /** 'Type.field.argument' → added when the argument is given. */
  argumentWeights: Map<string, number>;
  /** 'Type.field' → list size rule. */
  listSizes: Map<string, ListSize>;
}

const COST_SPEC = /^https:\/\/specs\.apollo\.dev\/cost\/v\d+\.\d+$/;

function argument(directive: ConstDirectiveNode | DirectiveNode, name: string): unknown {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  return arg ? valueFromASTUntyped(arg.value) : undefined;
}

/** The names `@cost` and `@listSize` go by in this supergraph, or null when it does not link the cost spec. */
function costDirectiveNames(document: DocumentNode): { cost: string; listSize: string } | null {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      const url = argument(directive, 'url');
      if (directive.name.value !== 'link' || typeof url !== 'string' || !COST_SPEC.test(url)) continue;
      const prefix = (argument(directive, 'as') as string | undefined) ?? 'cost';
      const names = { cost: prefix, listSize: `${prefix}__listSize` };
      for (const entry of (argument(directive, 'import') as unknown[] | undefined) ?? []) {
        const { name, as } =
          typeof entry === 'string' ? { name: entry, as: entry } : (entry as { name: string; as?: string });
        if (name === '@listSize') names.listSize = (as ?? name).replace(/^@/, '');
        if (name === '@cost') names.cost = (as ?? name).replace(/^@/, '');
      }
      return names;
    }
  }
  return null;
}

export function readCostMetadata(supergraphSdl: string): CostMetadata {
  const document = parse(supergraphSdl);
  const metadata: CostMetadata = {
    fieldWeights: new Map(),
    typeWeights: new Map(),
    argumentWeights: new Map(),
    listSizes: new Map(),
  };
  const names = costDirectiveNames(document);
  if (!names) return metadata;
  const weightOf = (directives: readonly (ConstDirectiveNode | DirectiveNode)[] | undefined): number | undefined => {
    const cost = directives?.find((d) => d.name.value === names.cost);
    return cost ? Number(argument(cost, 'weight')) : undefined;
  };
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || definition.kind === Kind.DIRECTIVE_DEFINITION) continue;
    const typeName = definition.name.value;
    const typeWeight = weightOf(definition.directives);
    if (typeWeight !== undefined) metadata.typeWeights.set(typeName, typeWeight);
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const key = `${typeName}.${field.name.value}`;
      const weight = weightOf(field.directives);
      if (weight !== undefined) metadata.fieldWeights.set(key, weight);
      for (const arg of field.arguments ?? []) {
        const argWeight = weightOf(arg.directives);
        if (argWeight !== undefined) metadata.argumentWeights.set(`${key}.${arg.name.value}`, argWeight);
      }
      const listSize = field.directives?.find((d) => d.name.value === names.listSize);
      if (listSize) {
        const assumed = argument(listSize, 'assumedSize');
        metadata.listSizes.set(key, {
          assumedSize: typeof assumed === 'number' ? assumed : assumed == null ? undefined : Number(assumed),
          slicingArguments: (argument(listSize, 'slicingArguments') as string[] | undefined) ?? [],
          sizedFields: (argument(listSize, 'sizedFields') as string[] | undefined) ?? [],
        });
      }
    }
  }
  return metadata;
}
