/**
 * The warehouse's own DuckDB file, `${dataDir}/warehouse.duckdb`, opened read-write by exactly one process
 * (the warehouse loop or the CLI). Bulk work is plain SQL text (`execSql`/`querySql`) through the shared
 * dialect, so every statement takes the same FIFO lock as Kysely queries and transactions stay atomic.
 */
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Database } from '../lib/duckdb/database.js';

export type WarehouseDb = Kysely<any>;

export interface WarehouseSettings {
  /** DuckDB memory limit; the budget is 2 GB peak RSS for the whole process (DESIGN §6). */
  memoryLimit?: string;
  threads?: number;
}

export function warehouseFileOf(dataDir: string): string {
  return join(dataDir, 'warehouse.duckdb');
}

export async function openWarehouse(dataDir: string, settings: WarehouseSettings = {}): Promise<Database<any>> {
  const database = await openDatabase<any>(warehouseFileOf(dataDir), {
    settings: {
      memory_limit: settings.memoryLimit ?? '1400MB',
      // Nothing here depends on scan order, and keeping it costs memory on large loads.
      preserve_insertion_order: 'false',
      ...(settings.threads ? { threads: String(settings.threads) } : {}),
    },
  });
  // Choosing between FSST, dictionary and dict_fsst for every string segment dominated write time (a table of
  // 10M unique ids took 15 s instead of 2 s on two cores); dict_fsst alone compresses as well here. (Not
  // accepted as an open option, hence SET.)
  await execSql(database.db, "SET disabled_compression_methods = 'fsst,dictionary'");
  return database;
}

/** Runs one SQL statement given as text (DDL, COPY, set-based DML); parameters are not supported here. */
export async function execSql(db: WarehouseDb, text: string): Promise<void> {
  await sql.raw(text).execute(db);
}

export async function querySql<T>(db: WarehouseDb, text: string): Promise<T[]> {
  return (await sql.raw<T>(text).execute(db)).rows;
}

/** A SQL string literal; for paths and validated values spliced into statements that take no parameters. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

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
