/** The dashboards server's /metrics: operator tokens only, proxied GraphQL requests counted by outcome. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifier, DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../../lib/auth.js';
import type { RunningServer } from '../../lib/http-server.js';
import { createLogger } from '../../lib/logger.js';
import { freePort } from '../../scripts/stack.js';
import { startDashboardsServer } from '../../dashboards/host/start.js';
import { makeTempDir } from '../helpers/tmp.js';
import { tokenFactory, type TokenFactory } from '../helpers/tokens.js';

describe('dashboards: /metrics', () => {
  const tmp = makeTempDir('tidemark-dash-metrics-');
  let tokens: TokenFactory;
  let server: RunningServer;
  beforeAll(async () => {
    tokens = tokenFactory(tmp.dir);
    server = await startDashboardsServer({
      port: 0,
      // Nothing listens there: the proxy answers the page with its own error.
      gatewayUrl: `http://127.0.0.1:${await freePort()}/graphql`,
      distDir: tmp.dir,
      log: createLogger('dashboards', 'silent'),
      verifier: createVerifier({
        issuer: DEFAULT_ISSUER,
        audience: DEFAULT_AUDIENCE,
        secretFile: join(tmp.dir, 'jwt-secret'),
      }),
    });
  });
  afterAll(async () => {
    await server.stop();
    tmp.remove();
  });

  it('counts proxied requests by outcome, for operator tokens only', async () => {
    const base = `http://127.0.0.1:${server.port}`;
    const proxied = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(proxied.status).toBeGreaterThanOrEqual(500); // the gateway is unreachable
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    const partner = await fetch(`${base}/metrics`, {
      headers: { authorization: `Bearer ${await tokens.token('PARTNER')}` },
    });
    expect(partner.status).toBe(403);
    const text = await (
      await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${await tokens.token('ANALYST')}` } })
    ).text();
    expect(text).toContain('tidemark_dashboards_requests_total{operation="graphql_proxy",outcome="error"} 1');
    expect(text).toContain('tidemark_dashboards_failures_total{kind="request"} 1');
  });
});
