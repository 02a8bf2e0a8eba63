/**
 * The closing test of each partner-isolation file: every answer org-globex got in that file's world is scanned
 * for acme audit ids, finding ids and finding texts. The scan first proves it finds them, in the analyst's view
 * of the shared supplier, and that the recorder saw at least the answers the file's tests ask for.
 */
import { expect } from 'vitest';
import { gql } from '../helpers/graphql.js';
import { acmeSecretsIn, shared, type IsolationWorld } from './fixtures/isolation-world.js';

/**
 * `minimumAnswers`: the globex calls the file's tests make whatever the data, so a recorder that missed answers fails.
 */
export async function expectNoAcmeSecretsSeen(w: IsolationWorld, minimumAnswers: number): Promise<void> {
  // The scan finds what it looks for: the analyst's view of the shared supplier is full of acme's audits.
  const analyst = await gql(
    w.stack.gateway,
    `{ supplier(id: "${shared}") { audits(first: 50) { edges { node { id findings { id description } } } } } }`,
    {},
    w.token.analyst,
  );
  expect(acmeSecretsIn([JSON.stringify(analyst.data)])).toEqual(
    expect.arrayContaining([w.marker.auditId, w.marker.findingId, w.marker.description]),
  );
  expect(w.seen.length).toBeGreaterThanOrEqual(minimumAnswers);
  expect(acmeSecretsIn(w.seen)).toEqual([]);
}
