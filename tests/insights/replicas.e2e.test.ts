/**
 * Two insights replicas, separate processes over the same data dir, serve the same published build at once:
 * the second started later on another port. While builds are published under load, every answer of either
 * replica comes from exactly one whole build, both end on the newest, and each registers the builds it reads
 * (so the warehouse keeps their files: tests/warehouse/snapshot.integration.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readersDirOf } from '../../lib/snapshot-contract.js';
import { launchStack, type RunningStack } from '../../scripts/stack.js';
import { gql } from '../helpers/graphql.js';
import { makeTempDir } from '../helpers/tmp.js';
import { tokenFactory } from '../helpers/tokens.js';
import { publishSnapshot } from './fixtures/marts.js';
import { sampleMarts } from './fixtures/sample-marts.js';
import { supplierRefs } from './fixtures/server.js';

const tmp = makeTempDir('tidemark-replicas-');
const ONLY_INSIGHTS = { without: ['audits', 'agency', 'campaigns', 'warehouse', 'gateway', 'dashboards'] };
const replicas: RunningStack[] = [];
let token: string;

const asOfOf = (build: number) => `2019-12-${String(10 + build).padStart(2, '0')}`;
const PROBE = `query($ids: [_Any!]!) {
  warehouseStatus { buildId asOf }
  riskHotspots(groupBy: COUNTRY) { asOf cells { country { code } maxScore } }
  _entities(representations: $ids) { ... on Supplier { risk { score asOf } } }
}`;

const startReplica = async () => {
  const stack = await launchStack({
    dataDir: tmp.dir,
    ports: 'free',
    ...ONLY_INSIGHTS,
    extraEnv: { INSIGHTS_SNAPSHOT_POLL_MS: '100' },
  });
  replicas.push(stack);
  return stack.urls.insights!;
};
const buildServed = async (url: string) =>
  (await gql(url, '{ warehouseStatus { buildId } }', {}, token)).data?.warehouseStatus?.buildId ?? null;

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  // A policy officer: the hand-made builds carry published driver sums, not the inputs finding details are scored from.
  token = await tokenFactory(tmp.dir).token('POLICY');
}, 60_000);

afterAll(async () => {
  for (const r of replicas) await r.stop();
  tmp.remove();
});

describe('insights: two replicas over one published build', () => {
  it('serves one build from two processes, each answer from one whole build, while builds are published', async () => {
    const first = await startReplica();
    await publishSnapshot(tmp.dir, 'b1', sampleMarts({ asOf: asOfOf(1), scoreShift: 1 }), { asOf: asOfOf(1) });
    await waitFor(async () => (await buildServed(first)) === 'b1', 'the first replica to serve b1');
    const second = await startReplica();
    expect(second).not.toBe(first);
    expect(await buildServed(second)).toBe('b1');

    let stop = false;
    const problems: string[] = [];
    const seen = new Map<string, Set<string>>([
      [first, new Set()],
      [second, new Set()],
    ]);
    const client = async (url: string) => {
      while (!stop) {
        const res = await gql(url, PROBE, { ids: supplierRefs('s1', 's3') }, token);
        if (res.errors) {
          problems.push(JSON.stringify(res.errors));
          continue;
        }
        const build = Number(res.data.warehouseStatus.buildId.slice(1));
        seen.get(url)!.add(res.data.warehouseStatus.buildId);
        const th = res.data.riskHotspots.cells.find((c: any) => c.country.code === 'TH');
        const [s1, s3] = res.data._entities.map((e: any) => e.risk);
        const whole =
          res.data.riskHotspots.asOf === asOfOf(build) &&
          s1.asOf === asOfOf(build) &&
          Math.abs(s1.score - (63.6 + build)) < 1e-9 &&
          Math.abs(s3.score - (78.5 + build)) < 1e-9 &&
          Math.abs(th.maxScore - (78.5 + build)) < 1e-9;
        if (!whole) problems.push(`mixed builds in one answer from ${url}: ${JSON.stringify(res.data)}`);
      }
    };
    const clients = [first, second, first, second].map(client);
    for (let build = 2; build <= 4; build++) {
      await publishSnapshot(tmp.dir, `b${build}`, sampleMarts({ asOf: asOfOf(build), scoreShift: build }), {
        asOf: asOfOf(build),
      });
      await waitFor(
        async () => (await buildServed(first)) === `b${build}` && (await buildServed(second)) === `b${build}`,
        `both on b${build}`,
      );
    }
    stop = true;
    await Promise.all(clients);

    expect(problems).toEqual([]);
    for (const url of [first, second]) expect([...seen.get(url)!]).toContain('b4');
    // Each replica told the warehouse which builds it reads: now only b4 (earlier ones closed).
    await waitFor(async () => {
      const registered = readdirSync(readersDirOf(tmp.dir)).filter((f) => f.endsWith('.json'));
      const ids = registered.map((f) =>
        JSON.parse(readFileSync(join(readersDirOf(tmp.dir), f), 'utf8')).buildIds.join(','),
      );
      return registered.length === 2 && ids.every((x) => x === 'b4');
    }, 'both replicas to register b4 alone');
  }, 120_000);
});
