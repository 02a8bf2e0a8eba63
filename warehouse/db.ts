/**
 * The warehouse's own DuckDB files, opened read-write by exactly one process (the warehouse loop or the CLI):
 * `${dataDir}/warehouse.duckdb` (raw tables, staging, intermediate models, build state) with
 * `${dataDir}/warehouse-marts.duckdb` attached as catalog `marts`, holding exactly the tables a snapshot
 * publishes (every mart and the re-scoring inputs: see models/placement.ts). Publishing once copied that file;
 * it now writes Parquet layers of what changed (snapshot/publish-snapshot.ts), and the split stays because
 * moving the tables back would migrate every existing warehouse for no gain. The search path lists both, so
 * models and tests name any table unqualified (or `main.<table>`) wherever it lives.
 * Bulk work is plain SQL text (`execSql`/`querySql`) through the shared dialect, so every statement takes the
 * same FIFO lock as Kysely queries and transactions stay atomic (a DuckDB transaction writes to one file).
 */
import { dirname, join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Database } from '../lib/duckdb/database.js';
import { quoteIdent, sqlString } from '../lib/duckdb/sql-literals.js';

export type WarehouseDb = Kysely<any>;

export interface WarehouseSettings {
  /** DuckDB memory limit; the budget is 2 GB peak RSS for the whole process (DESIGN §6). */
  memoryLimit?: string;
  threads?: number;
  /** Statement timing, for /metrics. */
  onQuery?: (seconds: number, failed: boolean) => void;
}

export function warehouseFileOf(dataDir: string): string {
  return join(dataDir, 'warehouse.duckdb');
}

/** The file of the `marts` catalog: the tables a snapshot publishes. */
export function martsFileOf(dataDir: string): string {
  return join(dataDir, 'warehouse-marts.duckdb');
}

export const MARTS_CATALOG = 'marts';

export async function openWarehouse(dataDir: string, settings: WarehouseSettings = {}): Promise<Database<any>> {
  const database = await openDatabase<any>(warehouseFileOf(dataDir), {
    onQuery: settings.onQuery,
    settings: {
      memory_limit: settings.memoryLimit ?? '1100MB',
      // Nothing here depends on scan order, and keeping it costs memory on large loads.
      preserve_insertion_order: 'false',
      ...(settings.threads ? { threads: String(settings.threads) } : {}),
    },
  });
  // Choosing between FSST, dictionary and dict_fsst for every string segment dominated write time (a table of
  // 10M unique ids took 15 s instead of 2 s on two cores). Measured again on int_findings_joined at 10M rows:
  // with these two disabled its strings end up stored plainly (4,467 blocks, 7.7 s CPU, the same as with
  // dict_fsst disabled too); all methods on: 917 blocks but 12.8 s CPU; dictionary on: 1,670 blocks, 10 s CPU.
  // A larger file costs a longer copy at publish (~1 s per GB here), far less than the CPU. (Not accepted as
  // an open option, hence SET.)
  await execSql(database.db, "SET disabled_compression_methods = 'fsst,dictionary'");
  await execSql(database.db, `ATTACH ${sqlString(martsFileOf(dataDir))} AS ${MARTS_CATALOG}`);
  const [{ name }] = (await querySql<{ name: string }>(database.db, 'SELECT current_database() AS name')) as [
    { name: string },
  ];
  await execSql(database.db, `SET search_path = ${sqlString(`${quoteIdent(name)}.main,${MARTS_CATALOG}.main`)}`);
  return database;
}

/** Runs one SQL statement given as text (DDL, COPY, set-based DML); parameters are not supported here. */
export async function execSql(db: WarehouseDb, text: string): Promise<void> {
  await sql.raw(text).execute(db);
}

export async function querySql<T>(db: WarehouseDb, text: string): Promise<T[]> {
  return (await sql.raw<T>(text).execute(db)).rows;
}

// Literals for paths and validated values spliced into statements that take no parameters: one shared home.
export { quoteIdent, sqlString };

/** A SQL date literal from a validated 'YYYY-MM-DD'. */
export function sqlDate(value: string): string {
  assertIsoDate(value, 'asOf');
  return `DATE '${value}'`;
}

export function assertIsoDate(value: string, field: string): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new Error(`${field}: expected a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The data dir a warehouse was opened from (the folder of its file): where a build writes its snapshot layers. */
export async function dataDirOf(db: WarehouseDb): Promise<string> {
  const [row] = await querySql<{ path: string | null }>(
    db,
    'SELECT path FROM duckdb_databases() WHERE database_name = current_database()',
  );
  if (!row?.path) throw new Error('the warehouse is not a file: it has no data dir');
  return dirname(row.path);
}
