/**
 * The model runner on small model folders written by each test: dependency order, cycles, headers, declared
 * tests and their failures, materialization.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, querySql } from '../../warehouse/db.js';
import { loadModels } from '../../warehouse/models/model-graph.js';
import { ModelTestFailure } from '../../warehouse/models/model-tests.js';
import { buildModels } from '../../warehouse/models/runner.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir('tidemark-runner-');
let warehouse: Awaited<ReturnType<typeof openWarehouse>>;
let folders = 0;

function modelsDir(files: Record<string, string>): string {
  const dir = join(tmp.dir, `models-${++folders}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

beforeAll(async () => {
  warehouse = await openWarehouse(join(tmp.dir, 'warehouse'));
});

afterAll(async () => {
  await warehouse?.close();
  tmp.remove();
});

describe('warehouse models: the runner', () => {
  it('orders models by the names they use, ignoring names in comments and string literals', () => {
    const dir = modelsDir({
      'staging/stg_a__things.sql': "-- grain: one row per thing\nSELECT 1 AS thing_id, 'mart_z' AS label",
      'intermediate/int_things_counted.sql': '-- grain: one row\n-- reads mart_z? no: only a comment\nSELECT count(*) AS n FROM stg_a__things',
      'marts/mart_a.sql': '-- grain: one row\nSELECT * FROM mart_z',
      'marts/mart_z.sql': '-- grain: one row\nSELECT n FROM int_things_counted',
    });
    const models = loadModels(dir);
    expect(models.map((m) => m.name)).toEqual(['stg_a__things', 'int_things_counted', 'mart_z', 'mart_a']);
    expect(models.find((m) => m.name === 'stg_a__things')!.dependsOn).toEqual([]);
    expect(models.find((m) => m.name === 'mart_a')!.dependsOn).toEqual(['mart_z']);
    expect(models.find((m) => m.name === 'stg_a__things')!.materialized).toBe('view');
    expect(models.find((m) => m.name === 'mart_a')!.materialized).toBe('table');
  });

  it('names the models of a dependency cycle', () => {
    const dir = modelsDir({
      'marts/mart_a.sql': '-- grain: one row\nSELECT * FROM mart_b',
      'marts/mart_b.sql': '-- grain: one row\nSELECT * FROM mart_a',
    });
    expect(() => loadModels(dir)).toThrow('models depend on each other in a cycle: mart_a -> mart_b -> mart_a');
  });

  it('requires every model to state its grain', () => {
    const dir = modelsDir({ 'marts/mart_a.sql': '-- a model without a grain\nSELECT 1 AS x' });
    expect(() => loadModels(dir)).toThrow(/mart_a\.sql: the header must state the grain/);
  });

  it('reads every kind of declared test, multi-line invariants included', () => {
    const dir = modelsDir({
      'marts/mart_a.sql': [
        '-- grain: one row per id',
        '-- tests:',
        '--   not_null: id, kind',
        '--   unique: id, kind',
        '--   relationships: parent_id -> mart_b.id',
        '--   accepted_values: kind -> X, Y',
        '--   invariant positive: SELECT * FROM mart_a',
        '--     WHERE id <= 0',
        'SELECT 1 AS id, 1 AS parent_id, \'X\' AS kind',
      ].join('\n'),
      'marts/mart_b.sql': '-- grain: one row\nSELECT 1 AS id',
    });
    expect(loadModels(dir).find((m) => m.name === 'mart_a')!.tests).toEqual([
      { kind: 'not_null', column: 'id' },
      { kind: 'not_null', column: 'kind' },
      { kind: 'unique', columns: ['id', 'kind'] },
      { kind: 'relationships', column: 'parent_id', toModel: 'mart_b', toColumn: 'id' },
      { kind: 'accepted_values', column: 'kind', values: ['X', 'Y'] },
      { kind: 'invariant', name: 'positive', sql: 'SELECT * FROM mart_a\nWHERE id <= 0' },
    ]);
  });

  it('builds in order, binds asOf, and fails the build naming each failing test with a sample row', async () => {
    const dir = modelsDir({
      'marts/mart_dates.sql': [
        '-- grain: one row per day before asOf',
        '-- tests:',
        '--   unique: d',
        '--   not_null: d',
        '--   invariant before_as_of: SELECT * FROM mart_dates WHERE d >= getvariable(\'as_of\')',
        "SELECT (getvariable('as_of') - INTERVAL (i) DAY)::DATE AS d FROM range(0, 3) t(i)",
      ].join('\n'),
      'marts/mart_dupes.sql': '-- grain: one row per d (it is not)\n-- tests:\n--   unique: d\nSELECT d FROM mart_dates UNION ALL ' +
          'SELECT d FROM mart_dates',
    });
    const error = await buildModels(warehouse.db, { asOf: '2024-03-01', models: loadModels(dir) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelTestFailure);
    const failures = (error as ModelTestFailure).failures;
    expect(failures.map((f) => [f.model, f.test, f.failures])).toEqual([
      ['mart_dates', 'invariant(before_as_of)', 1],
      ['mart_dupes', 'unique(d)', 3],
    ]);
    expect(failures[0]!.sample).toEqual([{ d: '2024-03-01' }]);
    // The tables are built even though the tests failed (and so the build must not be published).
    const rows = await querySql<{ d: string }>(warehouse.db, 'SELECT d FROM mart_dates ORDER BY d');
    expect(rows.map((r) => r.d)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('switches a model between table and view', async () => {
    const asTable = modelsDir({ 'marts/mart_switch.sql': '-- grain: one row\nSELECT 1 AS x' });
    await buildModels(warehouse.db, { asOf: '2024-01-01', models: loadModels(asTable) });
    const asView = modelsDir({ 'marts/mart_switch.sql': '-- grain: one row\n-- materialized: view\nSELECT 2 AS x' });
    const result = await buildModels(warehouse.db, { asOf: '2024-01-01', models: loadModels(asView) });
    expect(result.models).toEqual([expect.objectContaining({ name: 'mart_switch', materialized: 'view', rows: null })]);
    const [type] = await querySql<{ table_type: string }>(warehouse.db, "SELECT table_type FROM information_schema.tables WHERE table_name = 'mart_switch'");
    expect(type!.table_type).toBe('VIEW');
  });

  it('reports which model failed to build and why', async () => {
    const dir = modelsDir({ 'marts/mart_broken.sql': '-- grain: one row\nSELECT no_such_column FROM range(1)' });
    await expect(buildModels(warehouse.db, { asOf: '2024-01-01', models: loadModels(dir) })).rejects.toThrow(/model mart_broken .* failed to build: .*no_such_column/s);
  });

  it('refuses an unknown methodology version', async () => {
    await expect(buildModels(warehouse.db, { asOf: '2024-01-01', riskVersion: 'risk-v9', models: [] })).rejects.toThrow(
      'riskVersion: no parameters for methodology version "risk-v9" in risk_parameters',
    );
  });

  it('declares a grain for every model of the warehouse and tests for every table', () => {
    // A view's tests would recompute it whole on every build; the one view without tests
    // (mart_supplier_risk_drivers) has its invariants tested on the table that reads it.
    for (const model of loadModels()) {
      expect(model.grain.length, model.name).toBeGreaterThan(10);
      if (model.materialized === 'table') expect(model.tests.length, model.name).toBeGreaterThan(0);
    }
    expect(loadModels().filter((m) => m.tests.length === 0).map((m) => m.name)).toEqual(['mart_supplier_risk_drivers']);
  });
});
