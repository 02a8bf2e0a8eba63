import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../lib/duckdb/database.js';
import type { DB } from '../../subgraphs/campaigns/db-types.js';
import { MIGRATIONS_DIR } from '../../subgraphs/campaigns/server.js';
import { findCampaignById, insertCampaign, listCampaigns, listCampaignsOfCountry } from '../../subgraphs/campaigns/store/campaigns.js';
import { listCampaignMetrics, sumCampaignMetrics, upsertCampaignMetrics, type MetricValues } from '../../subgraphs/campaigns/store/metrics.js';
import { openTestStore } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir('tidemark-campaigns-store-');
let database: Database<DB>;

const day = (date: string, channel: string, impressions: number, extra: Partial<MetricValues> = {}): MetricValues => ({
  date,
  channel,
  impressions,
  reach: Math.floor(impressions / 2),
  engagements: 10,
  hotlineContacts: 2,
  reportsToAuthorities: 1,
  ...extra,
});

async function newCampaign(overrides: Partial<Parameters<typeof insertCampaign>[1]> = {}) {
  return insertCampaign(database.db, {
    name: 'Safe migration',
    countryCode: 'TH',
    audience: 'MIGRANT_WORKERS',
    channels: ['RADIO', 'SMS'],
    languages: ['th', 'my'],
    startDate: '2024-01-01',
    endDate: '2024-01-31',
    createdBy: 'analyst@test',
    ...overrides,
  });
}

beforeAll(async () => {
  database = await openTestStore<DB>('campaigns', tmp.dir, MIGRATIONS_DIR);
});
afterAll(async () => {
  await database.close();
  tmp.remove();
});

describe('campaigns store: campaigns', () => {
  it('inserts a campaign with lists, dates and a change_seq, and finds it by id', async () => {
    const created = await newCampaign({ channels: ['RADIO', 'SMS', 'HOTLINE'], languages: ['th', 'km-KH'] });
    const found = await findCampaignById(database.db, created.campaign_id);
    expect(found).toMatchObject({ country_code: 'TH', channels: ['RADIO', 'SMS', 'HOTLINE'], languages: ['th', 'km-KH'], start_date: '2024-01-01', end_date: '2024-01-31' });
    expect(found!.change_seq).toBeGreaterThan(0);
    expect(await findCampaignById(database.db, 'cmp-missing')).toBeUndefined();
  });

  it('lists newest start first and pages with a cursor without gaps or repeats', async () => {
    for (const start of ['2023-05-01', '2023-06-01', '2023-06-01', '2023-07-01']) {
      await newCampaign({ countryCode: 'KH', startDate: start, endDate: '2023-12-31' });
    }
    const first = await listCampaigns(database.db, { countryCode: 'KH' }, { limit: 3, after: null });
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await listCampaigns(database.db, { countryCode: 'KH' }, { limit: 3, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasNextPage).toBe(false);
    const starts = [...first.edges, ...second.edges].map((e) => e.node.start_date);
    expect(starts).toEqual(['2023-07-01', '2023-06-01', '2023-06-01', '2023-05-01']);
    expect(new Set([...first.edges, ...second.edges].map((e) => e.node.campaign_id)).size).toBe(4);
  });

  it('filters by the day a campaign is active on and by audience', async () => {
    await newCampaign({ countryCode: 'LK', audience: 'EMPLOYERS', startDate: '2022-01-01', endDate: '2022-01-31' });
    await newCampaign({ countryCode: 'LK', audience: 'GENERAL_POPULATION', startDate: '2022-01-15', endDate: '2022-02-28' });
    expect((await listCampaignsOfCountry(database.db, 'LK', { activeOn: '2022-01-20' })).length).toBe(2);
    expect((await listCampaignsOfCountry(database.db, 'LK', { activeOn: '2022-02-01' })).map((c) => c.audience)).toEqual(['GENERAL_POPULATION']);
    expect((await listCampaignsOfCountry(database.db, 'LK', { audience: 'EMPLOYERS' })).length).toBe(1);
    expect((await listCampaignsOfCountry(database.db, 'LK', { activeOn: '2021-12-31' })).length).toBe(0);
  });
});

describe('campaigns store: metrics upsert', () => {
  it('inserts new rows, replaces a re-sent (date, channel) and skips identical rows', async () => {
    const c = await newCampaign();
    const first = await upsertCampaignMetrics(database.db, c.campaign_id, [day('2024-01-02', 'RADIO', 100), day('2024-01-02', 'SMS', 50)]);
    expect(first).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
    const before = await listCampaignMetrics(database.db, c.campaign_id);
    const radioSeq = before.find((r) => r.channel === 'RADIO')!.change_seq;
    const smsSeq = before.find((r) => r.channel === 'SMS')!.change_seq;

    const second = await upsertCampaignMetrics(database.db, c.campaign_id, [day('2024-01-02', 'RADIO', 300), day('2024-01-02', 'SMS', 50), day('2024-01-03', 'SMS', 70)]);
    expect(second).toEqual({ inserted: 1, updated: 1, unchanged: 1 });
    const after = await listCampaignMetrics(database.db, c.campaign_id);
    expect(after.map((r) => [r.metric_date, r.channel, r.impressions, r.reach])).toEqual([
      ['2024-01-02', 'RADIO', 300, 150],
      ['2024-01-02', 'SMS', 50, 25],
      ['2024-01-03', 'SMS', 70, 35],
    ]);
    // The replaced row moves up the change feed; the unchanged one keeps its seq.
    expect(after.find((r) => r.channel === 'RADIO')!.change_seq).toBeGreaterThan(radioSeq);
    expect(after.find((r) => r.metric_date === '2024-01-02' && r.channel === 'SMS')!.change_seq).toBe(smsSeq);
  });

  it('lists by date range and channel', async () => {
    const c = await newCampaign();
    await upsertCampaignMetrics(database.db, c.campaign_id, [day('2024-01-05', 'RADIO', 1), day('2024-01-06', 'RADIO', 2), day('2024-01-06', 'SMS', 3), day('2024-01-07', 'SMS', 4)]);
    expect((await listCampaignMetrics(database.db, c.campaign_id, { from: '2024-01-06' })).map((r) => r.impressions)).toEqual([2, 3, 4]);
    expect((await listCampaignMetrics(database.db, c.campaign_id, { to: '2024-01-06', channel: 'SMS' })).map((r) => r.impressions)).toEqual([3]);
  });
});

describe('campaigns store: totals', () => {
  it('sums every channel over the range and counts reported days', async () => {
    const c = await newCampaign();
    await upsertCampaignMetrics(database.db, c.campaign_id, [
      day('2024-01-10', 'RADIO', 1000, { reach: 600, engagements: 30, hotlineContacts: 4, reportsToAuthorities: 1 }),
      day('2024-01-10', 'SMS', 500, { reach: 500, engagements: 20, hotlineContacts: 6, reportsToAuthorities: 0 }),
      day('2024-01-11', 'RADIO', 2000, { reach: 900, engagements: 50, hotlineContacts: 1, reportsToAuthorities: 2 }),
    ]);
    expect(await sumCampaignMetrics(database.db, c.campaign_id)).toEqual({
      first_date: '2024-01-10',
      last_date: '2024-01-11',
      days_reported: 2,
      impressions: 3500,
      reach: 2000,
      engagements: 100,
      hotline_contacts: 11,
      reports_to_authorities: 3,
    });
    expect(await sumCampaignMetrics(database.db, c.campaign_id, { from: '2024-01-11' })).toMatchObject({ days_reported: 1, impressions: 2000, reach: 900 });
  });

  it('gives zeros and null dates when nothing was reported in the range', async () => {
    const c = await newCampaign();
    expect(await sumCampaignMetrics(database.db, c.campaign_id, { from: '2024-01-01', to: '2024-01-31' })).toEqual({
      first_date: null,
      last_date: null,
      days_reported: 0,
      impressions: 0,
      reach: 0,
      engagements: 0,
      hotline_contacts: 0,
      reports_to_authorities: 0,
    });
  });
});
