/**
 * Field-level access rules, stated declaratively beside each subgraph's schema (`access.ts`) and enforced
 * here by wrapping every field resolver. A field with no rule stops the service at start (and fails the
 * role × operation test), so a new field cannot ship without a decision. Row-level rules (a partner's own
 * audits, an agency's own country) live in the stores, where the data is.
 */
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { requireRole, type RequestContext, type Role } from './identity.js';
import { ROLES } from './identity.js';

/** Roles allowed, or 'ANY' for any authenticated role. Keys: 'Type.field' or 'Type.*'. */
export type AccessRule = readonly Role[] | 'ANY';
export type AccessRules = Readonly<Record<string, AccessRule>>;

const FEDERATION_TYPES = new Set(['_Service', '_Entity', '_Any', 'FieldSet', 'link__Import']);
/** Federation plumbing: entity fields are checked one by one, so resolving a reference grants nothing alone. */
const BUILT_IN_RULES: AccessRules = { 'Query._entities': 'ANY', 'Query._service': 'ANY', '_Service.*': 'ANY' };

export function ruleFor(rules: AccessRules, type: string, field: string): AccessRule | undefined {
  return (
    rules[`${type}.${field}`] ?? rules[`${type}.*`] ?? BUILT_IN_RULES[`${type}.${field}`] ?? BUILT_IN_RULES[`${type}.*`]
  );
}

/** Every object field of the schema as 'Type.field' (introspection and federation plumbing excluded). */
export function listFields(schema: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || FEDERATION_TYPES.has(type.name)) continue;
    for (const field of Object.keys(type.getFields())) out.push(`${type.name}.${field}`);
  }
  return out;
}

export function fieldsWithoutRule(schema: GraphQLSchema, rules: AccessRules): string[] {
  return listFields(schema).filter((f) => {
    const [type, field] = f.split('.') as [string, string];
    return ruleFor(rules, type, field) === undefined;
  });
}

export function applyAccessRules(schema: GraphQLSchema, rules: AccessRules): void {
  const missing = fieldsWithoutRule(schema, rules);
  if (missing.length > 0) throw new Error(`access rules missing for: ${missing.join(', ')}`);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || FEDERATION_TYPES.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = ruleFor(rules, type.name, field.name)!;
      const roles: Role[] = rule === 'ANY' ? [...ROLES] : [...rule];
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: RequestContext, info) => {
        requireRole(ctx, ...roles);
        return resolve(source, args, ctx, info);
      };
    }
  }
}
