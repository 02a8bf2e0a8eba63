/** Rows per table of a snapshot file, for warehouseStatus (DuckDB keeps exact row counts for stored tables). */
import { sql, type Kysely } from 'kysely';
import type { MartDB } from '../db-types.js';

export interface SnapshotTableCount {
  name: string;
  rows: number;
}

export async function listSnapshotTables(db: Kysely<MartDB>): Promise<SnapshotTableCount[]> {
  const result = await sql<SnapshotTableCount>`
    SELECT table_name AS name, estimated_size AS rows FROM duckdb_tables()
    WHERE database_name = current_database() AND NOT temporary AND NOT starts_with(table_name, '_')
    ORDER BY table_name
  `.execute(db);
  return result.rows;
}
