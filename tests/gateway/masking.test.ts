import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.js';
import { startHarness, type GatewayHarness } from './fixtures/harness.js';

const SCHEMA_QUERY = '{ __schema { queryType { name } } }';

describe('gateway: error masking', () => {
  let h: GatewayHarness;
  let token: string;
  beforeAll(async () => {
    h = await startHarness();
    token = await h.tokens.token('ANALYST');
  });
  afterAll(async () => {
    await h.close();
  });

  it('turns a plain Error in a subgraph into INTERNAL_SERVER_ERROR with the request id and no details', async () => {
    const response = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'req-boom-1' },
      body: JSON.stringify({ query: '{ boom tags }' }),
    });
    const text = await response.text();
    const body = JSON.parse(text);
    expect(response.status).toBe(200);
    expect(body.data).toEqual({ boom: null, tags: ['red', 'blue'] });
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-boom-1' });
    expect(body.errors[0].message).toContain('req-boom-1');
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('stacktrace');
    expect(text).not.toMatch(/\.(ts|js):\d+/);
  });

  it('passes client errors on with their code and request id', async () => {
    const response = await gql(h.url, '{ nope }', {}, token, { 'x-request-id': 'req-nope' });
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'req-nope' });
  });

  it('never returns query plans', async () => {
    const response = await gql(h.url, '{ widgets(first: 1) { edges { node { rating } } } }', {}, token, {
      'apollo-query-plan-experimental': 'true',
    });
    expect(response.errors).toBeUndefined();
    expect(JSON.stringify(response)).not.toContain('queryPlan');
  });
});

describe('gateway: introspection in production', () => {
  let h: GatewayHarness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'production' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('is FORBIDDEN even for analysts, before any subgraph is called', async () => {
    const before = h.subgraphRequests();
    const response = await gql(h.url, SCHEMA_QUERY, {}, await h.tokens.token('ANALYST'));
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.data).toBeUndefined();
    expect(h.subgraphRequests()).toBe(before);
  });

  it('still answers __typename', async () => {
    const response = await gql(
      h.url,
      '{ __typename widget(id: "1") { __typename id } }',
      {},
      await h.tokens.token('PARTNER'),
    );
    expect(response.data).toEqual({ __typename: 'Query', widget: { __typename: 'Widget', id: '1' } });
  });
});

describe('gateway: introspection in development', () => {
  let h: GatewayHarness;
  beforeAll(async () => {
    h = await startHarness({ mode: 'development' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('is allowed for ANALYST tokens', async () => {
    const response = await gql(h.url, SCHEMA_QUERY, {}, await h.tokens.token('ANALYST'));
    expect(response.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('hides @inaccessible fields from analysts too', async () => {
    const response = await gql(
      h.url,
      '{ __type(name: "Query") { fields { name } } }',
      {},
      await h.tokens.token('ANALYST'),
    );
    const names = response.data.__type.fields.map((f: { name: string }) => f.name);
    expect(names).toContain('widgets');
    expect(names).not.toContain('hidden');
    expect(names).not.toContain('_entities');
  });

  for (const role of ['PARTNER', 'AGENCY', 'POLICY', 'WAREHOUSE'] as const) {
    it(`is FORBIDDEN for ${role} tokens`, async () => {
      const response = await gql(h.url, '{ __type(name: "Widget") { name } }', {}, await h.tokens.token(role));
      expect(response.status).toBe(403);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  }

  it('finds introspection hidden in fragments', async () => {
    const query = '{ ...Q } fragment Q on Query { ... on Query { __schema { types { name } } } }';
    const response = await gql(h.url, query, {}, await h.tokens.token('PARTNER'));
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
