/**
 * The queries the docs show users, as GraphQL text: every example of README.md and docs/queries.md
 * (tests/docs/markdown-examples.ts reads them from the Markdown), with a curl example's `-d '{"query": …}'`
 * body unpacked, so a newly documented query is tested without listing it here.
 */
import { examplesOf } from '../docs/markdown-examples.js';

export interface DocumentedQuery {
  /** Where it is documented, for failure messages. */
  name: string;
  query: string;
}

export function documentedQueries(): DocumentedQuery[] {
  return [...examplesOf('README.md'), ...examplesOf('docs/queries.md')].flatMap((example) => {
    if (example.kind === 'graphql') return [{ name: example.where, query: example.text }];
    const body = /-d '(\{"query":.*\})'/.exec(example.text)?.[1];
    return body ? [{ name: example.where, query: (JSON.parse(body) as { query: string }).query }] : [];
  });
}
