import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.js';
import { startHarness, type GatewayHarness } from './fixtures/harness.js';

const JOINED = '{ widgets(first: 2) { edges { node { id name rating } } } }';

describe('gateway: a subgraph that is down or slow', () => {
  let h: GatewayHarness;
  let token: string;
  const ready = async () => fetch(`${h.base}/ready`, { headers: { authorization: `Bearer ${token}` } });
  beforeAll(async () => {
    h = await startHarness({ subgraphTimeoutMs: 300 });
    token = await h.tokens.token('ANALYST');
  });
  afterAll(async () => {
    await h.close();
  });

  it('is ready while every subgraph answers /health', async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', subgraphs: { alpha: 'up', beta: 'up' }, reasons: [] });
  });

  it('returns partial data and an error naming the subgraph that is down, then recovers', async () => {
    await h.beta.stop();
    const down = await gql(h.url, JOINED, {}, token);
    expect(down.status).toBe(200);
    expect(down.data.widgets.edges).toEqual([
      { node: { id: '1', name: 'Widget 1', rating: null } },
      { node: { id: '2', name: 'Widget 2', rating: null } },
    ]);
    expect(down.errors).toHaveLength(1);
    expect(down.errors?.[0]?.extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      subgraph: 'beta',
      reason: 'unreachable',
    });
    expect(down.errors?.[0]?.message).toContain('beta');

    const rootField = await gql(h.url, '{ betaPing tags }', {}, token);
    expect(rootField.data).toEqual({ betaPing: null, tags: ['red', 'blue'] });
    expect(rootField.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');

    const notReady = await ready();
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({
      status: 'not ready',
      subgraphs: { alpha: 'up', beta: 'down' },
      reasons: ['subgraph beta does not answer /health'],
    });

    await h.beta.restart();
    const back = await gql(h.url, JOINED, {}, token);
    expect(back.errors).toBeUndefined();
    expect(back.data.widgets.edges[0].node.rating).toBe(2);
    expect((await ready()).status).toBe(200);
  });

  it('times out a slow subgraph instead of hanging, then recovers', async () => {
    h.beta.delayMs = 5_000;
    const started = performance.now();
    const slow = await gql(h.url, JOINED, {}, token);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(2_000);
    expect(slow.data.widgets.edges[1].node).toEqual({ id: '2', name: 'Widget 2', rating: null });
    expect(slow.errors?.[0]?.extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      subgraph: 'beta',
      reason: 'timeout',
    });
    expect(slow.errors?.[0]?.message).toContain('300 ms');

    h.beta.delayMs = 0;
    const back = await gql(h.url, JOINED, {}, token);
    expect(back.errors).toBeUndefined();
    expect(back.data.widgets.edges[1].node.rating).toBe(2);
  });

  it('counts the failures by subgraph and reason in /metrics', async () => {
    const response = await fetch(`${h.base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    const text = await response.text();
    expect(text).toMatch(/tidemark_gateway_subgraph_fetch_errors_total\{subgraph="beta",reason="unreachable"\} [1-9]/);
    expect(text).toMatch(/tidemark_gateway_subgraph_fetch_errors_total\{subgraph="beta",reason="timeout"\} [1-9]/);
    expect(text).not.toMatch(/tidemark_gateway_subgraph_fetch_errors_total\{subgraph="alpha"/);
    expect(text).toMatch(/tidemark_gateway_requests_total\{operation="anonymous",outcome="partial"\} [1-9]/);
  });
});
