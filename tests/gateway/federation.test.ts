import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.js';
import { startHarness, type GatewayHarness } from './fixtures/harness.js';

describe('gateway: federated execution', () => {
  let h: GatewayHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('joins an entity across two subgraphs with the caller token', async () => {
    const token = await h.tokens.token('PARTNER');
    const response = await gql(
      h.url,
      '{ widgets(first: 2) { totalCount edges { node { id name rating } } } }',
      {},
      token,
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    expect(response.data.widgets.edges).toEqual([
      { node: { id: '1', name: 'Widget 1', rating: 2 } },
      { node: { id: '2', name: 'Widget 2', rating: 2 } },
    ]);
    expect(h.alpha.requests).toBeGreaterThan(0);
    expect(h.beta.requests).toBeGreaterThan(0);
  });

  it('forwards the request id to the subgraphs and returns it', async () => {
    const token = await h.tokens.token('ANALYST');
    const response = await gql(h.url, '{ boom }', {}, token, { 'x-request-id': 'trace-me-123' });
    expect(response.headers.get('x-request-id')).toBe('trace-me-123');
    expect(response.errors?.[0]?.extensions?.requestId).toBe('trace-me-123');
  });

  it('does not serve @inaccessible fields', async () => {
    const token = await h.tokens.token('ANALYST');
    const response = await gql(h.url, '{ hidden }', {}, token);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
