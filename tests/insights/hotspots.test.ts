import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../lib/duckdb/database.js';
import { errorCode } from '../helpers/graphql.js';
import { openSnapshotReadOnly, query } from './fixtures/independent-sql.js';
import { publishSnapshot } from './fixtures/marts.js';
import { AS_OF, sampleMarts } from './fixtures/sample-marts.js';
import { startInsights, type Caller, type InsightsFixture } from './fixtures/server.js';

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

const HOTSPOTS = `query($groupBy: HotspotGrouping!, $period: ID) {
  riskHotspots(groupBy: $groupBy, period: $period) {
    asOf period { id } groupBy withheldCells
    cells { country { code } sector suppliers auditedSuppliers partners averageScore maxScore overrides bands
      { low medium high severe } }
  }
}`;

const cellKey = (c: any) => `${c.country?.code ?? '-'}/${c.sector ?? '-'}`;

async function hotspots(caller: Caller, groupBy: string, period?: string) {
  const res = await fx.call(caller, HOTSPOTS, { groupBy, period });
  expect(res.errors).toBeUndefined();
  return res.data.riskHotspots;
}

describe('insights: riskHotspots', () => {
  it('matches independent SQL over the marts for an analyst, every grouping, with and without a period', async () => {
    for (const [groupBy, columns] of [['COUNTRY', ['country_code']], ['SECTOR', ['sector']], ['COUNTRY_SECTOR', ['country_code', 'sector']]] as const) {
      for (const period of [undefined, '2019-Q3']) {
        const got = await hotspots('ANALYST', groupBy, period);
        const cols = columns.join(', ');
        const inPeriod = period ? `AND quarter_id = '${period}'` : '';
        const expected = await query<any>(
          marts,
          `WITH audited AS (SELECT * FROM mart_audit_facts WHERE audit_date <= DATE '${AS_OF}' ${inPeriod}),
           population AS (SELECT *
             FROM mart_supplier_risk r
             ${period ? 'WHERE EXISTS (SELECT 1 FROM audited a WHERE a.supplier_id = r.supplier_id)' : ''})
           SELECT ${columns.map((c) => `p.${c}`).join(', ')}, count(DISTINCT p.supplier_id) AS suppliers,
             (SELECT count(DISTINCT a.supplier_id) FROM audited a
               WHERE ${columns.map((c) => `a.${c} = p.${c}`).join(' AND ')}) AS audited,
             (SELECT count(DISTINCT a.partner_org_id) FROM audited a
               WHERE ${columns.map((c) => `a.${c} = p.${c}`).join(' AND ')}) AS partners,
             round(sum(p.score) / count(*), 1) AS avg_score, max(p.score) AS max_score,
             sum(CASE WHEN p.band = 'SEVERE' THEN 1 ELSE 0 END) AS severe
           FROM population p GROUP BY ${columns.map((c) => `p.${c}`).join(', ')} ORDER BY ${cols}`,
        );
        const toKey = (r: any) => `${r.country_code ?? '-'}/${r.sector ?? '-'}`;
        expect(got.cells.map(cellKey).sort()).toEqual(expected.map(toKey).sort());
        for (const row of expected) {
          const cell = got.cells.find((c: any) => cellKey(c) === toKey(row));
          expect(cell).toMatchObject({
            suppliers: row.suppliers, auditedSuppliers: row.audited, partners: row.partners,
            averageScore: row.avg_score, maxScore: row.max_score, bands: expect.objectContaining({ severe: Number(row.severe) }),
          });
        }
        expect(got.withheldCells).toBe(0);
        expect(got.period).toEqual(period ? { id: period } : null);
      }
    }
  });

  it('works out the Thai fishing cell as by hand', async () => {
    const got = await hotspots('ANALYST', 'COUNTRY_SECTOR');
    expect(got.cells.find((c: any) => cellKey(c) === 'TH/FISHING')).toEqual({
      country: { code: 'TH' }, sector: 'FISHING', suppliers: 4, auditedSuppliers: 3, partners: 3,
      averageScore: 51.3, maxScore: 78.5, overrides: 1, bands: { low: 0, medium: 2, high: 1, severe: 1 },
    });
    expect(got.asOf).toBe(AS_OF);
  });

  it('shows policy officers only cells with at least 3 audited suppliers and 2 partners', async () => {
    const got = await hotspots('POLICY', 'COUNTRY_SECTOR');
    expect(got.cells.map(cellKey)).toEqual(['TH/FISHING', 'KH/GARMENTS']);
    expect(got.withheldCells).toBe(3);
  });

  it('asks a partner for 2 partners besides itself', async () => {
    const acme = await hotspots('PARTNER_ACME', 'COUNTRY_SECTOR');
    expect(acme.cells.map(cellKey)).toEqual(['TH/FISHING']);
    expect(acme.withheldCells).toBe(4);
    const initech = await hotspots('PARTNER_INITECH', 'SECTOR');
    expect(initech.cells.map(cellKey).sort()).toEqual(['-/FISHING', '-/GARMENTS']);
    const globex = await hotspots('PARTNER_GLOBEX', 'SECTOR');
    expect(globex.cells.map(cellKey)).toEqual(['-/FISHING']);
  });

  it('restricts the population to suppliers audited in a period', async () => {
    const got = await hotspots('POLICY', 'COUNTRY_SECTOR', '2019-Q3');
    expect(got.cells).toEqual([
      expect.objectContaining({ country: { code: 'TH' }, sector: 'FISHING', suppliers: 3, auditedSuppliers: 3, averageScore: 56.9 }),
    ]);
    expect(got.withheldCells).toBe(2);
  });

  it('names the period argument when it is unknown', async () => {
    const res = await fx.call('POLICY', HOTSPOTS, { groupBy: 'COUNTRY', period: '2019-Q9' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/^period: no reporting period '2019-Q9'/);
  });

  it('refuses the warehouse service', async () => {
    expect(errorCode(await fx.call('WAREHOUSE', HOTSPOTS, { groupBy: 'COUNTRY' }))).toBe('FORBIDDEN');
  });
});

const PROFILE = `query($codes: [_Any!]!, $period: ID) {
  _entities(representations: $codes) {
    ... on Country {
      code
      riskProfile(period: $period) {
        asOf suppliers audited partners averageScore maxScore bands { low medium high severe }
        topDrivers { kind iloIndicator label suppliers totalContribution averageContribution }
      }
    }
  }
}`;

const countries = (...codes: string[]) => codes.map((code) => ({ __typename: 'Country', code }));

describe('insights: Country.riskProfile', () => {
  it('sums the Thai registry and names its top drivers, findings grouped by ILO indicator', async () => {
    const res = await fx.call('POLICY', PROFILE, { codes: countries('TH') });
    expect(res.errors).toBeUndefined();
    const profile = res.data._entities[0].riskProfile;
    expect(profile).toMatchObject({
      asOf: AS_OF, suppliers: 5, audited: 4, partners: 3, averageScore: 50.2, maxScore: 78.5,
      bands: { low: 0, medium: 3, high: 1, severe: 1 },
    });
    expect(profile.topDrivers.map((d: any) => [d.kind, d.iloIndicator, d.suppliers, d.totalContribution, d.averageContribution])).toEqual([
      ['FINDING', 'DEBT_BONDAGE', 2, 75, 15],
      ['SECTOR', null, 5, 74.5, 14.9],
      ['COUNTRY', null, 5, 58.9, 11.78],
      ['FINDING', 'ISOLATION', 1, 22, 4.4],
      ['FINDING', 'WITHHOLDING_OF_WAGES', 1, 15.5, 3.1],
    ]);
  });

  it('withholds a profile behind too few partners from every role but ANALYST', async () => {
    const policy = await fx.call('POLICY', PROFILE, { codes: countries('VN', 'KH') });
    expect(policy.errors).toBeUndefined();
    expect(policy.data._entities.map((e: any) => e.riskProfile?.suppliers ?? null)).toEqual([null, 3]);
    const acme = await fx.call('PARTNER_ACME', PROFILE, { codes: countries('KH') });
    expect(acme.data._entities[0].riskProfile).toBeNull();
    const analyst = await fx.call('ANALYST', PROFILE, { codes: countries('VN', 'FR') });
    expect(analyst.data._entities.map((e: any) => e.riskProfile.suppliers)).toEqual([2, 0]);
  });
});
