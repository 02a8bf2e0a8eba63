/** Starts a real campaigns subgraph on port 0 over a temp data dir, with a token per role. */
import type { Kysely } from 'kysely';
import { createLogger } from '../../lib/logger.js';
import type { Role } from '../../lib/identity.js';
import { start } from '../../subgraphs/campaigns/server.js';
import type { DB } from '../../subgraphs/campaigns/db-types.js';
import { gql, type GraphQLResponse } from '../helpers/graphql.js';
import { testDatabaseUrl } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';
import { tokenFactory } from '../helpers/tokens.js';

export interface CampaignsFixture {
  url: string;
  dataDir: string;
  db: Kysely<DB>;
  tokens: Record<Role | 'AGENCY_VN', string>;
  call<T = any>(role: Role | 'AGENCY_VN' | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export async function startCampaignsFixture(): Promise<CampaignsFixture> {
  const tmp = makeTempDir('tidemark-campaigns-');
  const factory = tokenFactory(tmp.dir);
  const databaseUrl = await testDatabaseUrl(tmp.dir, 'campaigns');
  const server = await start({ port: 0, dataDir: tmp.dir, databaseUrl, log: createLogger('campaigns-test', 'silent') });
  const tokens = {
    PARTNER: await factory.token('PARTNER'),
    AGENCY: await factory.token('AGENCY', { agency_id: 'th-police', country: 'TH' }),
    AGENCY_VN: await factory.token('AGENCY', { agency_id: 'vn-police', country: 'VN' }),
    ANALYST: await factory.token('ANALYST'),
    POLICY: await factory.token('POLICY'),
    WAREHOUSE: await factory.token('WAREHOUSE'),
  };
  return {
    url: server.url,
    dataDir: tmp.dir,
    db: server.db,
    tokens,
    call: (role, query, variables = {}) => gql(server.url, query, variables, role ? tokens[role] : null),
    async stop() {
      await server.stop();
      tmp.remove();
    },
  };
}

export const CREATE = `mutation($input: CreateCampaignInput!) {
  createCampaign(input: $input) { id name country { code } audience channels languages startDate endDate }
}`;

export const UPSERT = `mutation($id: ID!, $metrics: [CampaignMetricInput!]!) {
  upsertCampaignMetrics(campaignId: $id, metrics: $metrics) { inserted updated unchanged campaign { id } }
}`;

export function campaignInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Know your rights before you go',
    countryCode: 'TH',
    audience: 'MIGRANT_WORKERS',
    channels: ['SOCIAL_MEDIA', 'RADIO'],
    languages: ['th', 'my-MM'],
    startDate: '2024-01-01',
    endDate: '2024-03-31',
    ...overrides,
  };
}

export function metric(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    date: '2024-01-10',
    channel: 'RADIO',
    impressions: 1000,
    reach: 800,
    engagements: 40,
    hotlineContacts: 3,
    reportsToAuthorities: 1,
    ...overrides,
  };
}
