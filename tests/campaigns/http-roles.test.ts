import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../helpers/graphql.js';
import { CREATE, UPSERT, campaignInput, metric, startCampaignsFixture, type CampaignsFixture } from './fixture.js';

let f: CampaignsFixture;
let campaignId: string;

const READ = `query($id: ID!) {
  campaign(id: $id) {
    id name country { code } audience channels languages startDate endDate createdAt
    metrics { date channel impressions reach engagements hotlineContacts reportsToAuthorities updatedAt }
    totals { firstDate lastDate daysReported impressions reach engagements hotlineContacts reportsToAuthorities }
  }
  campaigns(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
}`;

beforeAll(async () => {
  f = await startCampaignsFixture();
  const created = await f.call('ANALYST', CREATE, { input: campaignInput() });
  campaignId = created.data.createCampaign.id;
  const upserted = await f.call('ANALYST', UPSERT, { id: campaignId, metrics: [metric()] });
  expect(upserted.errors).toBeUndefined();
});
afterAll(() => f.stop());

describe('campaigns: who reads', () => {
  it.each(['PARTNER', 'AGENCY', 'ANALYST', 'POLICY'] as const)('%s reads campaigns, metrics and totals', async (role) => {
    const res = await f.call(role, READ, { id: campaignId });
    expect(res.errors).toBeUndefined();
    expect(res.data.campaign).toMatchObject({ id: campaignId, country: { code: 'TH' }, channels: ['SOCIAL_MEDIA', 'RADIO'] });
    expect(res.data.campaign.metrics).toHaveLength(1);
    expect(res.data.campaign.totals).toMatchObject({ impressions: 1000, reach: 800, daysReported: 1 });
    expect(res.data.campaigns.totalCount).toBe(1);
  });

  it('the WAREHOUSE service reads nothing but the change feed', async () => {
    const res = await f.call('WAREHOUSE', READ, { id: campaignId });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data?.campaign ?? null).toBeNull();
  });

  it('an unauthenticated caller gets 401', async () => {
    const res = await f.call(null, READ, { id: campaignId });
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('resolves Campaign and Country entity references for the gateway', async () => {
    const res = await f.call('POLICY', `query($reps: [_Any!]!) {
      _entities(representations: $reps) { ... on Campaign { id name } ... on Country
        { code campaigns(activeOn: "2024-02-01") { id } } }
    }`, { reps: [{ __typename: 'Campaign', id: campaignId }, { __typename: 'Country', code: 'TH' }, { __typename: 'Campaign', id: 'cmp-nope' }] });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities).toEqual([{ id: campaignId, name: 'Know your rights before you go' }, { code: 'TH', campaigns: [{ id: campaignId }] }, null]);
  });
});

describe('campaigns: who writes', () => {
  it.each(['PARTNER', 'POLICY', 'WAREHOUSE'] as const)('%s may not create campaigns or write metrics', async (role) => {
    const before = await f.db.selectFrom('campaigns').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(errorCode(await f.call(role, CREATE, { input: campaignInput() }))).toBe('FORBIDDEN');
    expect(errorCode(await f.call(role, UPSERT, { id: campaignId, metrics: [metric({ impressions: 5, reach: 5 })] }))).toBe('FORBIDDEN');
    const after = await f.db.selectFrom('campaigns').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const row = await f.db.selectFrom('campaign_metrics').select('impressions').where('campaign_id', '=', campaignId).executeTakeFirstOrThrow();
    expect(row.impressions).toBe(1000);
  });

  it('an agency creates campaigns and writes metrics for its own country', async () => {
    const created = await f.call('AGENCY', CREATE, { input: campaignInput({ name: 'Thai agency campaign' }) });
    expect(created.errors).toBeUndefined();
    const row = await f.db.selectFrom('campaigns').selectAll().where('campaign_id', '=', created.data.createCampaign.id).executeTakeFirstOrThrow();
    expect(row.created_by).toBe('test-agency');
    const upserted = await f.call('AGENCY', UPSERT, { id: created.data.createCampaign.id, metrics: [metric()] });
    expect(upserted.data.upsertCampaignMetrics).toMatchObject({ inserted: 1, updated: 0, unchanged: 0 });
  });

  it("an agency may not create a campaign in another country nor write another country's metrics", async () => {
    const created = await f.call('AGENCY_VN', CREATE, { input: campaignInput({ name: 'Not ours' }) });
    expect(errorCode(created)).toBe('FORBIDDEN');
    expect(await f.db.selectFrom('campaigns').select('campaign_id').where('name', '=', 'Not ours').execute()).toEqual([]);
    const upserted = await f.call('AGENCY_VN', UPSERT, { id: campaignId, metrics: [metric({ impressions: 9, reach: 9 })] });
    expect(errorCode(upserted)).toBe('FORBIDDEN');
    const row = await f.db.selectFrom('campaign_metrics').select('impressions').where('campaign_id', '=', campaignId).executeTakeFirstOrThrow();
    expect(row.impressions).toBe(1000);
  });
});

describe('campaigns: change feed', () => {
  const EXPORT = `mutation($table: String!, $after: Int!) {
    exportCampaignsChanges(table: $table, afterSeq: $after) { source table path fromSeqExclusive toSeqInclusive rowCount
      }
  }`;

  it('the WAREHOUSE exports campaigns and campaign_metrics as Parquet batches', async () => {
    for (const table of ['campaigns', 'campaign_metrics']) {
      const res = await f.call('WAREHOUSE', EXPORT, { table, after: 0 });
      expect(res.errors).toBeUndefined();
      const batch = res.data.exportCampaignsChanges;
      expect(batch).toMatchObject({ source: 'campaigns', table, fromSeqExclusive: 0 });
      expect(batch.rowCount).toBeGreaterThan(0);
      expect(batch.path).toContain(`lake/campaigns/${table}/`);
      const empty = await f.call('WAREHOUSE', EXPORT, { table, after: batch.toSeqInclusive });
      expect(empty.data.exportCampaignsChanges).toMatchObject({ path: null, rowCount: 0 });
    }
  });

  it('an unknown table is BAD_USER_INPUT and other roles are FORBIDDEN', async () => {
    const unknown = await f.call('WAREHOUSE', EXPORT, { table: 'schema_migrations', after: 0 });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.extensions!.field).toBe('table');
    expect(errorCode(await f.call('ANALYST', EXPORT, { table: 'campaigns', after: 0 }))).toBe('FORBIDDEN');
  });
});
