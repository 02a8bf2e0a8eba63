/**
 * Which supergraph fields must be nullable so that one subgraph down blanks only its own fields (issue #15).
 * A fetch that fails leaves the fields it was to fill null; a non-null field there carries the null up to its
 * parent, and through non-null parents up to `data`. Two places start a fetch of their own:
 *  - every Query field (each root field is fetched from its own subgraph), so each is nullable;
 *  - a field resolved by subgraph S that returns an object with fields S cannot resolve (S returns a reference,
 *    another subgraph completes it, e.g. `Supplier.country` from audits, completed by agency). Either every
 *    field S cannot resolve is nullable, or the reference itself is: a nullable single object (it becomes
 *    null), not a list (a whole list blanked for one missing field is too much to lose).
 * Mutation fields are left out: a mutation is answered by the one subgraph that writes.
 * tests/federation/degradation-nullability.test.ts fails when a schema breaks the rule.
 */
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';

export interface NullabilityViolation {
  /** `Type.field` that is non-null. */
  coordinate: string;
  /** Why a subgraph failure would null it: the subgraph it is fetched from. */
  reason: string;
}

const graphOf = (directive: ConstDirectiveNode): string | undefined => {
  const arg = directive.arguments?.find((a) => a.name.value === 'graph');
  return arg?.value.kind === Kind.ENUM ? arg.value.value.toLowerCase() : undefined;
};

const isExternal = (directive: ConstDirectiveNode): boolean =>
  directive.arguments?.some((a) => a.name.value === 'external' && a.value.kind === Kind.BOOLEAN && a.value.value) ??
  false;

const isList = (type: TypeNode): boolean =>
  type.kind === Kind.LIST_TYPE || (type.kind === Kind.NON_NULL_TYPE && isList(type.type));

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** Subgraphs that resolve a field: its @join__field graphs, else every graph holding the type. */
function resolvingGraphs(type: ObjectTypeDefinitionNode, field: FieldDefinitionNode): string[] {
  const joins = (field.directives ?? []).filter((d) => d.name.value === 'join__field');
  const graphs =
    joins.length === 0
      ? (type.directives ?? []).filter((d) => d.name.value === 'join__type')
      : joins.filter((d) => !isExternal(d));
  return graphs.map(graphOf).filter((g): g is string => !!g);
}

/** Non-null fields a subgraph failure could null, so a failure there would blank more than that subgraph's fields. */
export function degradationViolations(supergraphSdl: string): NullabilityViolation[] {
  const objects = new Map<string, ObjectTypeDefinitionNode>();
  for (const d of parse(supergraphSdl).definitions)
    if (d.kind === Kind.OBJECT_TYPE_DEFINITION) objects.set(d.name.value, d);
  const violations: NullabilityViolation[] = [];
  for (const [typeName, type] of objects) {
    if (typeName === 'Mutation') continue;
    for (const field of type.fields ?? []) {
      const coordinate = `${typeName}.${field.name.value}`;
      const nullable = field.type.kind !== Kind.NON_NULL_TYPE;
      const graphs = resolvingGraphs(type, field);
      if (typeName === 'Query' && !nullable)
        violations.push({ coordinate, reason: `root field fetched from ${graphs.join(', ')}` });
      const target = objects.get(namedType(field.type));
      if (!target || (nullable && !isList(field.type))) continue;
      for (const graph of graphs) {
        const completedElsewhere = (target.fields ?? []).filter(
          (g) => g.type.kind === Kind.NON_NULL_TYPE && !resolvingGraphs(target, g).includes(graph),
        );
        for (const g of completedElsewhere) {
          const from = resolvingGraphs(target, g).join(', ');
          violations.push({
            coordinate,
            reason: `${graph} returns ${target.name.value} whose ${g.name.value}! comes from ${from}`,
          });
        }
      }
    }
  }
  return violations;
}

/**
 * `Type.field` coordinates that may come back null when `subgraph` is down: the fields it resolves, and the
 * references other subgraphs return that it must complete (a non-null field of the target only it resolves).
 */
export function fieldsLostWith(supergraphSdl: string, subgraph: string): Set<string> {
  const objects = new Map<string, ObjectTypeDefinitionNode>();
  for (const d of parse(supergraphSdl).definitions)
    if (d.kind === Kind.OBJECT_TYPE_DEFINITION) objects.set(d.name.value, d);
  const lost = new Set<string>();
  for (const [typeName, type] of objects) {
    for (const field of type.fields ?? []) {
      const graphs = resolvingGraphs(type, field);
      const target = objects.get(namedType(field.type));
      const completedByIt = (target?.fields ?? []).some((g) => {
        const from = resolvingGraphs(target!, g);
        return (
          g.type.kind === Kind.NON_NULL_TYPE && from.includes(subgraph) && !graphs.some((own) => from.includes(own))
        );
      });
      if (graphs.includes(subgraph) || completedByIt) lost.add(`${typeName}.${field.name.value}`);
    }
  }
  return lost;
}
