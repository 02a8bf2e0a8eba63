/** The sync watermarks: per source table, the highest change_seq loaded into the raw table. */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { splitStatements } from '../../lib/duckdb/database.js';
import { execSql, querySql, type WarehouseDb } from '../db.js';

export interface Watermark {
  source: string;
  table: string;
  seq: number;
  syncedAt: string | null;
  rows: number;
}

const RAW_TABLES_SQL = new URL('./raw-tables.sql', import.meta.url);

/** Creates `_sync_watermarks` and every raw table when missing (idempotent). */
export async function ensureRawTables(db: WarehouseDb): Promise<void> {
  for (const statement of splitStatements(readFileSync(RAW_TABLES_SQL, 'utf8'))) await execSql(db, statement);
}

export async function readWatermarks(db: WarehouseDb): Promise<Watermark[]> {
  const rows = await querySql<{
    source: string;
    table_name: string;
    seq: number;
    synced_at: string | null;
    rows: number;
  }>(db, 'SELECT source, table_name, seq, synced_at, rows FROM _sync_watermarks ORDER BY source, table_name');
  return rows.map((r) => ({ source: r.source, table: r.table_name, seq: r.seq, syncedAt: r.synced_at, rows: r.rows }));
}

export async function readWatermark(db: WarehouseDb, source: string, table: string): Promise<number> {
  const result = await sql<{
    seq: number;
  }>`SELECT seq FROM _sync_watermarks WHERE source = ${source} AND table_name = ${table}`.execute(db);
  return result.rows[0]?.seq ?? 0;
}
