/**
 * Every test declared beside a model (not_null, unique, relationships, accepted_values, invariants), each as its
 * own vitest case, on a warehouse built from the deterministic demo data set through the change-feed path.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, querySql } from '../../warehouse/db.js';
import { loadModels } from '../../warehouse/models/model-graph.js';
import { describeTest, runModelTest } from '../../warehouse/models/model-tests.js';
import { buildModels } from '../../warehouse/models/runner.js';
import { syncAll } from '../../warehouse/sync/sync-all.js';
import { makeTempDir } from '../helpers/tmp.js';
import { openLocalSources } from './helpers/local-sources.js';

const AS_OF = '2025-12-31';
const VARIABLES = { asOf: AS_OF, riskVersion: 'risk-v1' };
const models = loadModels();
const tmp = makeTempDir('tidemark-model-tests-');
let warehouse: Awaited<ReturnType<typeof openWarehouse>>;

beforeAll(async () => {
  const sources = await openLocalSources(tmp.dir, { seedDemo: true });
  warehouse = await openWarehouse(join(tmp.dir, 'warehouse'));
  try {
    await syncAll({ db: warehouse.db, fetchBatch: sources.fetchBatch });
  } finally {
    await sources.close();
  }
  await buildModels(warehouse.db, { asOf: AS_OF, tests: 'none' });
}, 120_000);

afterAll(async () => {
  await warehouse?.close();
  tmp.remove();
});

describe('warehouse models: the demo warehouse is not empty where it matters', () => {
  it.each([
    'mart_supplier_risk',
    'mart_supplier_risk_drivers',
    'mart_audit_facts',
    'mart_cap_facts',
    'mart_repeat_findings',
    'mart_agency_indicator_latest',
    'mart_campaign_daily',
    'mart_hotspots',
    'mart_periods',
  ])('%s has rows', async (table) => {
    const [row] = await querySql<{ n: number }>(warehouse.db, `SELECT count(*) AS n FROM ${table}`);
    expect(row!.n).toBeGreaterThan(0);
  });

  it('scores every supplier in every band the demo data reaches', async () => {
    const bands = await querySql<{ band: string }>(
      warehouse.db,
      'SELECT DISTINCT band FROM mart_supplier_risk ORDER BY band',
    );
    expect(bands.map((b) => b.band)).toEqual(['HIGH', 'LOW', 'MEDIUM', 'SEVERE']);
  });
});

for (const model of models.filter((m) => m.tests.length > 0)) {
  describe(`warehouse model ${model.name}`, () => {
    it.each(model.tests.map((test) => [describeTest(test), test] as const))('%s', async (_name, test) => {
      const result = await runModelTest(warehouse.db, model, test, VARIABLES);
      expect(result.sample).toEqual([]);
      expect(result.failures).toBe(0);
    });
  });
}

describe('warehouse model tests fail where the data breaks what they state', () => {
  it('previous_exists finds a previous audit that is not in mart_audit_facts (facts and repeat findings)', async () => {
    const byName = (name: string) => models.find((m) => m.name === name)!;
    const previousExists = (name: string) =>
      byName(name).tests.find((t) => t.kind === 'invariant' && t.name === 'previous_exists')!;
    const [victim] = await querySql<{ audit_id: string; previous_audit_id: string }>(
      warehouse.db,
      `SELECT r.audit_id, r.previous_audit_id FROM mart_repeat_findings r
        JOIN mart_audit_facts f USING (audit_id) ORDER BY r.audit_id LIMIT 1`,
    );
    const point = (to: string) =>
      Promise.all(
        ['mart_audit_facts', 'mart_repeat_findings'].map((t) =>
          querySql(warehouse.db, `UPDATE ${t} SET previous_audit_id = '${to}' WHERE audit_id = '${victim!.audit_id}'`),
        ),
      );
    await point('aud-that-never-was');
    try {
      for (const name of ['mart_audit_facts', 'mart_repeat_findings']) {
        const result = await runModelTest(warehouse.db, byName(name), previousExists(name), VARIABLES);
        expect(result.failures, name).toBeGreaterThan(0);
        expect(result.sample[0], name).toMatchObject({ audit_id: victim!.audit_id });
      }
    } finally {
      await point(victim!.previous_audit_id);
    }
  });
});
