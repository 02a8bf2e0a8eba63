/**
 * Soak: a bounded mixed load of every role against a seeded stack, with the audits subgraph killed (SIGKILL)
 * halfway and restarted by the supervisor. No answer is a 5xx, every acknowledged audit and indicator feed
 * is in the stores afterwards, and each service's resident memory after warm-up is reported and grows less
 * than a generous bound. 30 s by default; SOAK_SECONDS=180 (or more) for the long run. Every request loop
 * is bounded in count and time and talks to loopback only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/duckdb/database.js';
import type { SupervisorEvent } from '../../scripts/supervisor.js';
import { gql, type GraphQLResponse } from '../helpers/graphql.js';
import type { TestStack } from '../helpers/stack.js';
import { startSeededStack, waitFor } from '../helpers/seeded-stack.js';
import { submitAudit } from './helpers.js';

const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 30);
const WARM_UP_FRACTION = 0.2;
/** Per loop: at most this many requests, whatever the duration. */
const MAX_REQUESTS_PER_LOOP = 20_000;
/** Generous: RSS after the load may exceed RSS after warm-up by this factor plus this many MB. */
const GROWTH_FACTOR = 1.5;
const GROWTH_SLACK_MB = 150;

const FEED = /* GraphQL */ `
  mutation Feed($input: SubmitIndicatorFeedInput!) {
    submitIndicatorFeed(input: $input) {
      id
      revision
    }
  }
`;

let stack: TestStack;
const events: SupervisorEvent[] = [];

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

function memoryOf(services: string[]): Record<string, number> {
  return Object.fromEntries(services.map((name) => [name, Math.round(rssMb(stack.children.get(name)!.pid!))]));
}

beforeAll(async () => {
  stack = await startSeededStack({ without: ['dashboards'], syncIntervalSeconds: 2, onEvent: (e) => events.push(e) });
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

describe(`soak: ${SOAK_SECONDS} s of mixed load with a subgraph killed halfway`, () => {
  it(
    'answers no 5xx, loses no acknowledged write, and keeps memory flat after warm-up',
    async () => {
      const started = Date.now();
      const deadline = started + SOAK_SECONDS * 1000;
      const statuses = new Map<number, number>();
      const ackedAudits: string[] = [];
      /** Each acknowledged revision of the agency's feed: a feed keeps its id, every submission adds a revision. */
      const ackedFeeds: { id: string; revision: number }[] = [];
      let requests = 0;
      const note = (response: GraphQLResponse) => {
        requests += 1;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        return response;
      };
      const loop = async (body: (n: number) => Promise<void>) => {
        for (let n = 0; n < MAX_REQUESTS_PER_LOOP && Date.now() < deadline; n++) await body(n);
      };

      const partner = await stack.tokens.token('PARTNER', { org_id: 'org-soak', sub: 'soak@partner' });
      const agency = await stack.tokens.token('AGENCY', { agency_id: 'th-police', country: 'TH' });
      const analyst = await stack.tokens.token('ANALYST');
      const policy = await stack.tokens.token('POLICY');
      const warehouse = await stack.tokens.token('WAREHOUSE');
      const url = stack.gateway;

      const loops = [
        // PARTNER writes audits (each with its own idempotency key) and reads its own.
        loop(async (n) => {
          const result = await submitAudit(url, partner, n, 'soak');
          note({ status: result.status } as GraphQLResponse);
          if (result.id) ackedAudits.push(result.id);
          note(await gql(url, '{ audits(first: 5) { totalCount edges { node { id auditDate } } } }', {}, partner));
        }),
        // AGENCY submits revisions of its indicator feed and reads the country it reports for.
        loop(async (n) => {
          const input = {
            periodId: '2019-08',
            sourceReliability: 'B',
            informationCredibility: 2,
            values: [{ indicator: 'ARRESTS', value: n % 50 }],
          };
          const response = note(await gql(url, FEED, { input }, agency));
          const feed = response.data?.submitIndicatorFeed as { id: string; revision: number } | undefined;
          if (!response.errors && feed) ackedFeeds.push(feed);
          await new Promise((r) => setTimeout(r, 100));
        }),
        // ANALYST reads across every subgraph.
        loop(async () => {
          note(
            await gql(
              url,
              '{ suppliers(first: 5) { totalCount edges { node { name sector country { name } } } } }',
              {},
              analyst,
            ),
          );
          note(
            await gql(
              url,
              '{ riskHotspots(groupBy: COUNTRY) { withheldCells } warehouseStatus { buildId } }',
              {},
              analyst,
            ),
          );
        }),
        // POLICY reads the aggregate views.
        loop(async () => {
          note(await gql(url, '{ riskHotspots(groupBy: SECTOR) { withheldCells } countries { code } }', {}, policy));
        }),
        // WAREHOUSE (besides the warehouse loop itself, syncing every 2 s): the operator scrape.
        loop(async () => {
          const response = await fetch(`http://127.0.0.1:${stack.ports.warehouse}/metrics`, {
            headers: { authorization: `Bearer ${warehouse}` },
          });
          await response.arrayBuffer();
          note({ status: response.status } as GraphQLResponse);
          await new Promise((r) => setTimeout(r, 500));
        }),
      ];

      const measured = ['gateway', 'agency', 'campaigns', 'insights', 'warehouse'];
      // Halfway: the audits subgraph dies hard; the supervisor restarts it while the load goes on.
      const chaos = (async () => {
        await new Promise((r) => setTimeout(r, SOAK_SECONDS * WARM_UP_FRACTION * 1000));
        const warm = memoryOf(measured);
        await new Promise((r) => setTimeout(r, Math.max(0, started + (SOAK_SECONDS * 1000) / 2 - Date.now())));
        stack.children.get('audits')!.kill('SIGKILL');
        await waitFor(
          'audits restarted',
          async () => (events.some((e) => e.type === 'restarted' && e.name === 'audits') ? true : undefined),
          60_000,
        );
        return warm;
      })();

      await Promise.all(loops);
      const warm = await chaos;
      const end = memoryOf(measured);
      console.log(
        `soak ${SOAK_SECONDS} s: ${requests} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ` +
          `${ackedAudits.length} audits and ${ackedFeeds.length} feeds acknowledged; ` +
          `RSS MB after warm-up ${JSON.stringify(warm)}, at end ${JSON.stringify(end)}`,
      );

      expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
      expect(ackedAudits.length).toBeGreaterThan(10);
      expect(ackedFeeds.length).toBeGreaterThan(10);
      for (const name of measured) expect(end[name], name).toBeLessThan(warm[name]! * GROWTH_FACTOR + GROWTH_SLACK_MB);

      // Every acknowledged write is in the stores once the services have closed them.
      await stack.stop();
      const audits = await openDatabase<any>(join(stack.dataDir, 'audits.duckdb'), { readOnly: true });
      try {
        const { rows } = await sql<{ n: number }>`
        SELECT count(*) AS n FROM audits WHERE audit_id IN (SELECT unnest(${ackedAudits}::VARCHAR[]))`.execute(
          audits.db,
        );
        expect(Number(rows[0]!.n)).toBe(new Set(ackedAudits).size);
      } finally {
        await audits.close();
      }
      const agencyDb = await openDatabase<any>(join(stack.dataDir, 'agency.duckdb'), { readOnly: true });
      try {
        const keys = ackedFeeds.map((f) => `${f.id}#${f.revision}`);
        const { rows } = await sql<{ n: number }>`
        SELECT count(*) AS n FROM indicator_feeds
        WHERE feed_id || '#' || revision IN (SELECT unnest(${keys}::VARCHAR[]))`.execute(agencyDb.db);
        expect(Number(rows[0]!.n)).toBe(new Set(keys).size);
      } finally {
        await agencyDb.close();
      }
    },
    (SOAK_SECONDS + 240) * 1000,
  );
});
