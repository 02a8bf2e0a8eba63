import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayMetrics } from '../../gateway/metrics.js';
import { gql } from '../helpers/graphql.js';
import { startHarness, type GatewayHarness } from './fixtures/harness.js';

describe('gateway: /metrics', () => {
  let h: GatewayHarness;
  let text: string;
  beforeAll(async () => {
    h = await startHarness();
    const token = await h.tokens.token('ANALYST');
    await gql(h.url, 'query ListTags { tags }', {}, token);
    await gql(h.url, 'query ListTags { tags }', {}, token);
    await gql(h.url, 'query Joined { widgets(first: 1) { edges { node { rating } } } }', {}, token);
    await gql(h.url, 'query Broken { boom }', {}, token);
    await gql(h.url, 'query TooDeep { widget(id: "1") { parts { parts { parts { parts { parts { parts { parts { parts { parts ' +
        '{ parts { name } } } } } } } } } } } }', {}, token);
    await gql(h.url, '{ tags }', {}, null);
    const response = await fetch(`${h.base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.headers.get('content-type')).toContain('text/plain');
    text = await response.text();
  });
  afterAll(async () => {
    await h.close();
  });

  it('counts requests by operation name and outcome', () => {
    expect(text).toContain('tidemark_gateway_requests_total{operation="ListTags",outcome="ok"} 2');
    expect(text).toContain('tidemark_gateway_requests_total{operation="Joined",outcome="ok"} 1');
    expect(text).toContain('tidemark_gateway_requests_total{operation="Broken",outcome="error"} 1');
    expect(text).toContain('tidemark_gateway_requests_total{operation="TooDeep",outcome="rejected"} 1');
    expect(text).toContain('tidemark_gateway_requests_total{operation="anonymous",outcome="unauthenticated"} 1');
  });

  it('records request latency as a histogram', () => {
    expect(text).toContain('# TYPE tidemark_gateway_request_duration_seconds histogram');
    expect(text).toMatch(/tidemark_gateway_request_duration_seconds_bucket\{le="\+Inf",operation="ListTags",outcome="ok"\} 2/);
    expect(text).toContain('tidemark_gateway_request_duration_seconds_count{operation="ListTags",outcome="ok"} 2');
  });

  it('records subgraph fetch latency by subgraph', () => {
    expect(text).toMatch(/tidemark_gateway_subgraph_fetch_duration_seconds_count\{subgraph="alpha",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/tidemark_gateway_subgraph_fetch_duration_seconds_count\{subgraph="beta",outcome="ok"\} 1/);
  });

  it('includes process metrics', () => {
    expect(text).toContain('tidemark_gateway_process_resident_memory_bytes');
  });
});

describe('gateway: metric labels stay bounded', () => {
  it('folds operation names past the first 200, and odd ones, into "other"', async () => {
    const metrics = createGatewayMetrics();
    for (let i = 0; i < 250; i++) metrics.recordRequest(`Op${i}`, 'ok', 0.01);
    metrics.recordRequest('not a name!', 'ok', 0.01);
    const text = await metrics.registry.metrics();
    expect(text).toContain('tidemark_gateway_requests_total{operation="Op199",outcome="ok"} 1');
    expect(text).not.toContain('operation="Op200"');
    expect(text).toContain('tidemark_gateway_requests_total{operation="other",outcome="ok"} 51');
  });
});
