import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayUtc } from '../../lib/scalars.js';
import { errorCode, type GraphQLResponse } from '../helpers/graphql.js';
import { CREATE, UPSERT, campaignInput, metric, startCampaignsFixture, type CampaignsFixture } from './fixture.js';

let f: CampaignsFixture;
let campaignId: string;
let currentId: string;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function counts(): Promise<{ campaigns: number; metrics: number; seq: number }> {
  const c = await f.db.selectFrom('campaigns').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const m = await f.db.selectFrom('campaign_metrics').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('change_seq').as('seq')]).executeTakeFirstOrThrow();
  return { campaigns: Number(c.n), metrics: Number(m.n), seq: Number(m.seq ?? 0) };
}

function expectBadInput(res: GraphQLResponse, field: string): void {
  expect(errorCode(res), JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
  expect(res.errors![0]!.message).toContain(field);
}

beforeAll(async () => {
  f = await startCampaignsFixture();
  campaignId = (await f.call('ANALYST', CREATE, { input: campaignInput() })).data.createCampaign.id;
  // A campaign running today, to test the "not in the future" rule.
  const today = todayUtc();
  const current = await f.call('ANALYST', CREATE, { input: campaignInput({ name: 'Running now', startDate: addDays(today, -10), endDate: addDays(today, 30) }) });
  currentId = current.data.createCampaign.id;
  await f.call('ANALYST', UPSERT, { id: campaignId, metrics: [metric({ date: '2024-01-02' })] });
});
afterAll(() => f.stop());

describe('campaigns: createCampaign rejects bad input and writes nothing', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['an unknown country', { countryCode: 'XX' }, 'input.countryCode'],
    ['a lower-case country', { countryCode: 'th' }, 'input.countryCode'],
    ['an end before the start', { startDate: '2024-03-01', endDate: '2024-02-29' }, 'input.endDate'],
    ['no channel', { channels: [] }, 'input.channels'],
    ['a repeated channel', { channels: ['RADIO', 'SMS', 'RADIO'] }, 'input.channels[2]'],
    ['an empty name', { name: '   ' }, 'input.name'],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, 'input.name'],
    ['no language', { languages: [] }, 'input.languages'],
    ['a malformed language tag', { languages: ['th', 'not a tag'] }, 'input.languages[1]'],
    ['a repeated language', { languages: ['th', 'TH'] }, 'input.languages[1]'],
    ['an impossible date', { startDate: '2024-02-30' }, 'Date'],
    ['an unknown channel', { channels: ['CARRIER_PIGEON'] }, 'channels'],
  ];
  it.each(cases)('%s', async (_label, overrides, field) => {
    const before = await counts();
    const res = await f.call('ANALYST', CREATE, { input: campaignInput(overrides) });
    expectBadInput(res, field);
    expect(await counts()).toEqual(before);
  });

  it('accepts a 200-character name and script/region language tags', async () => {
    const res = await f.call('ANALYST', CREATE, { input: campaignInput({ name: 'y'.repeat(200), languages: ['zh-Hant-TW', 'en-AU', 'es-419'] }) });
    expect(res.errors).toBeUndefined();
    expect(res.data.createCampaign.languages).toEqual(['zh-Hant-TW', 'en-AU', 'es-419']);
  });
});

describe('campaigns: upsertCampaignMetrics rejects bad input and writes nothing', () => {
  const cases: [string, () => Record<string, unknown>[], string][] = [
    ['a date before the campaign', () => [metric({ date: '2023-12-31' })], 'metrics[0].date'],
    ['a date after the campaign', () => [metric(), metric({ date: '2024-04-01' })], 'metrics[1].date'],
    ['a channel the campaign does not use', () => [metric({ channel: 'TELEVISION' })], 'metrics[0].channel'],
    ['a negative count', () => [metric({ hotlineContacts: -1 })], 'metrics[0].hotlineContacts'],
    ['reach above impressions', () => [metric({ impressions: 10, reach: 11 })], 'metrics[0].reach'],
    ['the same date and channel twice', () => [metric({ date: '2024-01-03' }), metric({ date: '2024-01-03' })], 'metrics[1]'],
    ['no rows', () => [], 'metrics'],
    ['more than 1000 rows', () => Array.from({ length: 1001 }, (_, i) => metric({ date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` })), 'metrics'],
    ['a fractional count', () => [metric({ impressions: 1.5 })], 'impressions'],
  ];
  it.each(cases)('%s', async (_label, rows, field) => {
    const before = await counts();
    const res = await f.call('ANALYST', UPSERT, { id: campaignId, metrics: rows() });
    expectBadInput(res, field);
    expect(await counts()).toEqual(before);
  });

  it('rejects a day in the future, even inside the campaign', async () => {
    const before = await counts();
    const res = await f.call('ANALYST', UPSERT, { id: currentId, metrics: [metric({ date: todayUtc() }), metric({ date: addDays(todayUtc(), 1) })] });
    expectBadInput(res, 'metrics[1].date');
    expect(await counts()).toEqual(before);
  });

  it('a bad row late in a batch leaves the good rows before it unwritten', async () => {
    const before = await counts();
    const rows = [metric({ date: '2024-02-01' }), metric({ date: '2024-02-02' }), metric({ date: '2024-02-03', reach: 5000 })];
    expectBadInput(await f.call('ANALYST', UPSERT, { id: campaignId, metrics: rows }), 'metrics[2].reach');
    expect(await counts()).toEqual(before);
  });

  it('an unknown campaign is NOT_FOUND', async () => {
    const res = await f.call('ANALYST', UPSERT, { id: 'cmp-missing', metrics: [metric()] });
    expect(errorCode(res)).toBe('NOT_FOUND');
  });
});

describe('campaigns: upsertCampaignMetrics is idempotent', () => {
  it('sending the same 1000 rows twice writes once and leaves the same numbers', async () => {
    const created = await f.call('ANALYST', CREATE, {
      input: campaignInput({ channels: ['SOCIAL_MEDIA', 'RADIO', 'SMS', 'PRINT'], startDate: '2023-01-01', endDate: '2023-12-31' }),
    });
    const id = created.data.createCampaign.id;
    const channels = ['SOCIAL_MEDIA', 'RADIO', 'SMS', 'PRINT'];
    const rows = Array.from({ length: 1000 }, (_, i) => metric({ date: addDays('2023-01-01', Math.floor(i / 4)), channel: channels[i % 4], impressions: 100 + i, reach: 50 + i }));
    const first = await f.call('ANALYST', UPSERT, { id, metrics: rows });
    expect(first.data.upsertCampaignMetrics).toEqual({ inserted: 1000, updated: 0, unchanged: 0, campaign: { id } });
    const afterFirst = await counts();
    const second = await f.call('ANALYST', UPSERT, { id, metrics: rows });
    expect(second.data.upsertCampaignMetrics).toEqual({ inserted: 0, updated: 0, unchanged: 1000, campaign: { id } });
    expect(await counts()).toEqual(afterFirst);

    const totals = await f.call('POLICY', `query($id: ID!) { campaign(id: $id) { totals { impressions daysReported } } }`, { id });
    expect(totals.data.campaign.totals).toEqual({ impressions: rows.reduce((s, r) => s + (r.impressions as number), 0), daysReported: 250 });
  });

  it('a re-sent day with new numbers replaces the old ones', async () => {
    const res = await f.call('ANALYST', UPSERT, { id: campaignId, metrics: [metric({ date: '2024-01-02', impressions: 5000, reach: 4000 }), metric({ date: '2024-01-04' })] });
    expect(res.data.upsertCampaignMetrics).toMatchObject({ inserted: 1, updated: 1, unchanged: 0 });
    const read = await f.call('PARTNER', `query($id: ID!) { campaign(id: $id) { metrics(channel: RADIO, to: "2024-01-02") { date impressions reach } } }`, { id: campaignId });
    expect(read.data.campaign.metrics).toEqual([{ date: '2024-01-02', impressions: 5000, reach: 4000 }]);
  });
});

describe('campaigns: queries reject bad arguments', () => {
  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 201 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ after: Buffer.from(JSON.stringify(['yesterday', 'cmp-1'])).toString('base64url') }, 'after'],
    [{ filter: { countryCode: 'ZZ' } }, 'filter.countryCode'],
  ])('campaigns(%j) is BAD_USER_INPUT', async (args, field) => {
    const res = await f.call('ANALYST', `query($filter: CampaignFilter, $first: Int, $after: String) {
        campaigns(filter: $filter, first: $first, after: $after) { totalCount } }`, args);
    expectBadInput(res, field);
  });

  it('filters by country, audience and active day', async () => {
    const res = await f.call('ANALYST', `{ campaigns(filter: { countryCode: "TH", audience: MIGRANT_WORKERS, activeOn: "2024-02-15" })
        { totalCount edges { node { id } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.campaigns.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(campaignId);
    const none = await f.call('ANALYST', `{ campaigns(filter: { countryCode: "VN" }) { totalCount } }`);
    expect(none.data.campaigns.totalCount).toBe(0);
  });
});
