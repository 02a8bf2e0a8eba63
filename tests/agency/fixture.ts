/** Starts the real agency subgraph on port 0 over a fresh data dir, with tokens signed by the secret it reads. */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { createLogger } from '../../lib/logger.js';
import type { DB } from '../../subgraphs/agency/db-types.js';
import { start } from '../../subgraphs/agency/server.js';
import { gql, type GraphQLResponse } from '../helpers/graphql.js';
import { testDatabaseUrl } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';
import { tokenFactory, type TokenFactory } from '../helpers/tokens.js';

export interface AgencyFixture {
  url: string;
  db: Kysely<DB>;
  dataDir: string;
  tokens: TokenFactory;
  call<T = any>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  rowCounts(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

export async function startAgency(): Promise<AgencyFixture> {
  const tmp = makeTempDir('tidemark-agency-');
  const tokens = tokenFactory(tmp.dir);
  const databaseUrl = await testDatabaseUrl(tmp.dir, 'agency');
  const server = await start({ port: 0, dataDir: tmp.dir, databaseUrl, log: createLogger('agency', 'silent') });
  return {
    url: server.url,
    db: server.db,
    dataDir: tmp.dir,
    tokens,
    call: (token, query, variables = {}) => gql(server.url, query, variables, token),
    async rowCounts() {
      const out: Record<string, number> = {};
      for (const table of ['countries', 'action_periods', 'indicator_feeds', 'indicator_values']) {
        const result = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(server.db);
        out[table] = Number(result.rows[0]!.n);
      }
      return out;
    },
    async stop() {
      await server.stop();
      tmp.remove();
    },
  };
}

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitIndicatorFeedInput!) {
    submitIndicatorFeed(input: $input) {
      id
      revision
      agencyId
      country { code }
      period { id }
      sourceReliability
      informationCredibility
      submittedBy
      note
      values { indicator crimeType exploitation sex ageGroup value suppressed }
    }
  }
`;

export const cell = (indicator: string, value: number, dims: Record<string, string> = {}) => ({ indicator, ...dims, value });

export const feedInput = (values: unknown[], extra: Record<string, unknown> = {}) => ({
  periodId: 'JPA5',
  sourceReliability: 'B',
  informationCredibility: 2,
  values,
  ...extra,
});
