/**
 * The rows a build wrote to a model it updated in place (incremental or additive), kept in a temp table for the
 * rest of that build: the additive models over an incremental one sum them (additive.ts), and the model's tests
 * read them instead of searching the whole table for the recomputed keys (model-tests.ts): a test of a 10M-row
 * table then reads the 100k rows the change wrote, not 10M. A published table's written rows and keys are added to
 * what the next publish writes as its layer (build-state.ts), for the same reason. Dropped when the build ends
 * (runner.ts); a build that stops half-way leaves them to be replaced, and the next one recomputes the same keys
 * (incremental.ts).
 */
import { execSql, type WarehouseDb } from '../db.js';

export const writtenRowsOf = (model: string) => `temp.main._written__${model}`;
/** The keys a partitioned model recomputed in this build: its written rows replace the table's rows for them. */
export const writtenKeysOf = (model: string) => `temp.main._written_keys__${model}`;

/**
 * Keeps `rows` (a SELECT) as what this build writes to `model`, and for a partitioned model the keys it recomputes
 * (`keys`, a SELECT of them); returns the SELECT of the rows for its INSERT.
 */
export async function keepWrittenRows(
  db: WarehouseDb,
  model: string,
  rows: string,
  keys: string | null = null,
): Promise<string> {
  if (keys) await execSql(db, `CREATE OR REPLACE TEMP TABLE _written_keys__${model} AS ${keys}`);
  await execSql(db, `CREATE OR REPLACE TEMP TABLE _written__${model} AS ${rows}`);
  return `SELECT * FROM ${writtenRowsOf(model)}`;
}

export async function dropWrittenRows(db: WarehouseDb, models: Iterable<string>): Promise<void> {
  for (const model of models) {
    await execSql(db, `DROP TABLE IF EXISTS ${writtenRowsOf(model)}`);
    await execSql(db, `DROP TABLE IF EXISTS ${writtenKeysOf(model)}`);
  }
}

/** `sql` reading the rows this build wrote to `model` where it names the model (a CTE of the name shadows it). */
export function readingWrittenRows(sql: string, model: string): string {
  return `WITH ${model} AS (SELECT * FROM ${writtenRowsOf(model)})\nSELECT * FROM (\n${sql}\n)`;
}
