import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';
import type { DB } from '../../subgraphs/agency/db-types.js';
import { start } from '../../subgraphs/agency/server.js';
import { gql } from '../helpers/graphql.js';
import { testDatabaseUrl } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';
import { tokenFactory } from '../helpers/tokens.js';

const tmp = makeTempDir('tidemark-agency-restart-');
afterAll(() => tmp.remove());

async function counts(db: Kysely<DB>): Promise<number[]> {
  const out: number[] = [];
  for (const table of ['countries', 'action_periods']) {
    out.push(Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]!.n));
  }
  return out;
}

describe('agency: start and restart', () => {
  it('loads countries and the seeded action periods on first start only, and keeps feeds across restarts', async () => {
    const log = createLogger('agency', 'silent');
    const tokens = tokenFactory(tmp.dir);
    const databaseUrl = await testDatabaseUrl(tmp.dir, 'agency');
    const first = await start({ port: 0, dataDir: tmp.dir, databaseUrl, log });
    expect(await counts(first.db)).toEqual([249, 2]);
    const agency = await tokens.token('AGENCY');
    const submitted = await gql(
      first.url,
      `mutation { submitIndicatorFeed(input: { periodId: "JPA4", sourceReliability: A, informationCredibility: 1, values: [{ indicator: ARRESTS, value: 3 }] }) { revision } }`,
      {},
      agency,
    );
    expect(submitted.data.submitIndicatorFeed.revision).toBe(1);
    await first.stop();

    const second = await start({ port: 0, dataDir: tmp.dir, databaseUrl, log });
    try {
      expect(await counts(second.db)).toEqual([249, 2]);
      const read = await gql(second.url, `{ indicatorFeeds { totalCount edges { node { period { id label } } } } }`, {}, agency);
      expect(read.data.indicatorFeeds).toEqual({ totalCount: 1, edges: [{ node: { period: { id: 'JPA4', label: '4th Joint Period of Action' } } }] });
    } finally {
      await second.stop();
    }
  });
});
