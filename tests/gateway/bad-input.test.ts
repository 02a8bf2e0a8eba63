import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type GatewayHarness } from './fixtures/harness.js';

interface Probe {
  name: string;
  method?: string;
  contentType?: string | null;
  body?: string;
  path?: string;
  headers?: Record<string, string>;
  /** Expected HTTP status. */
  status: number;
  /** Expected error code (first error), when the answer carries one. */
  code?: string;
}

const nested = (depth: number, open: string, close: string, inner: string) => open.repeat(depth) + inner + close.repeat(depth);

const CORPUS: Probe[] = [
  { name: 'malformed JSON', body: '{"query": ', status: 400, code: 'BAD_REQUEST' },
  { name: 'text/plain content type', contentType: 'text/plain', body: '{"query":"{ tags }"}', status: 415, code: 'BAD_REQUEST' },
  { name: 'no content type', contentType: null, body: '{"query":"{ tags }"}', status: 415, code: 'BAD_REQUEST' },
  { name: 'form content type', contentType: 'application/x-www-form-urlencoded', body: 'query=%7Btags%7D', status: 415, code: 'BAD_REQUEST' },
  { name: 'JSON string body', body: '"hello"', status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON number body', body: '42', status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON null body', body: 'null', status: 400, code: 'BAD_REQUEST' },
  { name: 'empty batch', body: '[]', status: 400, code: 'BAD_REQUEST' },
  { name: 'batch of junk', body: '[1, "x"]', status: 400, code: 'BAD_REQUEST' },
  { name: 'query is a number', body: '{"query": 42}', status: 400, code: 'BAD_REQUEST' },
  { name: 'query is an object', body: '{"query": {"a": 1}}', status: 400, code: 'BAD_REQUEST' },
  { name: 'no query', body: '{}', status: 400, code: 'BAD_REQUEST' },
  { name: 'empty query', body: '{"query": ""}', status: 400, code: 'BAD_REQUEST' },
  { name: 'syntax error', body: JSON.stringify({ query: '{ tags ' }), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'control characters', body: JSON.stringify({ query: '{ tags \u0000\u0007 }' }), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'unknown field', body: JSON.stringify({ query: '{ nope }' }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'subscription', body: JSON.stringify({ query: 'subscription { tags }' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'variables not an object', body: JSON.stringify({ query: '{ tags }', variables: 'x' }), status: 400, code: 'BAD_REQUEST' },
  { name: 'operationName not a string', body: JSON.stringify({ query: '{ tags }', operationName: 5 }), status: 400, code: 'BAD_REQUEST' },
  { name: 'unknown operation name', body: JSON.stringify({ query: 'query A { tags }', operationName: 'B' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'several operations, no name', body: JSON.stringify({ query: 'query A { tags } query B { tags }' }), status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  {
    name: 'invalid variable type',
    body: JSON.stringify({ query: 'query ($n: Int!) { widgets(first: $n) { totalCount } }', variables: { n: 'abc' } }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  { name: 'missing required variable', body: JSON.stringify({ query: 'query ($n: Int!) { widgets(first: $n) { totalCount } }' }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'prototype keys in variables', body: '{"query":"query ($t: String!) { echo(text: $t) }","variables":{"__proto__":{"t":"x"}}}', status: 400, code: 'BAD_USER_INPUT' },
  { name: 'deeply nested JSON', body: `{"query":"{ tags }","variables":${nested(200_000, '[', ']', '1')}}`, status: 400, code: 'BAD_REQUEST' },
  { name: 'deeply nested selections', body: JSON.stringify({ query: nested(3000, '{ a ', '}', '') }), status: 400, code: 'QUERY_TOO_COMPLEX' },
  { name: 'deeply nested list literal', body: JSON.stringify({ query: `{ echo(text: ${nested(1500, '[', ']', '"x"')}) }` }), status: 400, code: 'QUERY_TOO_COMPLEX' },
  {
    name: 'alias bomb',
    body: JSON.stringify({ query: `{ widget(id: "1") { ${Array.from({ length: 600 }, (_, i) => `a${i}: name`).join(' ')} } }` }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'fragment cycle',
    body: JSON.stringify({ query: '{ widget(id: "1") { ...A } } fragment A on Widget { parts { ...B } } fragment B on Widget { parts { ...A } }' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'exponentially spread fragments',
    body: JSON.stringify({
      query: [
        '{ widget(id: "1") { ...F0 } }',
        ...Array.from({ length: 40 }, (_, i) => `fragment F${i} on Widget { parts { ...F${i + 1} ...F${i + 1} } }`),
        'fragment F40 on Widget { name }',
      ].join(' '),
    }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'self-spreading fragment',
    body: JSON.stringify({ query: '{ widget(id: "1") { ...A } } fragment A on Widget { name ...A }' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'huge string variable over the body limit', body: JSON.stringify({ query: '{ tags }', variables: { t: 'x'.repeat(2_100_000) } }), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  { name: 'mutation over GET', method: 'GET', path: '/graphql?query=mutation%20%7B%20tags%20%7D', headers: { 'apollo-require-preflight': 'true' }, status: 405 },
  { name: 'GET without a CSRF header', method: 'GET', contentType: null, path: '/graphql?query=%7Btags%7D', status: 400, code: 'BAD_REQUEST' },
  { name: 'PUT', method: 'PUT', body: '{"query":"{ tags }"}', status: 405 },
  { name: 'unknown path', path: '/admin', body: '{"query":"{ tags }"}', status: 404, code: 'NOT_FOUND' },
  { name: 'persisted query hash only', body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }), status: 200, code: 'PERSISTED_QUERY_NOT_SUPPORTED' },
];

describe('gateway: bad input never gets a 500', () => {
  let h: GatewayHarness;
  let token: string;
  beforeAll(async () => {
    h = await startHarness();
    token = await h.tokens.token('ANALYST');
  });
  afterAll(async () => {
    await h.close();
  });

  for (const probe of CORPUS) {
    it(`answers ${probe.status} to ${probe.name}`, async () => {
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...probe.headers };
      if (probe.contentType !== null) headers['content-type'] = probe.contentType ?? 'application/json';
      const method = probe.method ?? 'POST';
      const response = await fetch(`${h.base}${probe.path ?? '/graphql'}`, { method, headers, body: method === 'GET' ? undefined : probe.body });
      const text = await response.text();
      expect(response.status, text.slice(0, 300)).toBe(probe.status);
      expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
      if (probe.code) expect(JSON.parse(text).errors[0].extensions.code).toBe(probe.code);
    });
  }

  it('serves a huge string literal under the limits', async () => {
    const text = 'x'.repeat(500_000);
    const response = await fetch(h.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ echo(text: "${text}") }` }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).data.echo).toHaveLength(500_000);
  });

  it('still serves normal requests after the corpus', async () => {
    const response = await fetch(h.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tags }' }),
    });
    expect(await response.json()).toEqual({ data: { tags: ['red', 'blue'] } });
  });
});
