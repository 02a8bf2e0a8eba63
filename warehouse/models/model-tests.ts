/**
 * Runs the tests declared beside each model (see model-file.ts). Every test is a query for offending rows:
 * it passes when there are none. Failures carry a count and up to three sample rows.
 */
import { querySql, sqlString, type WarehouseDb } from '../db.js';
import type { Model } from './model-graph.js';
import type { ModelTest } from './model-file.js';
import { narrowToDirty, relationsWithKey } from './incremental.js';
import { bindVariables, type BuildVariables } from './variables.js';

export interface ModelTestResult {
  model: string;
  test: string;
  failures: number;
  sample: Record<string, unknown>[];
}

export function describeTest(test: ModelTest): string {
  switch (test.kind) {
    case 'not_null':
      return `not_null(${test.column})`;
    case 'unique':
      return `unique(${test.columns.join(', ')})`;
    case 'relationships':
      return `relationships(${test.column} -> ${test.toModel}.${test.toColumn})`;
    case 'accepted_values':
      return `accepted_values(${test.column})`;
    case 'invariant':
      return `invariant(${test.name})`;
  }
}

/** The query returning the rows that break the test. */
export function offendingRowsSql(model: string, test: ModelTest): string {
  switch (test.kind) {
    case 'not_null':
      return `SELECT * FROM ${model} WHERE "${test.column}" IS NULL`;
    case 'unique': {
      const cols = test.columns.map((c) => `"${c}"`).join(', ');
      return `SELECT ${cols}, count(*) AS n FROM ${model} GROUP BY ${cols} HAVING count(*) > 1`;
    }
    case 'relationships':
      return `SELECT c.* FROM ${model} c ANTI JOIN ${test.toModel} p ON p."${test.toColumn}" = c."${test.column}" WHERE c."${test.column}" IS NOT NULL`;
    case 'accepted_values':
      return `SELECT * FROM ${model} WHERE "${test.column}" NOT IN (${test.values.map(sqlString).join(', ')})`;
    case 'invariant':
      return test.sql;
  }
}

/**
 * Runs one test; with `narrowTo`, those relations are narrowed to the suppliers an incremental build recomputed
 * (the rest of the table was tested when it was built).
 */
export async function runModelTest(
  db: WarehouseDb,
  model: Model,
  test: ModelTest,
  variables: BuildVariables,
  narrowTo: readonly string[] | null = null,
): Promise<ModelTestResult> {
  const whole = bindVariables(offendingRowsSql(model.name, test), variables);
  const offending = narrowTo ? narrowToDirty(whole, narrowTo) : whole;
  const [{ n }] = (await querySql<{ n: number }>(db, `SELECT count(*) AS n FROM (${offending})`)) as [{ n: number }];
  const sample = n > 0 ? await querySql<Record<string, unknown>>(db, `SELECT * FROM (${offending}) LIMIT 3`) : [];
  return { model: model.name, test: describeTest(test), failures: n, sample };
}

export class ModelTestFailure extends Error {
  constructor(readonly failures: ModelTestResult[]) {
    super(
      `model tests failed: ${failures.map((f) => `${f.model} ${f.test}: ${f.failures} offending row(s), e.g. ${JSON.stringify(f.sample[0])}`).join('; ')}`,
    );
  }
}

/**
 * The tests of a build: 'all' runs every test whole; 'changed' runs the tests of the models this build
 * changed, narrowed to the recomputed suppliers for incrementally updated ones (the rest was tested before).
 */
export async function runBuildTests(
  db: WarehouseDb,
  models: readonly Model[],
  built: readonly { name: string; action: string }[],
  replaced: ReadonlySet<string>,
  variables: BuildVariables,
  mode: 'changed' | 'all',
): Promise<ModelTestResult[]> {
  const results: ModelTestResult[] = [];
  for (const model of models) {
    const action = built.find((b) => b.name === model.name)!.action;
    const changed = replaced.has(model.name) || action === 'incremental';
    if (mode === 'changed' && !changed) continue;
    for (const test of model.tests) {
      const narrowTo =
        mode === 'changed' && action === 'incremental' ? await relationsWithKey(db, [model.name, ...model.dependsOn, ...referencedModels(test, models)]) : null;
      results.push(await runModelTest(db, model, test, variables, narrowTo));
    }
  }
  return results;
}

/** Models a test's SQL names besides its own model (relationships targets, invariant joins). */
function referencedModels(test: ModelTest, models: readonly Model[]): string[] {
  if (test.kind === 'relationships') return [test.toModel];
  if (test.kind !== 'invariant') return [];
  const ids = new Set(test.sql.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  return models.filter((m) => ids.has(m.name)).map((m) => m.name);
}
