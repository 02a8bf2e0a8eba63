/** Where the composed supergraph lives, and which subgraphs it routes to. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, valueFromASTUntyped } from 'graphql';

export const GATEWAY_DIR = dirname(fileURLToPath(import.meta.url));
export const SUPERGRAPH_FILE = join(GATEWAY_DIR, 'supergraph.graphql');
export const API_SCHEMA_FILE = join(GATEWAY_DIR, 'api-schema.graphql');

export function readSupergraph(file = SUPERGRAPH_FILE): string {
  return readFileSync(file, 'utf8');
}

/** Subgraph names from the supergraph's `join__Graph` enum (`@join__graph(name: "audits", url: ...)`). */
export function subgraphNamesOf(supergraphSdl: string): string[] {
  const names: string[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((d) => d.name.value === 'join__graph');
      const name = graph?.arguments?.find((a) => a.name.value === 'name');
      if (name) names.push(String(valueFromASTUntyped(name.value)));
    }
  }
  return names;
}
