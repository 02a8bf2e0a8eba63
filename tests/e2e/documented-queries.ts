/**
 * The queries the docs show users (README.md's first query, every ```graphql block and inline `query { … }` of
 * docs/queries.md), read from the files themselves so a new documented query is tested without listing it here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/stack.js';

export interface DocumentedQuery {
  /** Where it is documented, and the operation name when it has one. */
  name: string;
  query: string;
}

export function documentedQueries(): DocumentedQuery[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const queriesDoc = readFileSync(join(REPO_ROOT, 'docs/queries.md'), 'utf8');
  const out: DocumentedQuery[] = [];
  for (const match of readme.matchAll(/-d '(\{"query":.*\})'/g)) {
    out.push({ name: 'README first query', query: (JSON.parse(match[1]!) as { query: string }).query });
  }
  for (const match of queriesDoc.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    const query = match[1]!.trim();
    out.push({ name: `docs/queries.md ${/query (\w+)/.exec(query)?.[1] ?? 'anonymous'}`, query });
  }
  for (const match of queriesDoc.matchAll(/^`(query \{.*\})`/gm))
    out.push({ name: 'docs/queries.md measure catalogue', query: match[1]! });
  return out;
}
