/**
 * /metrics on every service of a seeded stack, scraped as Prometheus would (operator token), and the
 * gateway's /ready turning not-ready when the served build is older than GATEWAY_READY_MAX_BUILD_AGE_SECONDS,
 * then ready again once a write makes the warehouse publish a new build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.js';
import type { TestStack } from '../helpers/stack.js';
import { startSeededStack, waitFor } from '../helpers/seeded-stack.js';
import { submitAudit } from './helpers.js';

const MAX_BUILD_AGE_SECONDS = 15;

let stack: TestStack;
let analyst: string;

async function scrape(service: string, token: string | null = analyst): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${stack.ports[service]}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, text: await response.text() };
}

/** The value of the first sample whose line starts with `series` (name and labels as printed). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function ready(): Promise<{
  status: number;
  body: { status: string; reasons: string[]; build?: { ageSeconds: number } };
}> {
  const response = await fetch(`http://127.0.0.1:${stack.ports.gateway}/ready`, {
    headers: { authorization: `Bearer ${analyst}` },
  });
  return { status: response.status, body: (await response.json()) as never };
}

beforeAll(async () => {
  stack = await startSeededStack({
    without: ['dashboards'],
    syncIntervalSeconds: 1,
    extraEnv: { GATEWAY_READY_MAX_BUILD_AGE_SECONDS: String(MAX_BUILD_AGE_SECONDS) },
  });
  analyst = await stack.tokens.token('ANALYST');
  await gql(
    stack.gateway,
    'query SupplierPage { suppliers(first: 2) { totalCount edges { node { name country { name } } } } }',
    {},
    analyst,
  );
  await gql(stack.gateway, 'query Status { warehouseStatus { buildId builtAt } }', {}, analyst);
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

describe('/metrics on every service', () => {
  it('answers only operator tokens', async () => {
    const partner = await stack.tokens.token('PARTNER');
    for (const service of ['gateway', 'audits', 'agency', 'campaigns', 'insights', 'warehouse']) {
      expect((await scrape(service, null)).status, service).toBe(401);
      expect((await scrape(service, partner)).status, service).toBe(403);
      expect((await scrape(service, await stack.tokens.token('WAREHOUSE'))).status, service).toBe(200);
    }
  });

  it('counts gateway requests by operation, with latency', async () => {
    const { text } = await scrape('gateway');
    expect(sample(text, 'tidemark_gateway_requests_total{operation="SupplierPage",outcome="ok"}')).toBe(1);
    expect(sample(text, 'tidemark_gateway_request_duration_seconds_count{operation="SupplierPage",outcome="ok"}')).toBe(
      1,
    );
    expect(sample(text, 'tidemark_gateway_failures_total{kind="request"}')).toBe(0);
  });

  it('counts requests and DuckDB statement time on each subgraph', async () => {
    for (const service of ['audits', 'agency', 'insights']) {
      const { text } = await scrape(service);
      const requests = text
        .split('\n')
        .filter((l) => l.startsWith(`tidemark_${service}_requests_total{`) && l.includes('outcome="ok"'));
      expect(requests.length, service).toBeGreaterThan(0);
      expect(
        sample(text, `tidemark_${service}_duckdb_query_duration_seconds_count{outcome="ok"}`),
        service,
      ).toBeGreaterThan(0);
      expect(sample(text, `tidemark_${service}_failures_total{kind="duckdb"}`), service).toBe(0);
    }
  });

  it('reports the age of the build insights serves', async () => {
    const { text } = await scrape('insights');
    const age = sample(text, 'tidemark_insights_served_build_age_seconds');
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(600);
  });

  it('reports warehouse ticks, rows synced per source table and the published build age', async () => {
    const { text } = await scrape('warehouse');
    expect(sample(text, 'tidemark_warehouse_tick_duration_seconds_count{outcome="ok"}')).toBeGreaterThan(0);
    expect(sample(text, 'tidemark_warehouse_rows_synced_total{source="audits",table="audits"}')).toBeGreaterThan(1000);
    expect(sample(text, 'tidemark_warehouse_builds_published_total')).toBeGreaterThan(0);
    expect(sample(text, 'tidemark_warehouse_served_build_age_seconds')).toBeLessThan(600);
    expect(sample(text, 'tidemark_warehouse_duckdb_query_duration_seconds_count{outcome="ok"}')).toBeGreaterThan(10);
  });

  it('counts a failing warehouse tick when a source is down', async () => {
    await stack.stopService('campaigns');
    try {
      await waitFor(
        'a failed tick',
        async () => {
          const { text } = await scrape('warehouse');
          return (sample(text, 'tidemark_warehouse_failures_total{kind="tick"}') ?? 0) > 0 ? true : undefined;
        },
        30_000,
      );
      const { text } = await scrape('warehouse');
      expect(sample(text, 'tidemark_warehouse_tick_duration_seconds_count{outcome="failed"}')).toBeGreaterThan(0);
      expect(sample(text, 'tidemark_warehouse_failures_total{kind="sync"}')).toBeGreaterThan(0);
    } finally {
      await stack.startService('campaigns');
    }
  }, 60_000);
});

describe('/ready of the gateway and the age of the served build', () => {
  it(`turns not-ready past ${MAX_BUILD_AGE_SECONDS} s without a new build, and ready again after one`, async () => {
    const stale = await waitFor(
      'a stale build',
      async () => {
        const answer = await ready();
        return answer.status === 503 ? answer : undefined;
      },
      (MAX_BUILD_AGE_SECONDS + 30) * 1000,
    );
    expect(stale.body.status).toBe('not ready');
    expect(stale.body.reasons.join(' ')).toMatch(
      new RegExp(`served warehouse build is \\d+ s old \\(bound ${MAX_BUILD_AGE_SECONDS} s\\)`),
    );
    expect(stale.body.build!.ageSeconds).toBeGreaterThan(MAX_BUILD_AGE_SECONDS);

    const partner = await stack.tokens.token('PARTNER', { org_id: 'org-metrics' });
    expect((await submitAudit(stack.gateway, partner, 1, 'ready')).id).not.toBeNull();
    const fresh = await waitFor(
      'a fresh build',
      async () => {
        const answer = await ready();
        return answer.status === 200 ? answer : undefined;
      },
      60_000,
    );
    expect(fresh.body).toMatchObject({ status: 'ready', reasons: [] });
    expect(fresh.body.build!.ageSeconds).toBeLessThanOrEqual(MAX_BUILD_AGE_SECONDS);
  }, 120_000);
});
