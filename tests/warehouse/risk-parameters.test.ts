/**
 * The versioned parameter table: seeded from risk-parameters.csv, immutable per version, a new version scores
 * differently.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, querySql } from '../../warehouse/db.js';
import { buildModels, prepareInputs } from '../../warehouse/models/runner.js';
import { loadRiskParameters, RISK_PARAMETERS_FILE } from '../../warehouse/risk/load-parameters.js';
import { makeTempDir } from '../helpers/tmp.js';
import { insertRaw, supplier } from './helpers/raw-rows.js';

const tmp = makeTempDir('tidemark-params-');
let warehouse: Awaited<ReturnType<typeof openWarehouse>>;
const seed = readFileSync(RISK_PARAMETERS_FILE, 'utf8');

beforeAll(async () => {
  warehouse = await openWarehouse(tmp.dir);
  await prepareInputs(warehouse.db, 'risk-v1');
});

afterAll(async () => {
  await warehouse?.close();
  tmp.remove();
});

describe('warehouse: risk parameters', () => {
  it('holds every risk-v1 weight of DESIGN §3 by name', async () => {
    const rows = await querySql<{ name: string; value: number }>(
      warehouse.db,
      "SELECT name, value FROM risk_parameters WHERE version = 'risk-v1'",
    );
    const p = Object.fromEntries(rows.map((r) => [r.name, r.value]));
    expect(p['sector.FISHING']).toBe(4);
    expect(p['confidence.credibility.SEMI_ANNOUNCED']).toBe(0.85);
    expect(p['evidence.remediation.OVERDUE']).toBe(1.2);
    expect(p['evidence.max_strength']).toBe(0.95);
    expect(p['base.context_weight']).toBe(0.7);
    expect(rows).toHaveLength(48);
  });

  it('refuses a seed file that changes a published version', async () => {
    const edited = join(tmp.dir, 'edited.csv');
    writeFileSync(edited, seed.replace('risk-v1,sector.FISHING,4,', 'risk-v1,sector.FISHING,3,'));
    await expect(loadRiskParameters(warehouse.db, edited)).rejects.toThrow(
      /parameters of an existing methodology version changed \(risk-v1\/sector\.FISHING\); add a new version/,
    );
  });

  it('scores with a new version side by side with the old one', async () => {
    const v2 = join(tmp.dir, 'v2.csv');
    writeFileSync(
      v2,
      `${seed}${seed
        .split('\n')
        .filter((l) => l.startsWith('risk-v1,'))
        .map((l) => l.replace('risk-v1,', 'risk-v2,').replace('risk-v2,migrant.points,1,', 'risk-v2,migrant.points,2,'))
        .join('\n')}\n`,
    );
    await loadRiskParameters(warehouse.db, v2);
    await insertRaw(warehouse.db, 'raw_audits__suppliers', [
      supplier('m', { country_code: 'DE', sector: 'OTHER', migrant_worker_share: 0.5 }),
    ]);
    const score = async (riskVersion: string) => {
      await buildModels(warehouse.db, { asOf: '2025-01-01', riskVersion });
      return (
        await querySql<{ methodology_version: string; score: number }>(
          warehouse.db,
          'SELECT methodology_version, score FROM mart_supplier_risk',
        )
      )[0];
    };
    // v1: Germany 1 + OTHER 1 + migrant 1 = 3 → 21.0. v2 gives migrants 2 points: I = 4 → 28.0.
    expect(await score('risk-v1')).toEqual({ methodology_version: 'risk-v1', score: 21 });
    expect(await score('risk-v2')).toEqual({ methodology_version: 'risk-v2', score: 28 });
  });
});
