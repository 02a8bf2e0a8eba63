import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateSecret, mintToken } from '../../lib/auth.js';
import type { Role } from '../../lib/identity.js';
import { gql } from '../helpers/graphql.js';
import { startHarness, type GatewayHarness } from './fixtures/harness.js';

const bearer = (token: string) => `Bearer ${token}`;

const QUERY = '{ widgets(first: 1) { edges { node { id rating } } } }';
const secondsAgo = (s: number) => Math.floor(Date.now() / 1000) - s;
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('gateway: authentication', () => {
  let h: GatewayHarness;
  let ownSecret: Uint8Array;
  beforeAll(async () => {
    h = await startHarness();
    ownSecret = loadOrCreateSecret(`${h.dataDir}/jwt-secret`);
  });
  afterAll(async () => {
    await h.close();
  });

  const failures: [string, () => Promise<Record<string, string>>][] = [
    ['no Authorization header', async () => ({})],
    ['a Basic Authorization header', async () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a bearer value that is not a JWT', async () => ({ authorization: 'Bearer not-a-jwt' })],
    [
      'an expired token',
      async () => ({
        authorization: bearer(await mintToken(ownSecret, { sub: 'a', role: 'ANALYST' }, { expiresIn: secondsAgo(60) })),
      }),
    ],
    [
      'a token signed with another secret',
      async () => ({
        authorization: bearer(await mintToken(new TextEncoder().encode('x'.repeat(43)), { sub: 'a', role: 'ANALYST' })),
      }),
    ],
    [
      'a token for another audience',
      async () => ({
        authorization: bearer(await mintToken(ownSecret, { sub: 'a', role: 'ANALYST' }, { audience: 'other-api' })),
      }),
    ],
    [
      'a token from another issuer',
      async () => ({
        authorization: bearer(await mintToken(ownSecret, { sub: 'a', role: 'ANALYST' }, { issuer: 'evil' })),
      }),
    ],
    [
      'a token with an unknown role',
      async () => ({ authorization: bearer(await mintToken(ownSecret, { sub: 'a', role: 'ADMIN' as Role })) }),
    ],
    [
      'a PARTNER token without org_id',
      async () => ({ authorization: bearer(await mintToken(ownSecret, { sub: 'a', role: 'PARTNER' })) }),
    ],
    [
      'an AGENCY token without country',
      async () => ({ authorization: bearer(await mintToken(ownSecret, { sub: 'a', role: 'AGENCY', agency_id: 'x' })) }),
    ],
    [
      'an unsigned (alg none) token',
      async () => ({
        authorization: bearer(
          [
            b64({ alg: 'none', typ: 'JWT' }),
            b64({ sub: 'a', role: 'ANALYST', iss: 'tidemark', aud: 'tidemark-api' }),
            '',
          ].join('.'),
        ),
      }),
    ],
    [
      'a token without expiry',
      async () => ({
        authorization: bearer(
          await new SignJWT({ role: 'ANALYST' })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('a')
            .setIssuer('tidemark')
            .setAudience('tidemark-api')
            .sign(ownSecret),
        ),
      }),
    ],
  ];

  for (const [name, headers] of failures) {
    it(`answers 401 UNAUTHENTICATED to ${name}, without calling a subgraph`, async () => {
      const before = h.subgraphRequests();
      const response = await gql(h.url, QUERY, {}, null, await headers());
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.errors?.[0]?.extensions?.requestId).toBe(response.headers.get('x-request-id'));
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(response.data).toBeUndefined();
      expect(h.subgraphRequests()).toBe(before);
    });
  }

  it('says what was wrong with an expired token', async () => {
    const token = await mintToken(ownSecret, { sub: 'a', role: 'ANALYST' }, { expiresIn: secondsAgo(60) });
    const response = await gql(h.url, QUERY, {}, token);
    expect(response.errors?.[0]?.message).toBe('Your token has expired: sign in again');
  });

  it('refuses GET queries without a token', async () => {
    const response = await fetch(`${h.url}?query=${encodeURIComponent('{ tags }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('gives a browser without a token only a static page pointing to the dashboards, and no data', async () => {
    const response = await fetch(h.url, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).toMatch(/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).toContain('explorer.html');
    expect(page).not.toMatch(/__schema|sup-\d|"data"/);
    // GraphQL over GET still needs a token.
    const query = await fetch(`${h.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'text/html' },
    });
    expect(query.status).toBeGreaterThanOrEqual(400);
  });

  it('answers /health without a token', async () => {
    const response = await fetch(`${h.base}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('keeps /ready and /metrics for ANALYST and WAREHOUSE tokens', async () => {
    for (const path of ['/ready', '/metrics']) {
      expect((await fetch(`${h.base}${path}`)).status).toBe(401);
      const partner = await h.tokens.token('PARTNER');
      expect((await fetch(`${h.base}${path}`, { headers: { authorization: `Bearer ${partner}` } })).status).toBe(403);
      for (const role of ['ANALYST', 'WAREHOUSE'] as const) {
        const token = await h.tokens.token(role);
        expect((await fetch(`${h.base}${path}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      }
    }
  });

  it('serves every role with a valid token and forwards it to the subgraphs', async () => {
    for (const role of ['PARTNER', 'AGENCY', 'ANALYST', 'POLICY', 'WAREHOUSE'] as const) {
      const response = await gql(h.url, QUERY, {}, await h.tokens.token(role));
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ widgets: { edges: [{ node: { id: '1', rating: 2 } }] } });
    }
  });

  it('keeps a subgraph reached directly closed to callers without a token, _service and _entities too', async () => {
    for (const query of [
      '{ _service { sdl } }',
      '{ _entities(representations: [{ __typename: "Widget", id: "1" }]) { ... on Widget { name } } }',
    ]) {
      for (const headers of [{}, { authorization: 'Basic dXNlcjpwYXNz' }] as Record<string, string>[]) {
        const response = await gql(h.alpha.url, query, {}, null, headers);
        expect(response.status).toBe(401);
        expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        expect(response.data).toBeUndefined();
      }
    }
  });
});
