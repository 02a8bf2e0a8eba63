/**
 * One codegen config for the repo: resolver types per subgraph (federation-aware, mapped to store row
 * types) and typed documents for client operations (tests and dashboards).
 * CODEGEN_ONLY=audits limits the run to one subgraph while it is being written.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

const subgraphs = ['audits', 'agency', 'campaigns', 'insights'].filter(
  (name) =>
    existsSync(`subgraphs/${name}/schema.graphql`) && (!process.env.CODEGEN_ONLY || process.env.CODEGEN_ONLY === name),
);

const generates: CodegenConfig['generates'] = {};
for (const name of subgraphs) {
  const mappersFile = `subgraphs/${name}/mappers.ts`;
  generates[`subgraphs/${name}/generated/resolvers-types.ts`] = {
    schema: `subgraphs/${name}/schema.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      contextType: `../context.js#Context`,
      enumsAsTypes: true,
      scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
      ...(existsSync(mappersFile) ? { mappers: mapperConfig(name) } : {}),
      useTypeImports: true,
      emitLegacyCommonJSImports: false,
    },
  };
}

function mapperConfig(name: string): Record<string, string> {
  // Each subgraph's mappers.ts exports `<Type>Mapper` types; list them here so codegen maps GraphQL types to rows.
  const text = readFileSync(`subgraphs/${name}/mappers.ts`, 'utf8') as string;
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/export (?:type|interface) (\w+)Mapper\b/g)) out[m[1]!] = `../mappers.js#${m[1]}Mapper`;
  return out;
}

if (!process.env.CODEGEN_ONLY && existsSync('gateway/supergraph.graphql') && existsSync('operations')) {
  generates['operations/generated/'] = {
    schema: 'gateway/api-schema.graphql',
    documents: ['operations/**/*.graphql'],
    preset: 'client',
    presetConfig: { fragmentMasking: false },
    // `.js` on relative imports, as NodeNext (tsconfig) requires.
    config: {
      enumsAsTypes: true,
      useTypeImports: true,
      emitLegacyCommonJSImports: false,
      scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
    },
  };
}

const config: CodegenConfig = { overwrite: true, generates, hooks: {} };
export default config;
