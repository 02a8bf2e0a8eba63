/**
 * Re-scoring at any date: scoreSuppliersAsOf(db, asOf) runs the risk models' own SQL with another asOf bound.
 * On the demo data it must equal, row for row, a full build at that asOf; the macros published with each build
 * (what insights calls, without the model files) must give the same rows.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rescoringMacroOf, RISK_WITH_DRIVERS_MACRO } from '../../lib/snapshot-contract.js';
import { openPublishedBuild } from '../../lib/snapshot-reader.js';
import { openWarehouse, querySql } from '../../warehouse/db.js';
import { buildModels } from '../../warehouse/models/runner.js';
import { scoreSuppliersAsOf } from '../../warehouse/risk/score-suppliers.js';
import { publishSnapshot } from '../../warehouse/snapshot/publish-snapshot.js';
import { syncAll } from '../../warehouse/sync/sync-all.js';
import { makeTempDir } from '../helpers/tmp.js';
import { openLocalSources } from './helpers/local-sources.js';

/**
 * Exact driver shares are float sums whose order DuckDB's parallel aggregation does not fix: two runs can differ in
 * the last bit. Compared to 1e-12 (served drivers are rounded to 0.1).
 */
function floatsTo12(rows: readonly unknown[]): unknown[] {
  const round = (v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e12) / 1e12 : v);
  return rows.map((r) => Object.fromEntries(Object.entries(r as object).map(([k, v]) => [k, round(v)])));
}

const BUILD_AS_OF = '2025-12-31';
const tmp = makeTempDir('tidemark-rescore-');
const warehouseDir = join(tmp.dir, 'warehouse');
let warehouse: Awaited<ReturnType<typeof openWarehouse>>;

const RISK_ORDER = 'ORDER BY supplier_id';
const DRIVER_ORDER = 'ORDER BY supplier_id, driver_kind, finding_id';

beforeAll(async () => {
  const sources = await openLocalSources(tmp.dir, { seedDemo: true });
  warehouse = await openWarehouse(warehouseDir);
  try {
    await syncAll({ db: warehouse.db, fetchBatch: sources.fetchBatch });
  } finally {
    await sources.close();
  }
}, 120_000);

afterAll(async () => {
  await warehouse?.close();
  tmp.remove();
});

describe('warehouse: re-scoring at any asOf', () => {
  it.each(['2019-07-02', '2022-03-15', '2024-02-29'])(
    'scores every supplier at %s exactly as a build at that date does',
    async (asOf) => {
      await buildModels(warehouse.db, { asOf, tests: 'none' });
      const built = {
        risk: await querySql(warehouse.db, `SELECT * FROM mart_supplier_risk ${RISK_ORDER}`),
        drivers: await querySql(warehouse.db, `SELECT * FROM mart_supplier_risk_drivers ${DRIVER_ORDER}`),
      };
      await buildModels(warehouse.db, { asOf: BUILD_AS_OF, tests: 'none' });
      const onDemand = await scoreSuppliersAsOf(warehouse.db, asOf);
      expect(onDemand.risk).toHaveLength(500);
      expect(onDemand.risk).toEqual(built.risk);
      expect(floatsTo12(onDemand.drivers)).toEqual(floatsTo12(built.drivers));
    },
  );

  it('scores a chosen few suppliers from their own rows only, with the same result', async () => {
    const ids = ['sup-0001', 'sup-0042', 'sup-0317'];
    const all = await scoreSuppliersAsOf(warehouse.db, '2023-06-30');
    const few = await scoreSuppliersAsOf(warehouse.db, '2023-06-30', { supplierIds: ids });
    expect(few.risk.map((r) => r.supplier_id)).toEqual(ids);
    expect(few.risk).toEqual(all.risk.filter((r) => ids.includes(r.supplier_id)));
    expect(few.drivers).toEqual(all.drivers.filter((d) => ids.includes(d.supplier_id)));
  });

  it('lowers evidence as findings age: a supplier scored later has older findings', async () => {
    const early = await scoreSuppliersAsOf(warehouse.db, '2025-01-01');
    const late = await scoreSuppliersAsOf(warehouse.db, '2035-01-01');
    const withEvidence = early.risk.filter((r) => r.evidence > 0);
    expect(withEvidence.length).toBeGreaterThan(50);
    for (const row of withEvidence) {
      const later = late.risk.find((r) => r.supplier_id === row.supplier_id)!;
      expect(later.evidence).toBeLessThan(row.evidence);
    }
  });

  it('re-scores with the macros of a published build, as the insights subgraph does', async () => {
    await buildModels(warehouse.db, { asOf: BUILD_AS_OF, tests: 'none' });
    const snapshot = await publishSnapshot(warehouse.db, { dataDir: warehouseDir });
    expect(snapshot.macros.map((m) => m.name).sort()).toEqual([
      rescoringMacroOf('mart_supplier_risk'),
      rescoringMacroOf('mart_supplier_risk_drivers'),
      RISK_WITH_DRIVERS_MACRO,
    ]);
    const expected = await scoreSuppliersAsOf(warehouse.db, '2021-12-31');
    const ids = `[${expected.risk.map((r) => `'${r.supplier_id}'`).join(', ')}]`;
    const rescore = (
      mart: 'mart_supplier_risk' | 'mart_supplier_risk_drivers',
      asOf: string,
      order: string,
      viewer = 'NULL',
    ) =>
      querySql(
        reader.db,
        `SELECT * FROM ${rescoringMacroOf(mart)}(DATE '${asOf}', 'risk-v1', ${ids}, ${viewer}) ${order}`,
      );
    const reader = await openPublishedBuild<any>(warehouseDir, snapshot);
    try {
      expect(await rescore('mart_supplier_risk', '2021-12-31', RISK_ORDER)).toEqual(expected.risk);
      expect(await rescore('mart_supplier_risk_drivers', '2021-12-31', DRIVER_ORDER)).toEqual(expected.drivers);
      const few = await querySql(
        reader.db,
        `SELECT supplier_id FROM ${rescoringMacroOf('mart_supplier_risk')}(DATE '2021-12-31', 'risk-v1', ['sup-0042'],
          NULL)`,
      );
      expect(few).toEqual([{ supplier_id: 'sup-0042' }]);
      // As a partner may see it: other partners' dates coarsened to months, as scoreSuppliersAsOf does.
      const supplierIds = expected.risk.map((r) => r.supplier_id);
      const asPartner = await scoreSuppliersAsOf(warehouse.db, '2021-12-31', { supplierIds, viewerOrgId: 'org-acme' });
      expect(await rescore('mart_supplier_risk', '2021-12-31', RISK_ORDER, "'org-acme'")).toEqual(asPartner.risk);
      expect(await rescore('mart_supplier_risk_drivers', '2021-12-31', DRIVER_ORDER, "'org-acme'")).toEqual(
        asPartner.drivers,
      );
      const atBuild = await rescore('mart_supplier_risk', BUILD_AS_OF, RISK_ORDER);
      expect(atBuild).toEqual(await querySql(reader.db, `SELECT * FROM mart_supplier_risk ${RISK_ORDER}`));
    } finally {
      await reader.close();
    }
  });

  it('keeps driver totals equal to the per-finding drivers summed per partner and ILO indicator', async () => {
    // The totals come from the noisy-OR's summed terms (int_supplier_evidence_terms), the per-finding drivers from
    // each finding's strength: two computations of the same shares.
    const diff = await querySql<{ supplier_id: string; total: number; summed: number | null }>(
      warehouse.db,
      `SELECT coalesce(t.supplier_id, d.supplier_id) AS supplier_id, t.driver_kind, t.partner_org_id,
         t.ilo_indicator, t.contribution AS total, d.contribution AS summed, t.findings, d.findings AS counted
       FROM mart_supplier_risk_driver_totals t
       FULL JOIN (SELECT supplier_id, driver_kind, partner_org_id, ilo_indicator, sum(contribution) AS contribution,
           count(finding_id) AS findings
         FROM mart_supplier_risk_drivers GROUP BY ALL) d
         ON d.supplier_id = t.supplier_id AND d.driver_kind = t.driver_kind
           AND d.partner_org_id IS NOT DISTINCT FROM t.partner_org_id
           AND d.ilo_indicator IS NOT DISTINCT FROM t.ilo_indicator
       WHERE d.contribution IS NULL OR t.contribution IS NULL OR abs(t.contribution - d.contribution) > 1e-9
         OR t.findings <> d.findings`,
    );
    expect(diff.slice(0, 3)).toEqual([]);
    expect(diff).toHaveLength(0);
    const [{ n }] = (await querySql<{ n: number }>(
      warehouse.db,
      "SELECT count(*) AS n FROM mart_supplier_risk_driver_totals WHERE driver_kind = 'FINDING'",
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(100);
  });

  it('rejects a date that is not a calendar date', async () => {
    await expect(scoreSuppliersAsOf(warehouse.db, '2024-02-30')).rejects.toThrow(/asOf: expected a calendar date/);
  });
});
