import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../lib/duckdb/database.js';
import { rateRatioExact, newcombeDifference } from '../../lib/analytics/statistics.js';
import { errorCode } from '../helpers/graphql.js';
import { openSnapshotReadOnly, query } from './fixtures/independent-sql.js';
import { publishSnapshot } from './fixtures/marts.js';
import { AS_OF, sampleMarts } from './fixtures/sample-marts.js';
import { startInsights, type InsightsFixture } from './fixtures/server.js';

let fx: InsightsFixture;
let marts: Database<any>;

beforeAll(async () => {
  fx = await startInsights();
  await publishSnapshot(fx.dataDir, 'b1', sampleMarts(), { asOf: AS_OF });
  await fx.snapshots.refresh();
  marts = await openSnapshotReadOnly(fx.dataDir);
});
afterAll(async () => {
  await marts.close();
  await fx.stop();
});

const COMPARE = `query($measures: [MeasureId!]!, $current: ID!, $previous: ID, $groupBy: MeasureGrouping,
  $filter: MeasureFilter) {
  compare(measures: $measures, current: $current, previous: $previous, groupBy: $groupBy, filter: $filter) {
    measure group country { code } sector currentPeriod { id } previousPeriod { id }
    current previous delta percentChange test estimate interval { lower upper } significant suppressed
    currentSuppression previousSuppression currentPerDay previousPerDay percentChangePerDay
  }
}`;

async function compare(caller: 'ANALYST' | 'POLICY' | 'AGENCY', variables: Record<string, unknown>) {
  const res = await fx.call(caller, COMPARE, variables);
  expect(res.errors).toBeUndefined();
  return res.data.compare as any[];
}

describe('insights: compare (audit measures)', () => {
  it('counts suppliers audited per country as independent SQL does, previous quarter by default', async () => {
    const rows = await compare('POLICY', { measures: ['SUPPLIERS_AUDITED'], current: '2019-Q3', groupBy: 'COUNTRY' });
    const expected = await query<{ country_code: string; quarter_id: string; n: number }>(
      marts,
      `SELECT country_code, quarter_id, count(DISTINCT supplier_id) AS n FROM mart_audit_facts
       WHERE quarter_id IN ('2019-Q2', '2019-Q3') GROUP BY ALL`,
    );
    const value = (country: string, quarter: string) => expected.find((e) => e.country_code === country && e.quarter_id === quarter)?.n ?? 0;
    expect(rows.map((r) => r.group)).toEqual(['KH', 'TH', 'VN']);
    for (const row of rows) {
      expect(row).toMatchObject({
        measure: 'SUPPLIERS_AUDITED', country: { code: row.group }, sector: null,
        currentPeriod: { id: '2019-Q3' }, previousPeriod: { id: '2019-Q2' },
        current: value(row.group, '2019-Q3'), previous: value(row.group, '2019-Q2'), test: 'RATE_RATIO_EXACT', suppressed: false,
      });
      expect(row.delta).toBe(row.current - row.previous);
      const exact = rateRatioExact(row.current, 92, row.previous, 91);
      expect(row.interval).toEqual(exact.interval);
      expect(row.significant).toBe(exact.significant);
    }
    expect(rows.find((r) => r.group === 'TH')).toMatchObject({ current: 3, previous: 2, delta: 1, percentChange: 50 });
  });

  it('gives counts per day of their period too, the basis of the rate-ratio test, so both point one way', async () => {
    const rows = await compare('POLICY', { measures: ['SUPPLIERS_AUDITED', 'SEVERE_FINDING_SHARE'], current: '2019-Q3', groupBy: 'COUNTRY' });
    const th = rows.find((r) => r.measure === 'SUPPLIERS_AUDITED' && r.group === 'TH')!;
    // Q3 has 92 days, Q2 91: 3 against 2 suppliers.
    expect(th.currentPerDay).toBeCloseTo(3 / 92, 12);
    expect(th.previousPerDay).toBeCloseTo(2 / 91, 12);
    expect(th.percentChangePerDay).toBeCloseTo((100 * (3 / 92 - 2 / 91)) / (2 / 91), 9);
    expect(th.percentChangePerDay).toBeCloseTo(100 * (th.estimate - 1), 9);
    for (const share of rows.filter((r) => r.measure === 'SEVERE_FINDING_SHARE')) {
      expect(share).toMatchObject({ currentPerDay: null, previousPerDay: null, percentChangePerDay: null });
    }
  });

  it('computes shares with the Newcombe interval, and a filter and a sector grouping', async () => {
    const [row] = await compare('ANALYST', { measures: ['SEVERE_FINDING_SHARE'], current: '2019-Q3' });
    const [n] = await query<{ x1: number; n1: number; x0: number; n0: number }>(
      marts,
      `SELECT count(*) FILTER (WHERE quarter_id = '2019-Q3' AND has_s3_s4_forced_labour_finding) AS x1,
              count(*) FILTER (WHERE quarter_id = '2019-Q3') AS n1,
              count(*) FILTER (WHERE quarter_id = '2019-Q2' AND has_s3_s4_forced_labour_finding) AS x0,
              count(*) FILTER (WHERE quarter_id = '2019-Q2') AS n0 FROM mart_audit_facts`,
    );
    const diff = newcombeDifference(n!.x1, n!.n1, n!.x0, n!.n0)!;
    expect(row).toMatchObject({ group: 'ALL', current: n!.x1 / n!.n1, previous: n!.x0 / n!.n0, test: 'NEWCOMBE_DIFFERENCE', estimate: diff.estimate });
    expect(row.interval).toEqual({ lower: diff.lower, upper: diff.upper });

    const bySector = await compare('ANALYST', { measures: ['SUPPLIERS_AUDITED'], current: '2019-Q3', groupBy: 'SECTOR', filter: { countryCodes: ['TH'] } });
    expect(bySector.map((r) => [r.sector, r.current, r.previous])).toEqual([['FISHING', 3, 1], ['GARMENTS', 0, 1]]);
  });

  it('handles closure rates, medians and repeat findings as worked out by hand', async () => {
    const rows = await compare('ANALYST', { measures: ['CAP_CLOSURE_RATE', 'MEDIAN_DAYS_TO_CLOSE', 'REPEAT_FINDING_RATE'], current: '2019-Q3', groupBy: 'NONE' });
    expect(rows.map((r) => [r.measure, r.current, r.previous, r.test])).toEqual([
      ['CAP_CLOSURE_RATE', 0.5, null, 'NEWCOMBE_DIFFERENCE'],
      ['MEDIAN_DAYS_TO_CLOSE', 46, null, 'NONE'],
      ['REPEAT_FINDING_RATE', 0.5, null, 'NEWCOMBE_DIFFERENCE'],
    ]);
    expect(rows[0]).toMatchObject({ delta: null, percentChange: null, significant: null, interval: null });
    const q4 = await compare('ANALYST', { measures: ['MEDIAN_DAYS_TO_CLOSE'], current: '2019-Q4' });
    expect(q4[0]).toMatchObject({ current: 61, previous: 46, delta: 15, test: 'NONE', significant: null });
  });

  it('compares action periods with the previous number and an explicit previous period', async () => {
    const [byDefault] = await compare('ANALYST', { measures: ['AGENCY_ARRESTS'], current: 'JPA5' });
    expect(byDefault).toMatchObject({ previousPeriod: { id: 'JPA4' }, current: 55, previous: 25, delta: 30, percentChange: 120 });
    const exact = rateRatioExact(55, 155, 25, 303);
    expect(byDefault).toMatchObject({ estimate: exact.estimate, interval: exact.interval, significant: exact.significant });
    const [explicit] = await compare('ANALYST', { measures: ['SUPPLIERS_AUDITED'], current: '2019-09', previous: '2019-05' });
    expect(explicit).toMatchObject({ previousPeriod: { id: '2019-05' }, current: 3, previous: 2 });
  });

  it('answers significant null, not false, for 0 against 0: no test applies', async () => {
    // No audit in February or March 2019 (the sample audits start in May): 0 suppliers audited against 0.
    const [row] = await compare('ANALYST', { measures: ['SUPPLIERS_AUDITED'], current: '2019-03', groupBy: 'NONE' });
    expect(row).toMatchObject({ current: 0, previous: 0, delta: 0, percentChange: null, test: 'RATE_RATIO_EXACT', estimate: null, interval: null, significant: null });
  });
});

describe('insights: compare (agency measures and suppression)', () => {
  it('shows analysts every victim count', async () => {
    const rows = await compare('ANALYST', { measures: ['AGENCY_VICTIMS_IDENTIFIED'], current: 'JPA5' });
    expect(rows).toEqual([expect.objectContaining({ group: 'ALL', current: 16, previous: 14, delta: 2, suppressed: false })]);
  });

  it('withholds a sum over countries when one of its countries is below 5, and computes no delta from it', async () => {
    const [total] = await compare('POLICY', { measures: ['AGENCY_VICTIMS_IDENTIFIED'], current: 'JPA5' });
    expect(total).toMatchObject({ current: null, previous: 14, delta: null, percentChange: null, significant: null, interval: null, suppressed: true });
    // The total itself is not small: it is withheld to protect the country inside it.
    expect(total).toMatchObject({ currentSuppression: 'COMPLEMENTARY', previousSuppression: null, percentChangePerDay: null });
    const byCountry = await compare('AGENCY', { measures: ['AGENCY_VICTIMS_IDENTIFIED', 'REFERRAL_RATE'], current: 'JPA5', groupBy: 'COUNTRY' });
    expect(byCountry.map((r) => [r.measure, r.group, r.current, r.previous, r.suppressed])).toEqual([
      ['AGENCY_VICTIMS_IDENTIFIED', 'TH', 12, 8, false],
      ['AGENCY_VICTIMS_IDENTIFIED', 'VN', null, 6, true],
      ['REFERRAL_RATE', 'TH', 7 / 12, 6 / 8, false],
      ['REFERRAL_RATE', 'VN', null, 5 / 6, true],
    ]);
    expect(byCountry.map((r) => [r.measure, r.group, r.currentSuppression, r.previousSuppression])).toEqual([
      ['AGENCY_VICTIMS_IDENTIFIED', 'TH', null, null],
      ['AGENCY_VICTIMS_IDENTIFIED', 'VN', 'BELOW_THRESHOLD', null],
      ['REFERRAL_RATE', 'TH', null, null],
      ['REFERRAL_RATE', 'VN', 'COMPONENT_SUPPRESSED', null],
    ]);
  });

  it('gives ratios from sums and medians only for one agency', async () => {
    const rows = await compare('POLICY', { measures: ['CONVICTION_RATIO', 'AGENCY_INFO_RESPONSE_DAYS_MEDIAN'], current: 'JPA5', groupBy: 'COUNTRY' });
    expect(rows.map((r) => [r.measure, r.group, r.current, r.previous])).toEqual([
      ['CONVICTION_RATIO', 'TH', 0.4, 0.25],
      ['AGENCY_INFO_RESPONSE_DAYS_MEDIAN', 'TH', null, null],
      ['AGENCY_INFO_RESPONSE_DAYS_MEDIAN', 'VN', 12, null],
    ]);
  });
});

describe('insights: compare (arguments)', () => {
  it('names the argument of each mistake', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ measures: [], current: '2019-Q3' }, /^measures: give 1\.\.20/],
      [{ measures: ['INFO_REQUESTS_ANSWERED_30D_SHARE'], current: 'JPA5' }, /^measures\[0\]: INFO_REQUESTS_ANSWERED_30D_SHARE is not available yet/],
      [{ measures: ['AGENCY_ARRESTS'], current: 'JPA5', groupBy: 'SECTOR' }, /^groupBy: measures\[0\] AGENCY_ARRESTS has no sector/],
      [{ measures: ['CAMPAIGN_REACH'], current: 'JPA5', filter: { sectors: ['FISHING'] } }, /^filter\.sectors: /],
      [{ measures: ['SUPPLIERS_AUDITED'], current: 'JPA9' }, /^current: no reporting period 'JPA9'/],
      [{ measures: ['SUPPLIERS_AUDITED'], current: 'JPA5', previous: 'JPA5' }, /^previous: must differ/],
      [{ measures: ['SUPPLIERS_AUDITED'], current: 'JPA5', filter: { countryCodes: ['th'] } }, /^filter\.countryCodes\[0\]: expected an ISO/],
    ];
    for (const [variables, message] of cases) {
      const res = await fx.call('ANALYST', COMPARE, variables);
      expect(errorCode(res), JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.message).toMatch(message);
    }
  });

  it('is not for partners or the warehouse service', async () => {
    for (const caller of ['PARTNER_ACME', 'WAREHOUSE'] as const) {
      expect(errorCode(await fx.call(caller, COMPARE, { measures: ['SUPPLIERS_AUDITED'], current: '2019-Q3' }))).toBe('FORBIDDEN');
    }
  });
});
