/**
 * End to end over a REAL warehouse build: the demo data synced, built and published by warehouse/ code, then
 * served by insights. Checks that every insights query runs on the marts as the warehouse writes them and
 * that scores and re-scores equal the warehouse's own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPublishedBuild, RISK_WITH_DRIVERS_MACRO } from '../../lib/snapshot-contract.js';
import { querySql } from '../../warehouse/db.js';
import { scoreSuppliersAsOf } from '../../warehouse/risk/score-suppliers.js';
import { openSnapshotReadOnly } from './fixtures/independent-sql.js';
import { findPublishedRisks, scoreRisksAsOf } from '../../subgraphs/insights/store/supplier-risk.js';
import { listTopCountryDrivers } from '../../subgraphs/insights/store/country-drivers.js';
import { viewSupplierRisk } from '../../subgraphs/insights/risk-view.js';
import { buildDemoWarehouse, DEMO_AS_OF as AS_OF, type DemoBuild } from './fixtures/demo-build.js';
import { startInsights, SUPPLIER_RISK, supplierRefs, type InsightsFixture } from './fixtures/server.js';

let build: DemoBuild;
let fx: InsightsFixture;

beforeAll(async () => {
  build = await buildDemoWarehouse('tidemark-insights-build-');
  fx = await startInsights({ dataDir: build.dataDir });
}, 120_000);

afterAll(async () => {
  await fx?.stop();
  await build?.remove();
});

describe('insights over a real warehouse build', () => {
  it('serves the scores of mart_supplier_risk, and re-scores at another date as scoreSuppliersAsOf does', async () => {
    const expected = await querySql<{ supplier_id: string; score: number; band: string }>(
      build.warehouse.db,
      'SELECT supplier_id, score, band FROM mart_supplier_risk ORDER BY score DESC, supplier_id LIMIT 5',
    );
    const ids = expected.map((r) => r.supplier_id);
    const now = await fx.call('ANALYST', SUPPLIER_RISK, { ids: supplierRefs(...ids) });
    expect(now.errors).toBeUndefined();
    expect(now.data._entities.map((e: any) => [e.id, e.risk.score, e.risk.band])).toEqual(
      expected.map((r) => [r.supplier_id, r.score, r.band]),
    );
    for (const e of now.data._entities) {
      const total = Math.round(e.risk.drivers.reduce((t: number, d: any) => t + d.contribution, 0) * 10) / 10;
      expect(total).toBe(e.risk.score);
      expect(e.risk.drivers.filter((d: any) => d.kind === 'FINDING').every((d: any) => d.auditDate !== null)).toBe(
        true,
      );
    }

    const rescored = await scoreSuppliersAsOf(build.warehouse.db, '2022-06-30', { supplierIds: ids });
    const then = await fx.call('ANALYST', SUPPLIER_RISK, { ids: supplierRefs(...ids), asOf: '2022-06-30' });
    expect(then.errors).toBeUndefined();
    expect(then.data._entities.map((e: any) => [e.id, e.risk.score, e.risk.asOf])).toEqual(
      ids.map((id) => [id, rescored.risk.find((r) => r.supplier_id === id)!.score, '2022-06-30']),
    );
  });

  it('gives the same drivers for published scores and re-scores at the same date, per finding or summed', async () => {
    const snapshot = await openSnapshotReadOnly(fx.dataDir);
    try {
      const ids = (
        await querySql<{ supplier_id: string }>(
          build.warehouse.db,
          'SELECT supplier_id FROM mart_supplier_risk ORDER BY count_evidence_findings DESC LIMIT 20',
        )
      ).map((r) => r.supplier_id);
      const scope = { asOf: AS_OF, riskVersion: 'risk-v1', hasRiskWithDrivers: true };
      const detailed = await findPublishedRisks(snapshot.db, ids, scope, true);
      const summed = await findPublishedRisks(snapshot.db, ids, scope, false);
      const rescored = await scoreRisksAsOf(snapshot.db, ids, scope);
      expect(detailed.size).toBe(20);
      // The one-call macro answers exactly what the two macros do (a build without it falls back to those),
      // for every viewer.
      expect(readPublishedBuild(fx.dataDir)!.macros.map((m) => m.name)).toContain(RISK_WITH_DRIVERS_MACRO);
      const twoCalls = { ...scope, hasRiskWithDrivers: false };
      expect(rescored).toEqual(await scoreRisksAsOf(snapshot.db, ids, twoCalls));
      const partner = (
        await querySql<{ partner_org_id: string }>(
          build.warehouse.db,
          'SELECT min(partner_org_id) AS partner_org_id FROM int_audits_joined',
        )
      )[0]!.partner_org_id;
      const asPartner = await scoreRisksAsOf(snapshot.db, ids, scope, partner);
      expect(asPartner.size).toBe(20);
      expect(asPartner).toEqual(await scoreRisksAsOf(snapshot.db, ids, twoCalls, partner));
      const analyst = { subject: 'a', role: 'ANALYST' } as const;
      const policy = { subject: 'o', role: 'POLICY' } as const;
      for (const id of ids) {
        expect(rescored.get(id)!.risk).toEqual(detailed.get(id)!.risk);
        expect(viewSupplierRisk(rescored.get(id)!, analyst)).toEqual(viewSupplierRisk(detailed.get(id)!, analyst));
        // The published sums per partner and indicator show a policy officer what the per-finding rows do.
        expect(viewSupplierRisk(summed.get(id)!, policy)).toEqual(viewSupplierRisk(rescored.get(id)!, policy));
      }
      expect(
        [...detailed.values()].some((f) =>
          viewSupplierRisk(f, analyst).drivers.some((d) => d.kind === 'MINOR_FINDINGS'),
        ),
      ).toBe(true);
    } finally {
      await snapshot.close();
    }
  });

  it("totals a country's drivers from the exact sums as over every per-finding driver", async () => {
    const snapshot = await openSnapshotReadOnly(fx.dataDir);
    try {
      const countries = await querySql<{ country_code: string }>(
        build.warehouse.db,
        'SELECT DISTINCT country_code FROM mart_supplier_risk ORDER BY 1',
      );
      for (const { country_code } of countries) {
        const served = await listTopCountryDrivers(snapshot.db, country_code, { asOf: AS_OF, period: null }, 1000);
        // Independent: every per-finding driver of the warehouse's view that adds points, grouped by indicator.
        const expected = await querySql<{
          driver_kind: string;
          ilo_indicator: string | null;
          suppliers: number;
          total_contribution: number;
        }>(
          build.warehouse.db,
          `SELECT d.driver_kind, CASE WHEN d.driver_kind = 'FINDING' THEN d.ilo_indicator END AS ilo_indicator,
             count(DISTINCT d.supplier_id) AS suppliers, round(sum(d.contribution), 1) AS total_contribution
           FROM mart_supplier_risk_drivers d JOIN mart_supplier_risk r USING (supplier_id)
           WHERE r.country_code = '${country_code}' AND d.contribution > 0
           GROUP BY ALL ORDER BY total_contribution DESC, driver_kind, ilo_indicator NULLS FIRST`,
        );
        expect(served, country_code).toEqual(expected);
      }
    } finally {
      await snapshot.close();
    }
  });

  it('runs every aggregate query on the published marts', async () => {
    const [top] = await querySql<{ campaign_id: string; country_code: string }>(
      build.warehouse.db,
      'SELECT campaign_id, country_code FROM mart_campaign_daily GROUP BY ALL ORDER BY sum(reach) DESC LIMIT 1',
    );
    const { campaign_id, country_code } = top!;
    const res = await fx.call(
      'ANALYST',
      `query($campaign: [_Any!]!, $country: [_Any!]!) {
        byCountry: riskHotspots(groupBy: COUNTRY) { cells { country { code } suppliers averageScore } }
        bySector: riskHotspots(groupBy: COUNTRY_SECTOR, period: "JPA6") { cells { sector suppliers } }
        compare(measures: [SUPPLIERS_AUDITED, SEVERE_FINDING_SHARE, REPEAT_FINDING_RATE, CAP_CLOSURE_RATE,
          MEDIAN_DAYS_TO_CLOSE,
          AGENCY_ARRESTS, AGENCY_VICTIMS_IDENTIFIED, CONVICTION_RATIO, REFERRAL_RATE,
            CAMPAIGN_REPORTS_PER_100K_REACHED],
          current: "JPA6", groupBy: COUNTRY) { measure group current previous significant }
        series(measure: SUPPLIERS_AUDITED, kind: QUARTER, from: "2020-01-01", to: "2021-12-31") { points { value } }
        warehouseStatus { buildId sources { source table rowsReceived } tables { name rows } }
        campaign: _entities(representations: $campaign) { ... on Campaign
          { impact(period: "2025") { reach reports comparison { measure } } } }
        country: _entities(representations: $country) { ... on Country
          { riskProfile { suppliers topDrivers { kind } } indicators(period: "JPA6", breakdown: [])
          { indicator value } } }
      }`,
      {
        campaign: [{ __typename: 'Campaign', id: campaign_id }],
        country: [{ __typename: 'Country', code: country_code }],
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.byCountry.cells.length).toBeGreaterThan(3);
    expect(res.data.compare.length).toBeGreaterThan(10);
    expect(res.data.series[0].points).toHaveLength(8);
    expect(res.data.warehouseStatus.sources.length).toBe(10);
    expect(res.data.warehouseStatus.tables.map((t: any) => t.name)).toContain('mart_supplier_risk');
    expect(res.data.country[0].riskProfile.suppliers).toBeGreaterThan(0);
    const [count] = await querySql<{ n: number }>(build.warehouse.db, 'SELECT count(*) AS n FROM mart_supplier_risk');
    expect(res.data.byCountry.cells.reduce((t: number, c: any) => t + c.suppliers, 0)).toBe(count!.n);
  });
});
