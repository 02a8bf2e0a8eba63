/**
 * Runs the tests declared beside each model (see model-file.ts). Every test is a query for offending rows:
 * it passes when there are none. Failures carry a count and up to three sample rows.
 */
import { querySql, sqlString, type WarehouseDb } from '../db.js';
import type { Model } from './model-graph.js';
import type { ModelTest } from './model-file.js';
import { isPartitionKey, narrowToDirty, relationsWithKey, type PartitionKey } from './incremental.js';
import { bindVariables, type BuildVariables } from './variables.js';
import { readingWrittenRows } from './written-rows.js';

export interface ModelTestResult {
  model: string;
  test: string;
  failures: number;
  sample: Record<string, unknown>[];
  /** Wall time of the test (column tests of a model share one scan: its time is on the first of them). */
  ms: number;
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
function offendingRowsSql(model: string, test: ModelTest): string {
  switch (test.kind) {
    case 'not_null':
      return `SELECT * FROM ${model} WHERE "${test.column}" IS NULL`;
    case 'unique': {
      const cols = test.columns.map((c) => `"${c}"`).join(', ');
      return `SELECT ${cols}, count(*) AS n FROM ${model} GROUP BY ${cols} HAVING count(*) > 1`;
    }
    case 'relationships':
      return `SELECT c.* FROM ${model} c ANTI JOIN ${test.toModel} p ON p."${test.toColumn}" = c."${test.column}"
        WHERE c."${test.column}" IS NOT NULL`;
    case 'accepted_values':
      return `SELECT * FROM ${model} WHERE "${test.column}" NOT IN (${test.values.map(sqlString).join(', ')})`;
    case 'invariant':
      return test.sql;
  }
}

/**
 * How a test of a model updated in place (incremental or additive) is narrowed: the model itself to the rows
 * this build wrote to it (written-rows.ts), and, for a model partitioned by a key, the other relations the test
 * reads that have the key to the dirty keys (a superset of the keys the model recomputed: a windowed model adds
 * keys after the models built before it). The invariants of an additive model run whole: they may compare sums
 * over the whole table.
 */
export interface Narrowing {
  model: string;
  key: PartitionKey | null;
  relations: readonly string[];
}

function narrowed(sql: string, narrowTo: Narrowing | null): string {
  if (!narrowTo) return sql;
  const own = readingWrittenRows(sql, narrowTo.model);
  const others = narrowTo.relations.filter((r) => r !== narrowTo.model);
  return narrowTo.key ? narrowToDirty(own, others, narrowTo.key) : own;
}

/**
 * Runs one test; with `narrowTo`, on the rows the build wrote to the model (the rest of the table was tested when
 * it was written).
 */
export async function runModelTest(
  db: WarehouseDb,
  model: Model,
  test: ModelTest,
  variables: BuildVariables,
  narrowTo: Narrowing | null = null,
): Promise<ModelTestResult> {
  const started = performance.now();
  const whole = bindVariables(offendingRowsSql(model.name, test), variables);
  const offending = narrowed(whole, narrowTo);
  const [{ n }] = (await named(model, describeTest(test), () =>
    querySql<{ n: number }>(db, `SELECT count(*) AS n FROM (${offending})`),
  )) as [{ n: number }];
  const sample = n > 0 ? await querySql<Record<string, unknown>>(db, `SELECT * FROM (${offending}) LIMIT 3`) : [];
  return { model: model.name, test: describeTest(test), failures: n, sample, ms: performance.now() - started };
}

/** A test that could not run (e.g. out of memory) says which test it was. */
async function named<T>(model: Model, test: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`model test ${model.name} ${test} could not run: ${(error as Error).message}`, { cause: error });
  }
}

export class ModelTestFailure extends Error {
  constructor(readonly failures: ModelTestResult[]) {
    super(
      `model tests failed: ${failures
        .map((f) => `${f.model} ${f.test}: ${f.failures} offending row(s), e.g. ${JSON.stringify(f.sample[0])}`)
        .join('; ')}`,
    );
  }
}

/** The condition a column test's offending rows meet, or null for tests that are queries of their own. */
function offendingCondition(test: ModelTest): string | null {
  if (test.kind === 'not_null') return `"${test.column}" IS NULL`;
  if (test.kind === 'accepted_values') return `"${test.column}" NOT IN (${test.values.map(sqlString).join(', ')})`;
  return null;
}

/**
 * Runs a model's column tests (not_null, accepted_values) as ONE scan counting each test's offending rows
 * (`count(*) FILTER (WHERE …)`): on a table of millions of rows, one pass instead of one per column. Samples
 * are fetched, with the test's own query, only for a test that failed.
 */
async function runColumnTests(
  db: WarehouseDb,
  model: Model,
  tests: readonly ModelTest[],
  variables: BuildVariables,
  narrowTo: Narrowing | null,
): Promise<ModelTestResult[]> {
  const started = performance.now();
  const counts = tests.map((t, i) => `count(*) FILTER (WHERE ${offendingCondition(t)}) AS t${i}`).join(', ');
  const whole = bindVariables(`SELECT ${counts} FROM ${model.name}`, variables);
  const [row] = await named(model, tests.map(describeTest).join(', '), () =>
    querySql<Record<string, number>>(db, narrowed(whole, narrowTo)),
  );
  const results: ModelTestResult[] = [];
  for (const [i, test] of tests.entries()) {
    const n = row![`t${i}`]!;
    results.push(
      n > 0
        ? await runModelTest(db, model, test, variables, narrowTo)
        : {
            model: model.name,
            test: describeTest(test),
            failures: 0,
            sample: [],
            ms: i === 0 ? performance.now() - started : 0,
          },
    );
  }
  return results;
}

/**
 * The tests of a build: 'all' runs every test whole; 'changed' runs the tests of the models this build
 * changed, narrowed (Narrowing) for the ones it updated in place (the rest was tested before).
 * Results come in the order the tests are declared.
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
    const inPlace = mode === 'changed' && action === 'incremental';
    const key = inPlace && isPartitionKey(model.incremental) ? model.incremental : null;
    // An additive model's invariants may hold over the whole table only (bins that add up to a count of all rows).
    const narrowFor = async (test: ModelTest): Promise<Narrowing | null> =>
      inPlace && !(model.additive && test.kind === 'invariant')
        ? {
            model: model.name,
            key,
            relations: key
              ? await relationsWithKey(db, [...model.dependsOn, ...referencedModels(test, models)], key)
              : [],
          }
        : null;
    const byPosition = new Map<ModelTest, ModelTestResult>();
    const columnTests = model.tests.filter((t) => offendingCondition(t) !== null);
    if (columnTests.length > 0) {
      const batch = await runColumnTests(db, model, columnTests, variables, await narrowFor(columnTests[0]!));
      columnTests.forEach((t, i) => byPosition.set(t, batch[i]!));
    }
    for (const test of model.tests) {
      if (!byPosition.has(test))
        byPosition.set(test, await runModelTest(db, model, test, variables, await narrowFor(test)));
      results.push(byPosition.get(test)!);
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
