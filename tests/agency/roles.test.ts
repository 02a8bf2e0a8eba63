import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, gql } from '../helpers/graphql.js';
import { cell, feedInput, startAgency, SUBMIT, type AgencyFixture } from './fixture.js';

let f: AgencyFixture;
const t: Record<string, string> = {};

const FEEDS = `query($c: ID) { indicatorFeeds(countryCode: $c) { totalCount edges
  { node { id agencyId submittedBy country { code } values { indicator sex value suppressed } } } } }`;
const LATEST = `query($c: ID!) { latestIndicatorValues(countryCode: $c, periodId: "JPA5",
  indicators: [VICTIMS_IDENTIFIED, ARRESTS]) { indicator sex value suppressed } }`;
const REFERENCE = `{ countries(region: "Oceania") { code } country(code: "VN")
  { name region } reportingPeriod(id: "JPA5") { label previous { id } } }`;

beforeAll(async () => {
  f = await startAgency();
  for (const role of ['PARTNER', 'POLICY', 'ANALYST', 'WAREHOUSE'] as const) t[role] = await f.tokens.token(role);
  t.TH = await f.tokens.token('AGENCY', { sub: 'officer@th', agency_id: 'th-police', country: 'TH' });
  t.VN = await f.tokens.token('AGENCY', { sub: 'officer@vn', agency_id: 'vn-police', country: 'VN' });
  const victims = [cell('ARRESTS', 2), cell('VICTIMS_IDENTIFIED', 25), cell('VICTIMS_IDENTIFIED', 4, { sex: 'FEMALE' }), cell('VICTIMS_IDENTIFIED', 21, { sex: 'MALE' })];
  for (const token of [t.TH, t.VN]) {
    const r = await f.call(token, SUBMIT, { input: feedInput(victims) });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
});
afterAll(() => f.stop());

describe('agency: who reads what', () => {
  it('answers nothing without a token', async () => {
    const r = await gql(f.url, REFERENCE);
    expect(r.status).toBe(401);
    expect(errorCode(r)).toBe('UNAUTHENTICATED');
  });

  it('lets partners, agencies, analysts and policy officers read countries and periods', async () => {
    for (const token of [t.PARTNER, t.TH, t.ANALYST, t.POLICY]) {
      const r = await f.call(token!, REFERENCE);
      expect(r.errors).toBeUndefined();
      expect(r.data.country).toEqual({ name: 'Viet Nam', region: 'Asia' });
      expect(r.data.countries.map((c: { code: string }) => c.code)).toContain('FJ');
      expect(r.data.reportingPeriod).toEqual({ label: '5th Joint Period of Action', previous: { id: 'JPA4' } });
    }
  });

  it('gives partners no indicator data by any path', async () => {
    expect(errorCode(await f.call(t.PARTNER!, FEEDS))).toBe('FORBIDDEN');
    expect(errorCode(await f.call(t.PARTNER!, LATEST, { c: 'TH' }))).toBe('FORBIDDEN');
    const viaCountry = await f.call(t.PARTNER!, `{ country(code: "TH") { name latestIndicatorValues(periodId: "JPA5") { value } } }`);
    expect(errorCode(viaCountry)).toBe('FORBIDDEN');
    expect(viaCountry.data?.country ?? null).toBeNull();
  });

  it('gives policy officers latest values with victims suppressed, but no feed metadata', async () => {
    const r = await f.call(t.POLICY!, LATEST, { c: 'TH' });
    expect(r.errors).toBeUndefined();
    expect(r.data.latestIndicatorValues).toEqual([
      { indicator: 'ARRESTS', sex: 'ALL', value: 2, suppressed: false },
      { indicator: 'VICTIMS_IDENTIFIED', sex: 'ALL', value: 25, suppressed: false },
      { indicator: 'VICTIMS_IDENTIFIED', sex: 'FEMALE', value: null, suppressed: true },
      { indicator: 'VICTIMS_IDENTIFIED', sex: 'MALE', value: null, suppressed: true },
    ]);
    expect(errorCode(await f.call(t.POLICY!, FEEDS))).toBe('FORBIDDEN');
    expect(errorCode(await f.call(t.POLICY!, `{ country(code: "TH") { indicatorFeeds { totalCount } } }`))).toBe('FORBIDDEN');
  });

  it('lets an agency read its own country’s feeds only, and other countries’ latest values suppressed', async () => {
    const own = await f.call(t.TH!, FEEDS);
    expect(own.errors).toBeUndefined();
    expect(own.data.indicatorFeeds.totalCount).toBe(1);
    expect(own.data.indicatorFeeds.edges[0].node).toMatchObject({ id: 'th-police:JPA5', submittedBy: 'officer@th', country: { code: 'TH' } });
    const other = await f.call(t.TH!, FEEDS, { c: 'VN' });
    expect(errorCode(other)).toBe('FORBIDDEN');
    expect(other.errors![0]!.message).not.toMatch(/officer@vn/);
    expect(errorCode(await f.call(t.TH!, `{ country(code: "VN") { indicatorFeeds { totalCount } } }`))).toBe('FORBIDDEN');
    const values = await f.call(t.TH!, LATEST, { c: 'VN' });
    expect(values.errors).toBeUndefined();
    expect(values.data.latestIndicatorValues.filter((v: { suppressed: boolean }) => v.suppressed)).toHaveLength(2);
  });

  it('shows analysts every feed and every value, unsuppressed', async () => {
    const r = await f.call(t.ANALYST!, FEEDS);
    expect(r.errors).toBeUndefined();
    expect(r.data.indicatorFeeds.totalCount).toBe(2);
    const female = r.data.indicatorFeeds.edges[0].node.values.find((v: { sex: string }) => v.sex === 'FEMALE');
    expect(female).toEqual({ indicator: 'VICTIMS_IDENTIFIED', sex: 'FEMALE', value: 4, suppressed: false });
    const page1 = await f.call(t.ANALYST!, `{ indicatorFeeds(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`);
    expect(page1.data.indicatorFeeds).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const page2 = await f.call(t.ANALYST!, `query($a: String) { indicatorFeeds(first: 1, after: $a) { pageInfo { hasNextPage } edges { node { id } } } }`, {
      a: page1.data.indicatorFeeds.pageInfo.endCursor,
    });
    expect(page2.data.indicatorFeeds.pageInfo.hasNextPage).toBe(false);
    expect([page1, page2].map((p) => p.data.indicatorFeeds.edges[0].node.id).sort()).toEqual(['th-police:JPA5', 'vn-police:JPA5']);
    expect(errorCode(await f.call(t.ANALYST!, `{ indicatorFeeds(after: "nonsense") { totalCount } }`))).toBe('BAD_USER_INPUT');
    expect(errorCode(await f.call(t.ANALYST!, `{ indicatorFeeds(first: 201) { totalCount } }`))).toBe('BAD_USER_INPUT');
    const th = await f.call(t.ANALYST!, FEEDS, { c: 'TH' });
    expect(th.data.indicatorFeeds.edges.map((e: any) => e.node.id)).toEqual(['th-police:JPA5']);
  });

  it('gives the warehouse its change feed and nothing else', async () => {
    expect(errorCode(await f.call(t.WAREHOUSE!, REFERENCE))).toBe('FORBIDDEN');
    expect(errorCode(await f.call(t.WAREHOUSE!, LATEST, { c: 'TH' }))).toBe('FORBIDDEN');
    const batch = await f.call(t.WAREHOUSE!, `mutation { exportAgencyChanges(table: "action_periods", afterSeq: 0) { rowCount } }`);
    expect(batch.errors).toBeUndefined();
    expect(batch.data.exportAgencyChanges.rowCount).toBe(2);
    for (const token of [t.ANALYST, t.TH, t.POLICY, t.PARTNER]) {
      expect(errorCode(await f.call(token!, `mutation { exportAgencyChanges(table: "countries", afterSeq: 0) { rowCount } }`))).toBe('FORBIDDEN');
    }
  });

  it('resolves Country and ReportingPeriod entity references for the gateway, field rules still applied', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r)
      { ... on Country { code name } ... on ReportingPeriod { id startDate } } }`;
    const representations = [
      { __typename: 'Country', code: 'MM' },
      { __typename: 'ReportingPeriod', id: '2019-Q3' },
      { __typename: 'Country', code: 'ZZ' },
      { __typename: 'ReportingPeriod', id: 'JPA5' },
    ];
    const r = await f.call(t.PARTNER!, query, { r: representations });
    expect(r.errors).toBeUndefined();
    expect(r.data._entities).toEqual([
      { code: 'MM', name: 'Myanmar' },
      { id: '2019-Q3', startDate: '2019-07-01' },
      null,
      { id: 'JPA5', startDate: '2019-07-02' },
    ]);
    expect(errorCode(await f.call(t.WAREHOUSE!, query, { r: representations.slice(0, 1) }))).toBe('FORBIDDEN');
  });
});
