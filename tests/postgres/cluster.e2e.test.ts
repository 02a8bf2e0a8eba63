/**
 * `npm run cluster`'s topology under failure: one PostgreSQL, two replicas of every store subgraph and of
 * insights, two gateways, one warehouse, all real processes. Clients send a bounded mixed load (keyed audit
 * submissions and reads touching all four subgraphs) to both gateways, failing over between them as a load
 * balancer would. One replica of each kind is killed (SIGKILL), restarted, and then the other replica of each
 * kind is killed, so the restarted ones must be serving. Every acknowledged write is stored exactly once;
 * reads fail only while in flight at a kill.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresDatabase } from '../../lib/postgres/database.js';
import { planCluster } from '../../scripts/cluster/plan.js';
import { launchSpecs, type RunningStack } from '../../scripts/stack.js';
import { auditInput } from '../audits/fixtures.js';
import { gql } from '../helpers/graphql.js';
import { testDatabaseUrl } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';
import { PARTNER_A, tokenFactory } from '../helpers/tokens.js';

const CLIENTS = 4;
/** Pause between one client's calls: a bounded load on a shared 2-core machine. */
const THINK_MS = 20;
const KINDS = ['audits', 'agency', 'campaigns', 'insights', 'gateway'] as const;
const READ =
  '{ suppliers(first: 1) { totalCount } countries(region: "Asia") { code } ' +
  'campaigns(first: 1) { totalCount } warehouseStatus { buildId } }';
const SUBMIT =
  'mutation($input: SubmitAuditInput!, $key: String) ' +
  '{ submitAudit(input: $input, idempotencyKey: $key) { audit { id } } }';

const tmp = makeTempDir('tidemark-cluster-');
let cluster: RunningStack;
let databaseUrl: string;
let gateways: string[];

beforeAll(async () => {
  databaseUrl = (await testDatabaseUrl(tmp.dir))!;
  tokenFactory(tmp.dir); // the shared secret, before any service reads it
  const specs = await planCluster({ dataDir: tmp.dir, ports: 'free', databaseUrl, without: ['dashboards'] });
  // No supervisor restarts: the test kills and restarts replicas itself.
  cluster = await launchSpecs(specs, { dataDir: tmp.dir, ports: 'free', restart: false });
  gateways = ['gateway-1', 'gateway-2'].map((name) => cluster.urls[name]!);
}, 240_000);
afterAll(async () => {
  await cluster?.stop();
  tmp.remove();
});

async function kill(name: string): Promise<void> {
  const child = cluster.children.get(name)!;
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/**
 * One call through either gateway, as a load balancer in front of them would make it: a connection that fails
 * is tried again on the other gateway (a few times, briefly apart). Safe for writes too: they carry keys.
 */
async function call(query: string, variables: Record<string, unknown>, token: string, first: number) {
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return await gql(gateways[(first + attempt) % 2]!, query, variables, token);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return null;
}

describe('cluster: replicas under failure', () => {
  it('keeps every acknowledged write exactly once and reads succeeding while replicas die and rejoin', async () => {
    const factory = tokenFactory(tmp.dir);
    const [partner, analyst] = [await factory.token('PARTNER', PARTNER_A), await factory.token('ANALYST')];
    const acked = new Map<string, string>();
    const stats = { reads: 0, readFailures: 0, writes: 0, writeFailures: 0 };
    let running = true;

    const client = async (c: number) => {
      for (let n = 0; running; n++) {
        await new Promise((r) => setTimeout(r, THINK_MS));
        if (n % 3 === 0) {
          const key = `cluster-${c}-${n}`;
          stats.writes++;
          const res = await call(SUBMIT, { input: auditInput(), key }, partner, c + n);
          const id = res?.data?.submitAudit?.audit?.id as string | undefined;
          if (id && !res!.errors) acked.set(key, id);
          else stats.writeFailures++;
        } else {
          stats.reads++;
          const res = await call(READ, {}, analyst, c + n);
          if (!res || res.errors || !res.data?.countries?.length) stats.readFailures++;
        }
      }
    };

    const load = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // Warm first (the first calls plan queries and open connections), then kill one replica of each kind.
    while (stats.reads < 40) await pause(250);
    await Promise.all(KINDS.map((kind) => kill(`${kind}-1`)));
    await pause(3_000);
    const readsWhileDown = stats.reads;
    await Promise.all(KINDS.map((kind) => cluster.startService(`${kind}-1`)));
    expect(stats.reads).toBeGreaterThan(readsWhileDown); // served by the surviving replicas meanwhile
    await pause(3_000); // past the gateways' cooldown: the restarted replicas are tried again
    await Promise.all(KINDS.map((kind) => kill(`${kind}-2`)));
    await pause(3_000);
    running = false;
    await load;

    // Reads: at most those in flight at the two kills fail (each client has one call in flight at a time).
    expect(stats.reads).toBeGreaterThan(50);
    expect(stats.readFailures).toBeLessThanOrEqual(2 * CLIENTS);
    expect(acked.size).toBeGreaterThan(20);

    const store = await openPostgresDatabase<any>(databaseUrl, { schema: 'audits' });
    try {
      const { rows: keys } = await sql<{ idempotency_key: string; audit_id: string }>`
        SELECT idempotency_key, audit_id FROM idempotency_keys`.execute(store.db);
      const stored = new Map(keys.map((k) => [k.idempotency_key, k.audit_id]));
      for (const [key, id] of acked) expect(stored.get(key), key).toBe(id);
      const { rows } = await sql<{ n: number; distinct_ids: number }>`
        SELECT count(*) AS n, count(DISTINCT audit_id) AS distinct_ids FROM audits`.execute(store.db);
      // One audit per stored key, none written twice by a retried submission.
      expect(rows[0]!.n).toBe(keys.length);
      expect(rows[0]!.distinct_ids).toBe(keys.length);
    } finally {
      await store.close();
    }
  }, 300_000);
});
