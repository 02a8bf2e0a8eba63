import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '../../lib/identity.js';
import type { DB } from '../../subgraphs/agency/db-types.js';
import { listFeedRevisions, listFeedValues, listLatestFeeds } from '../../subgraphs/agency/store/feeds.js';
import { findLatestIndicatorValues } from '../../subgraphs/agency/store/latest-values.js';
import { submitIndicatorFeed } from '../../subgraphs/agency/store/submit-feed.js';
import { openAgencyStore } from './store-db.js';

let store: Awaited<ReturnType<typeof openAgencyStore>>;
let db: Kysely<DB>;

const thPolice: Identity = { subject: 'officer@th', role: 'AGENCY', agencyId: 'th-police', countryCode: 'TH' };
const thImmigration: Identity = { subject: 'clerk@th', role: 'AGENCY', agencyId: 'th-immigration', countryCode: 'TH' };
const v = (indicator: string, value: number, dims: Record<string, string> = {}) => ({
  indicator,
  crimeType: 'ALL',
  exploitation: 'ALL',
  sex: 'ALL',
  ageGroup: 'ALL',
  ...dims,
  value,
});
const submit = (who: Identity, values: unknown[], extra: Record<string, unknown> = {}) =>
  submitIndicatorFeed(db, who, {
    periodId: 'JPA5',
    sourceReliability: 'B',
    informationCredibility: 2,
    values,
    ...extra,
  });

beforeAll(async () => {
  store = await openAgencyStore();
  db = store.db;
});
afterAll(() => store.dispose());

describe('agency store: feed revisions', () => {
  it('stores a resubmission as revision n+1, keeps history, and the latest counts', async () => {
    const first = await submit(thPolice, [v('ARRESTS', 4), v('VICTIMS_IDENTIFIED', 12)], { note: 'first count' });
    expect(first).toMatchObject({
      feed_id: 'th-police:JPA5',
      revision: 1,
      country_code: 'TH',
      period_id: 'JPA5',
      submitted_by: 'officer@th',
      note: 'first count',
    });
    const second = await submit(thPolice, [v('ARRESTS', 6)], { note: 'late arrests added' });
    expect(second.revision).toBe(2);

    expect((await listFeedRevisions(db, 'th-police:JPA5')).map((r) => [r.revision, r.note])).toEqual([
      [1, 'first count'],
      [2, 'late arrests added'],
    ]);
    expect((await listFeedValues(db, 'th-police:JPA5', 1)).map((c) => [c.indicator, c.value])).toEqual([
      ['ARRESTS', 4],
      ['VICTIMS_IDENTIFIED', 12],
    ]);
    const latest = await findLatestIndicatorValues(db, 'ANALYST', { countryCode: 'TH', periodId: 'JPA5' });
    expect(latest.map((c) => [c.indicator, c.value])).toEqual([['ARRESTS', 6]]);

    const page = await listLatestFeeds(db, { countryCode: 'TH' }, { limit: 10, after: null });
    expect(page.totalCount).toBe(1);
    expect(page.rows.map((r) => [r.feed_id, r.revision])).toEqual([['th-police:JPA5', 2]]);
  });

  it('sums counts over agencies of a country but never medians', async () => {
    await submit(thPolice, [v('ARRESTS', 6), v('INFO_RESPONSE_DAYS_MEDIAN', 12.5), v('VICTIMS_REFERRED', 3)]);
    await submit(thImmigration, [v('ARRESTS', 2), v('INFO_RESPONSE_DAYS_MEDIAN', 20), v('SYNDICATES_DISRUPTED', 1)]);
    const analyst = await findLatestIndicatorValues(db, 'ANALYST', { countryCode: 'TH', periodId: 'JPA5' });
    expect(analyst.map((c) => [c.indicator, c.value])).toEqual([
      ['ARRESTS', 8],
      ['VICTIMS_REFERRED', 3],
      ['SYNDICATES_DISRUPTED', 1],
    ]);
    const policy = await findLatestIndicatorValues(db, 'POLICY', {
      countryCode: 'TH',
      periodId: 'JPA5',
      indicators: ['VICTIMS_REFERRED'],
    });
    expect(policy).toEqual([
      {
        indicator: 'VICTIMS_REFERRED',
        crimeType: 'ALL',
        exploitation: 'ALL',
        sex: 'ALL',
        ageGroup: 'ALL',
        value: null,
        suppressed: true,
      },
    ]);
  });

  it('suppresses over the whole feed before filtering by breakdown', async () => {
    const agency: Identity = { subject: 'x@vn', role: 'AGENCY', agencyId: 'vn-police', countryCode: 'VN' };
    await submit(agency, [
      v('VICTIMS_IDENTIFIED', 20),
      v('VICTIMS_IDENTIFIED', 2, { sex: 'FEMALE' }),
      v('VICTIMS_IDENTIFIED', 18, { sex: 'MALE' }),
    ]);
    const onlyMale = await findLatestIndicatorValues(db, 'POLICY', {
      countryCode: 'VN',
      periodId: 'JPA5',
      breakdown: ['sex'],
    });
    expect(onlyMale.map((c) => [c.sex, c.value, c.suppressed])).toEqual([
      ['FEMALE', null, true],
      ['MALE', null, true],
    ]);
    const totals = await findLatestIndicatorValues(db, 'POLICY', {
      countryCode: 'VN',
      periodId: 'JPA5',
      breakdown: [],
    });
    expect(totals.map((c) => [c.sex, c.value])).toEqual([['ALL', 20]]);
  });

  it('pages feeds newest first with a keyset cursor', async () => {
    const all = await listLatestFeeds(db, {}, { limit: 10, after: null });
    expect(all.totalCount).toBe(3);
    const first = await listLatestFeeds(db, {}, { limit: 2, after: null });
    expect(first.rows).toHaveLength(3); // limit + 1 tells the caller another page follows
    const last = first.rows[1]!;
    const next = await listLatestFeeds(
      db,
      {},
      { limit: 2, after: { submittedAt: last.submitted_at, feedId: last.feed_id } },
    );
    expect(next.rows.map((r) => r.feed_id)).toEqual([all.rows[2]!.feed_id]);
    expect(all.rows.map((r) => r.feed_id)).toEqual(['vn-police:JPA5', 'th-immigration:JPA5', 'th-police:JPA5']);
  });

  it('numbers concurrent resubmissions 1..n without gaps or clashes', async () => {
    const agency: Identity = { subject: 'x@my', role: 'AGENCY', agencyId: 'my-police', countryCode: 'MY' };
    const rows = await Promise.all(
      Array.from({ length: 6 }, (_, i) => submit(agency, [v('ARRESTS', i)], { periodId: '2019-08' })),
    );
    expect(rows.map((r) => r.revision).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const latest = await findLatestIndicatorValues(db, 'ANALYST', { countryCode: 'MY', periodId: '2019-08' });
    const last = rows.find((r) => r.revision === 6)!;
    expect(latest.map((c) => c.value)).toEqual((await listFeedValues(db, last.feed_id, 6)).map((c) => c.value));
  });

  it('gives every written row a fresh change_seq', async () => {
    const feeds = await db.selectFrom('indicator_feeds').select('change_seq').execute();
    const values = await db.selectFrom('indicator_values').select('change_seq').execute();
    const seqs = [...feeds, ...values].map((r) => r.change_seq);
    expect(new Set(seqs).size).toBe(seqs.length);
  });
});
