import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEASURES } from '../../lib/analytics/measures.js';
import { poissonExact, wilson } from '../../lib/analytics/statistics.js';
import { errorCode } from '../helpers/graphql.js';
import { publishSnapshot } from './fixtures/marts.js';
import { AS_OF, sampleMarts } from './fixtures/sample-marts.js';
import { startInsights, type InsightsFixture } from './fixtures/server.js';

let fx: InsightsFixture;

beforeAll(async () => {
  fx = await startInsights();
  await publishSnapshot(fx.dataDir, 'b1', sampleMarts(), {
    asOf: AS_OF,
    watermarks: [{ source: 'audits', table: 'audits', seq: 120, syncedAt: '2019-12-31T10:00:00.000Z', rows: 12 }],
  });
  await fx.snapshots.refresh();
});
afterAll(() => fx.stop());

const SERIES = `query($measure: MeasureId!, $kind: PeriodKind!, $from: Date!, $to: Date!, $groupBy: MeasureGrouping,
  $filter: MeasureFilter) {
  series(measure: $measure, kind: $kind, from: $from, to: $to, groupBy: $groupBy, filter: $filter) {
    measure group country { code }
    points { period { id } startDate endDate value suppressed suppressionReason filled interval { lower upper } }
  }
}`;

const points = (series: any) => series.points.map((p: any) => [p.period.id, p.value, p.filled]);

describe('insights: series', () => {
  it('fills months without audits with 0 for counts and null for shares', async () => {
    const counts = await fx.call('POLICY', SERIES, { measure: 'SUPPLIERS_AUDITED', kind: 'MONTH', from: '2019-05-15', to: '2019-10-01' });
    expect(counts.errors).toBeUndefined();
    expect(points(counts.data.series[0])).toEqual([
      ['2019-05', 2, false], ['2019-06', 2, false], ['2019-07', 3, false], ['2019-08', 2, false], ['2019-09', 3, false], ['2019-10', 0, true],
    ]);
    expect(counts.data.series[0].points[0]).toMatchObject({ startDate: '2019-05-01', endDate: '2019-05-31' });
    const shares = await fx.call('POLICY', SERIES, { measure: 'SEVERE_FINDING_SHARE', kind: 'QUARTER', from: '2019-01-01', to: '2019-12-31' });
    expect(points(shares.data.series[0])).toEqual([['2019-Q1', null, true], ['2019-Q2', 0.75, false], ['2019-Q3', 0.5, false], ['2019-Q4', null, true]]);
  });

  it('gives each point a 95% interval where a model fits: Poisson counts, Wilson shares, none if filled', async () => {
    const counts = await fx.call('POLICY', SERIES, { measure: 'SUPPLIERS_AUDITED', kind: 'MONTH', from: '2019-05-15', to: '2019-10-01' });
    for (const p of counts.data.series[0].points) {
      expect(p.interval, p.period.id).toEqual(p.filled ? null : poissonExact(p.value));
    }
    const shares = await fx.call('POLICY', SERIES, { measure: 'SEVERE_FINDING_SHARE', kind: 'QUARTER', from: '2019-01-01', to: '2019-12-31' });
    const q2 = shares.data.series[0].points[1];
    // 0.75 of the quarter's audits: the fixture's Q2 has 3 of 4.
    const w = wilson(3, 4)!;
    expect(q2.interval).toEqual({ lower: w.lower, upper: w.upper });
    expect(shares.data.series[0].points[0].interval).toBeNull();
    const medians = await fx.call('POLICY', SERIES, { measure: 'MEDIAN_DAYS_TO_CLOSE', kind: 'YEAR', from: '2019-01-01', to: '2019-12-31' });
    expect(medians.data.series[0].points.every((p: any) => p.interval === null)).toBe(true);
  });

  it('gives one series per filtered country, even one without data', async () => {
    const res = await fx.call('ANALYST', SERIES, {
      measure: 'CAMPAIGN_REACH', kind: 'MONTH', from: '2019-06-01', to: '2019-07-31', groupBy: 'COUNTRY', filter: { countryCodes: ['TH', 'MY'] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.series.map((s: any) => [s.group, s.country.code, points(s)])).toEqual([
      ['MY', 'MY', [['2019-06', 0, true], ['2019-07', 0, true]]],
      ['TH', 'TH', [['2019-06', 150_000, false], ['2019-07', 300_000, false]]],
    ]);
  });

  it('keeps suppressed victim counts null and agency gaps unknown', async () => {
    const res = await fx.call('POLICY', SERIES, { measure: 'AGENCY_VICTIMS_IDENTIFIED', kind: 'ACTION_PERIOD', from: '2018-01-01', to: '2019-12-31', groupBy: 'COUNTRY' });
    expect(res.errors).toBeUndefined();
    const vn = res.data.series.find((s: any) => s.group === 'VN');
    expect(vn.points.map((p: any) => [p.period.id, p.value, p.suppressed, p.suppressionReason])).toEqual([
      ['JPA4', 6, false, null],
      ['JPA5', null, true, 'BELOW_THRESHOLD'],
    ]);
    const empty = await fx.call('POLICY', SERIES, { measure: 'AGENCY_ARRESTS', kind: 'MONTH', from: '2019-01-01', to: '2019-02-28' });
    expect(points(empty.data.series[0])).toEqual([['2019-01', null, true], ['2019-02', null, true]]);
  });

  it('rejects a reversed range and an over-long one', async () => {
    const reversed = await fx.call('POLICY', SERIES, { measure: 'SUPPLIERS_AUDITED', kind: 'MONTH', from: '2019-05-01', to: '2019-04-01' });
    expect(reversed.errors![0]!.message).toMatch(/^to: must be on or after from/);
    expect(errorCode(reversed)).toBe('BAD_USER_INPUT');
  });
});

const INDICATORS = `query($codes: [_Any!]!, $period: ID!, $indicators: [Indicator!],
  $breakdown: [BreakdownDimension!]) {
  _entities(representations: $codes) {
    ... on Country { code indicators(period: $period, indicators: $indicators, breakdown: $breakdown) {
      indicator crimeType exploitation sex ageGroup value suppressed suppressionReason agencies } }
  }
}`;
const TH = [{ __typename: 'Country', code: 'TH' }];

describe('insights: Country.indicators', () => {
  it('suppresses small victim counts and their complement for every role but ANALYST', async () => {
    const cells = async (caller: 'ANALYST' | 'POLICY' | 'AGENCY') => {
      const res = await fx.call(caller, INDICATORS, { codes: TH, period: 'JPA5', indicators: ['VICTIMS_IDENTIFIED'] });
      expect(res.errors).toBeUndefined();
      return res.data._entities[0].indicators.map((c: any) => [c.sex, c.value, c.suppressed, c.suppressionReason]);
    };
    expect(await cells('ANALYST')).toEqual([['ALL', 12, false, null], ['FEMALE', 3, false, null], ['MALE', 9, false, null]]);
    for (const caller of ['POLICY', 'AGENCY'] as const) {
      // FEMALE is under 5; MALE (9) is withheld only because ALL − MALE would give FEMALE back.
      expect(await cells(caller)).toEqual([['ALL', 12, false, null], ['FEMALE', null, true, 'BELOW_THRESHOLD'], ['MALE', null, true, 'COMPLEMENTARY']]);
    }
  });

  it('sums agencies, leaves a median of two agencies null, and picks breakdowns', async () => {
    const res = await fx.call('POLICY', INDICATORS, { codes: TH, period: 'JPA5', breakdown: [] });
    expect(res.errors).toBeUndefined();
    const byIndicator = Object.fromEntries(res.data._entities[0].indicators.map((c: any) => [c.indicator, [c.value, c.agencies]]));
    expect(byIndicator).toEqual({
      ARRESTS: [40, 2], PROSECUTIONS: [10, 1], CONVICTIONS: [4, 1], VICTIMS_IDENTIFIED: [12, 1], VICTIMS_REFERRED: [7, 1], INFO_RESPONSE_DAYS_MEDIAN: [null, 2],
    });
    const bySex = await fx.call('ANALYST', INDICATORS, { codes: TH, period: 'JPA5', breakdown: ['SEX'] });
    expect(bySex.data._entities[0].indicators.map((c: any) => c.sex)).toEqual(['FEMALE', 'MALE']);
  });

  it('is for agencies, analysts and policy officers only', async () => {
    expect(errorCode(await fx.call('PARTNER_ACME', INDICATORS, { codes: TH, period: 'JPA5' }))).toBe('FORBIDDEN');
  });
});

describe('insights: Campaign.impact, measures and warehouseStatus', () => {
  it('gives reach, reports and reports per 100,000 against the previous period', async () => {
    const res = await fx.call('PARTNER_ACME', `{ _entities(representations: [{ __typename: "Campaign", id: "c1" }]) {
      ... on Campaign { impact(period: "2019-07") { period { id } previousPeriod
        { id } reach reports reportsPer100kReached
        comparison { measure current previous delta test significant } } } } }`);
    expect(res.errors).toBeUndefined();
    const impact = res.data._entities[0].impact;
    expect(impact).toMatchObject({ period: { id: '2019-07' }, previousPeriod: { id: '2019-06' }, reach: 300_000, reports: 18, reportsPer100kReached: 6 });
    expect(impact.comparison.map((r: any) => [r.measure, r.current, r.previous, r.test])).toEqual([
      ['CAMPAIGN_REACH', 300_000, 150_000, 'NONE'],
      ['CAMPAIGN_REPORTS', 18, 5, 'RATE_RATIO_EXACT'],
      ['CAMPAIGN_REPORTS_PER_100K_REACHED', 6, 5 / 150_000 * 100_000, 'RATE_RATIO_EXACT'],
    ]);
  });

  it('lists the catalogue exactly as the warehouse defines it', async () => {
    const res = await fx.call('POLICY', '{ measures { id label unit description higherIsBetter source kind test suppressible available limitation } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.measures.map((m: any) => m.id)).toEqual(MEASURES.map((m) => m.id));
    expect(res.data.measures.find((m: any) => m.id === 'AGENCY_VICTIMS_IDENTIFIED')).toMatchObject({ suppressible: true, kind: 'COUNT', source: 'AGENCY' });
  });

  it('reports the build and its sources to operators, the build alone to others', async () => {
    const status = `{ warehouseStatus { buildId builtAt asOf methodologyVersion sources
      { source table watermark lastSyncedAt lagSeconds rowsReceived } tables { name rows } } }`;
    const res = await fx.call('ANALYST', status);
    expect(res.errors).toBeUndefined();
    expect(res.data.warehouseStatus).toMatchObject({ buildId: 'b1', asOf: AS_OF, methodologyVersion: 'risk-v1' });
    expect(res.data.warehouseStatus.sources).toEqual([
      expect.objectContaining({ source: 'audits', table: 'audits', watermark: 120, lastSyncedAt: '2019-12-31T10:00:00.000Z', rowsReceived: 12 }),
    ]);
    expect(res.data.warehouseStatus.sources[0].lagSeconds).toBeGreaterThan(0);
    expect(res.data.warehouseStatus.tables).toContainEqual({ name: 'mart_audit_facts', rows: 12 });
    const partner = await fx.call('PARTNER_ACME', '{ warehouseStatus { buildId asOf } }');
    expect(partner.data.warehouseStatus).toEqual({ buildId: 'b1', asOf: AS_OF });
    expect(errorCode(await fx.call('PARTNER_ACME', '{ warehouseStatus { sources { rowsReceived } } }'))).toBe('FORBIDDEN');
  });
});
