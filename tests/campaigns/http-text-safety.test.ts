/**
 * Control and bidi formatting characters in campaigns mutation inputs, through the real server (lib/text-safety.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import type { CampaignRow } from '../../subgraphs/campaigns/db-types.js';
import { parseMetricRows } from '../../subgraphs/campaigns/validation.js';
import { errorCode } from '../helpers/graphql.js';
import { CREATE, campaignInput, metric, startCampaignsFixture, type CampaignsFixture } from './fixture.js';

let f: CampaignsFixture;

async function countCampaigns(): Promise<number> {
  const row = await f.db.selectFrom('campaigns').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  f = await startCampaignsFixture();
});
afterAll(() => f.stop());

describe('campaigns: control and bidi characters in createCampaign', () => {
  // The other strings of the mutations (audience, channels, dates, metric rows) are enums and Date scalars,
  // which GraphQL itself refuses with anything but their values.
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['a NUL byte in the name', { name: 'Know your\u0000 rights' }, 'input.name', 'U+0000 at position 9'],
    ['a right-to-left override in the name', { name: '\u202eKnow your rights' }, 'input.name', 'U+202E at position 0'],
    ['an ANSI escape sequence in the name', { name: '\u001b[31mKnow your rights' }, 'input.name', 'U+001B at position 0'],
    ['a right-to-left isolate in a language', { languages: ['th', 'my-MM\u2067'] }, 'input.languages[1]', 'U+2067 at position 5'],
    ['a backspace in the country code', { countryCode: 'T\u0008H' }, 'input.countryCode', 'U+0008 at position 1'],
  ];

  it.each(cases)('refuses %s as BAD_USER_INPUT naming the field, writing nothing', async (_name, override, field, found) => {
    const before = await countCampaigns();
    const res = await f.call('ANALYST', CREATE, { input: campaignInput(override) });
    expect(errorCode(res), JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(res.errors![0]!.message).toBe(`${field}: must not contain control characters or bidirectional formatting controls (found ${found})`);
    expect(await countCampaigns()).toBe(before);
  });

  it('stores tab and right-to-left text in the name as sent', async () => {
    const name = 'Know your rights\tاعرف حقوقك\u200f';
    const res = await f.call('ANALYST', CREATE, { input: campaignInput({ name }) });
    expect(res.errors).toBeUndefined();
    expect(res.data.createCampaign.name).toBe(name);
  });
});

describe('campaigns: control characters in metric rows', () => {
  it('refuses them before the row rules, naming row and field (direct caller; GraphQL scalars stop them first)', () => {
    const campaign = {
      campaign_id: 'c1', name: 'n', country_code: 'TH', audience: 'MIGRANT_WORKERS', channels: ['RADIO'], languages: ['th'],
      start_date: '2024-01-01', end_date: '2024-03-31', created_by: 'x', created_at: '2024-01-01T00:00:00Z', is_deleted: false, change_seq: 1,
    } as CampaignRow;
    expect(parseMetricRows(campaign, [metric()], '2024-12-31')).toHaveLength(1);
    let error: GraphQLError | undefined;
    try {
      parseMetricRows(campaign, [metric(), metric({ date: '2024-01-11', channel: 'RADIO\u0000' })], '2024-12-31');
    } catch (caught) {
      error = caught as GraphQLError;
    }
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metrics[1].channel' });
    expect(error?.message).toContain('U+0000 at position 5');
  });
});
