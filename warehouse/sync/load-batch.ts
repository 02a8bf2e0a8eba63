/**
 * Loads one change batch into its raw table and advances the watermark, all in ONE DuckDB transaction: after
 * a crash either both happened or neither did, so a re-run asks for the same rows again and nothing is lost
 * or doubled. The upsert is set-based: one join finds the keys the batch shares with the raw table; raw rows
 * with an older change_seq are deleted, and every batch row is inserted except where raw already holds a newer
 * or equal change_seq. So the latest change_seq always wins and loading the same rows twice changes nothing.
 */
import { sql } from 'kysely';
import type { ChangeBatch } from '../../lib/change-feed.js';
import { execSql, querySql, sqlString, type WarehouseDb } from '../db.js';
import { crashPoint } from './crash-points.js';
import { rawTableOf, type SourceTable } from './sources.js';

const columnCache = new Map<string, string[]>();

/** Column names of a raw table, in table order (the load selects exactly these from the Parquet file). */
async function rawColumnsOf(db: WarehouseDb, rawTable: string): Promise<string[]> {
  const cached = columnCache.get(rawTable);
  if (cached) return cached;
  const rows = await sql<{ column_name: string }>`
    SELECT column_name FROM information_schema.columns WHERE table_name = ${rawTable}
    ORDER BY ordinal_position`.execute(db);
  const columns = rows.rows.map((r) => r.column_name);
  if (columns.length === 0) throw new Error(`raw table ${rawTable} does not exist: run ensureRawTables first`);
  columnCache.set(rawTable, columns);
  return columns;
}

export class WatermarkMismatchError extends Error {}

/** The batch's file does not hold what the export declared: loading it could move the watermark past lost rows. */
export class BatchMismatchError extends Error {}

/**
 * Checks a batch's file against what the export declared, before anything is loaded: as many rows as
 * rowCount, every change_seq inside (fromSeqExclusive, toSeqInclusive] and the highest equal to
 * toSeqInclusive. Reads the file's metadata and one narrow column, not the rows.
 */
async function verifyBatch(db: WarehouseDb, target: SourceTable, batch: ChangeBatch): Promise<void> {
  const where = `${target.source}.${target.table} batch (${batch.fromSeqExclusive}, ${batch.toSeqInclusive}]`;
  let stats: { n: number; lo: number | null; hi: number | null };
  try {
    [stats] = (await querySql<typeof stats>(
      db,
      `SELECT count(*) AS n, min(change_seq) AS lo, max(change_seq) AS hi FROM read_parquet(${sqlString(batch.path!)})`,
    )) as [typeof stats];
  } catch (error) {
    throw new BatchMismatchError(`${where}: the file ${batch.path} cannot be read: ${(error as Error).message}`);
  }
  const problems: string[] = [];
  if (stats.n !== batch.rowCount) problems.push(`holds ${stats.n} rows, the export declared ${batch.rowCount}`);
  if (stats.lo !== null && stats.lo <= batch.fromSeqExclusive) problems.push(`holds change_seq ${stats.lo}, not after ${batch.fromSeqExclusive}`);
  if (stats.hi !== batch.toSeqInclusive) problems.push(`its highest change_seq is ${stats.hi}, the export declared ${batch.toSeqInclusive}`);
  if (problems.length > 0) throw new BatchMismatchError(`${where}: ${problems.join('; ')}`);
}

export async function loadBatch(db: WarehouseDb, target: SourceTable, batch: ChangeBatch): Promise<void> {
  if (batch.rowCount === 0 || batch.path === null) return;
  await verifyBatch(db, target, batch);
  const raw = rawTableOf(target);
  const columns = await rawColumnsOf(db, raw);
  const quoted = columns.map((c) => `"${c}"`).join(', ');
  const file = `read_parquet(${sqlString(batch.path)})`;
  const keys = target.primaryKey;
  const keyMatch = keys.map((k) => `r."${k}" = b."${k}"`).join(' AND ');

  await db.transaction().execute(async (trx) => {
    crashPoint(`${raw}:begin`);
    const current = await querySql<{ seq: number }>(
      trx,
      `SELECT seq FROM _sync_watermarks WHERE source = ${sqlString(target.source)}
        AND table_name = ${sqlString(target.table)}`,
    );
    const seq = current[0]?.seq ?? 0;
    if (seq !== batch.fromSeqExclusive) {
      // Another sync moved the watermark since this batch was requested: loading it would be harmless
      // (latest change_seq wins) but the watermark would go backwards, so refuse.
      throw new WatermarkMismatchError(`${raw}: batch starts after seq ${batch.fromSeqExclusive} but the watermark is ${seq}; run the sync again`);
    }
    const [{ empty }] = (await querySql<{ empty: boolean }>(trx, `SELECT NOT EXISTS (SELECT 1 FROM ${raw}) AS empty`)) as [{ empty: boolean }];
    if (empty) {
      // First load of a table: nothing to supersede (a batch holds each key once).
      await execSql(trx, `INSERT INTO ${raw} (${quoted}) SELECT ${quoted} FROM ${file}`);
    } else {
      // One join finds the keys the batch shares with raw; the rest of the upsert only touches those.
      await execSql(
        trx,
        `CREATE OR REPLACE TEMP TABLE _batch_overlap AS
         SELECT ${keys.map((k) => `b."${k}"`).join(', ')}, r.change_seq < b.change_seq AS batch_is_newer
         FROM (SELECT ${keys.map((k) => `"${k}"`).join(', ')}, change_seq FROM ${file}) b JOIN ${raw} r ON ${keyMatch}`,
      );
      await execSql(trx, `DELETE FROM ${raw} r USING _batch_overlap b WHERE ${keyMatch} AND b.batch_is_newer`);
      crashPoint(`${raw}:deleted`);
      await execSql(
        trx,
        `INSERT INTO ${raw} (${quoted}) SELECT ${columns.map((c) => `b."${c}"`).join(', ')} FROM ${file} b
         ANTI JOIN (SELECT * FROM _batch_overlap WHERE NOT batch_is_newer) r ON ${keyMatch}`,
      );
      await execSql(trx, 'DROP TABLE _batch_overlap');
    }
    crashPoint(`${raw}:inserted`);
    await execSql(
      trx,
      `INSERT INTO _sync_watermarks (source, table_name, seq, synced_at, rows)
       VALUES (${sqlString(target.source)}, ${sqlString(target.table)}, ${batch.toSeqInclusive}, now()::TIMESTAMP,
         ${batch.rowCount})
       ON CONFLICT (source, table_name) DO UPDATE SET seq = excluded.seq, synced_at = excluded.synced_at,
         rows = _sync_watermarks.rows + excluded.rows`,
    );
    crashPoint(`${raw}:watermark`);
  });
  crashPoint(`${raw}:committed`);
}
