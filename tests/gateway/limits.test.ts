import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../gateway/limits/index.js';
import { gql, type GraphQLResponse } from '../helpers/graphql.js';
import { startHarness, type GatewayHarness } from './fixtures/harness.js';

/** `widget(id: "1") { parts(first: 1) { … } }` nested so that the deepest field sits at `depth`. */
function nestedParts(depth: number): string {
  let selection = 'name';
  for (let level = 2; level < depth; level++) selection = `parts(first: 1) { ${selection} }`;
  return `{ widget(id: "1") { ${selection} } }`;
}

describe('gateway: operation limits refuse before any subgraph is called', () => {
  let h: GatewayHarness;
  let token: string;
  beforeAll(async () => {
    h = await startHarness();
    token = await h.tokens.token('ANALYST');
  });
  afterAll(async () => {
    await h.close();
  });

  async function expectRefused(send: () => Promise<GraphQLResponse>, limit: string): Promise<GraphQLResponse> {
    const before = h.subgraphRequests();
    const response = await send();
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.extensions?.limit).toBe(limit);
    expect(response.data).toBeUndefined();
    expect(h.subgraphRequests()).toBe(before);
    return response;
  }

  it('documents its defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxDepth: 10,
      maxAliases: 30,
      maxRootFields: 10,
      maxTokens: 2000,
      maxBatch: 5,
      maxCost: 5000,
      maxBodyBytes: 2_000_000,
      defaultListSize: 10,
    });
  });

  it('serves an operation exactly at the depth limit', async () => {
    const response = await gql(h.url, nestedParts(10), {}, token);
    expect(response.errors).toBeUndefined();
    let node = response.data.widget;
    for (let level = 2; level < 10; level++) node = node.parts[0];
    expect(node.name).toBe(`Widget 1${'.1'.repeat(8)}`);
  });

  it('refuses one level deeper than the depth limit', async () => {
    const response = await expectRefused(() => gql(h.url, nestedParts(11), {}, token), 'depth');
    expect(response.errors?.[0]?.extensions).toMatchObject({ maximum: 10, actual: 11 });
  });

  it('counts depth through fragments', async () => {
    const query = `{ widget(id: "1") { ...P } } fragment P on Widget { parts(first: 1) { parts(first: 1) { ...Q } } }
      fragment Q on Widget { parts(first: 1) { parts(first: 1) { parts(first: 1)
        { parts(first: 1) { parts(first: 1) { parts(first: 1) { parts(first: 1) { name } } } } } } } }`;
    await expectRefused(() => gql(h.url, query, {}, token), 'depth');
  });

  it('refuses more than 30 aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: name`).join(' ');
    const response = await expectRefused(() => gql(h.url, `{ widget(id: "1") { ${aliases} } }`, {}, token), 'aliases');
    expect(response.errors?.[0]?.extensions).toMatchObject({ maximum: 30, actual: 31 });
  });

  it('counts aliases inside a fragment each time it is spread', async () => {
    const query = `{ a: widget(id: "1") { ...F } b: widget(id: "2") { ...F } c: widget(id: "3") { ...F } }
      fragment F on Widget { ${Array.from({ length: 10 }, (_, i) => `n${i}: name`).join(' ')} }`;
    const response = await expectRefused(() => gql(h.url, query, {}, token), 'aliases');
    expect(response.errors?.[0]?.extensions?.actual).toBe(33);
  });

  it('refuses more than 10 root fields', async () => {
    const fields = Array.from({ length: 11 }, (_, i) => `t${i}: tags`).join(' ');
    const response = await expectRefused(() => gql(h.url, `{ ${fields} }`, {}, token), 'rootFields');
    expect(response.errors?.[0]?.extensions).toMatchObject({ maximum: 10, actual: 11 });
  });

  it('does not count __typename as a root field', async () => {
    const fields = Array.from({ length: 10 }, (_, i) => `t${i}: tags`).join(' ');
    const response = await gql(h.url, `{ __typename ${fields} }`, {}, token);
    expect(response.errors).toBeUndefined();
    expect(response.data.t9).toEqual(['red', 'blue']);
  });

  it('refuses a document over 2000 tokens while parsing', async () => {
    const query = `{ widget(id: "1") { ${'name '.repeat(2000)} } }`;
    const response = await expectRefused(() => gql(h.url, query, {}, token), 'tokens');
    expect(response.errors?.[0]?.extensions?.maximum).toBe(2000);
  });

  it('refuses a batch of more than 5 operations and serves a batch of 2', async () => {
    const send = (count: number) =>
      fetch(h.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(Array.from({ length: count }, () => ({ query: '{ tags }' }))),
      });
    const before = h.subgraphRequests();
    const refused = await send(6);
    expect(refused.status).toBe(400);
    const body = await refused.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'batch', maximum: 5, actual: 6 });
    expect(h.subgraphRequests()).toBe(before);
    const served = await send(2);
    expect(await served.json()).toEqual([{ data: { tags: ['red', 'blue'] } }, { data: { tags: ['red', 'blue'] } }]);
  });

  it('refuses an operation whose estimated cost is over 5000, reporting the cost', async () => {
    // 1 (connection) + 200 × (1 edge + 1 node + 50 parts × 1)
    const query = 'query ($n: Int, $p: Int) { widgets(first: $n) { edges { node { parts(first: $p) { name } } } } }';
    const response = await expectRefused(() => gql(h.url, query, { n: 200, p: 50 }, token), 'cost');
    expect(response.errors?.[0]?.extensions).toMatchObject({ maximum: 5000, actual: 10401 });
    const cheap = await gql(h.url, query, { n: 2, p: 1 }, token);
    expect(cheap.errors).toBeUndefined();
    expect(cheap.data.widgets.edges).toHaveLength(2);
  });

  it('answers 413 to a body over 2 MB, before parsing it', async () => {
    const before = h.subgraphRequests();
    const response = await gql(h.url, 'query ($t: String!) { echo(text: $t) }', { t: 'x'.repeat(DEFAULT_LIMITS.maxBodyBytes) }, token);
    expect(response.status).toBe(413);
    expect(response.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(h.subgraphRequests()).toBe(before);
  });
});

describe('gateway: limits are configurable', () => {
  let h: GatewayHarness;
  beforeAll(async () => {
    h = await startHarness({ limits: { maxDepth: 3, maxCost: 10, maxBatch: 1 } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('applies the configured depth and cost limits', async () => {
    const token = await h.tokens.token('ANALYST');
    const deep = await gql(h.url, '{ widget(id: "1") { parts(first: 1) { parts(first: 1) { name } } } }', {}, token);
    expect(deep.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 3 });
    const costly = await gql(h.url, '{ widgets(first: 20) { edges { cursor } } }', {}, token);
    expect(costly.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', maximum: 10, actual: 21 });
    const cheap = await gql(h.url, '{ widgets(first: 9) { edges { cursor } } }', {}, token);
    expect(cheap.data.widgets.edges).toHaveLength(9);
  });

  it('charges declared @cost weights', async () => {
    const token = await h.tokens.token('ANALYST');
    const response = await gql(h.url, '{ expensive }', {}, token);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', actual: 100 });
  });

  it('applies the configured batch limit', async () => {
    const token = await h.tokens.token('ANALYST');
    const response = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ tags }' }, { query: '{ tags }' }]),
    });
    expect((await response.json()).errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'batch', maximum: 1, actual: 2 });
  });
});
