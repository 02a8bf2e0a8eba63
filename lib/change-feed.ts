/**
 * Change feeds (DESIGN §1): a subgraph writes the rows of one table with change_seq in (after, upTo] as one
 * Parquet file under data/lake/<source>/<table>/ and says where. The warehouse loads and upserts it.
 * `upTo` is read inside the same lock as the COPY, so a batch is a consistent snapshot; rows committed
 * later get higher seqs (one writer connection), so nothing is skipped between batches. A PostgreSQL store
 * has many writers and takes its own path (lib/postgres/change-feed.ts); the batches look the same.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { badInput } from './errors.js';
import { sqlString } from './duckdb/sql-literals.js';
import { exportPostgresChangeBatch } from './postgres/change-feed.js';
import { engineOf } from './store/engine.js';

export interface ChangeBatch {
  source: string;
  table: string;
  path: string | null;
  fromSeqExclusive: number;
  toSeqInclusive: number;
  rowCount: number;
}

export async function exportChangeBatch(
  db: Kysely<any>,
  opts: { source: string; table: string; allowedTables: readonly string[]; afterSeq: number; lakeDir: string; maxRows?: number },
): Promise<ChangeBatch> {
  if (!opts.allowedTables.includes(opts.table)) throw badInput('table', `unknown table; expected one of ${opts.allowedTables.join(', ')}`);
  if (!Number.isSafeInteger(opts.afterSeq) || opts.afterSeq < 0) throw badInput('afterSeq', 'must be a non-negative integer');
  const maxRows = opts.maxRows ?? 5_000_000;
  if (engineOf(db) === 'postgres') return exportPostgresChangeBatch(db, { ...opts, maxRows });
  return db.connection().execute(async (conn) => {
    const table = sql.table(opts.table);
    // Usually everything after afterSeq fits one batch: count it plainly; only a larger backlog needs the top-N.
    let stats = await sql<{ n: number; hi: number | null }>`
      SELECT count(*) AS n, max(change_seq) AS hi FROM ${table} WHERE change_seq > ${opts.afterSeq}`.execute(conn);
    if (stats.rows[0]!.n > maxRows) {
      stats = await sql<{ n: number; hi: number | null }>`
        SELECT count(*) AS n, max(change_seq) AS hi FROM (
          SELECT change_seq FROM ${table} WHERE change_seq > ${opts.afterSeq} ORDER BY change_seq LIMIT ${maxRows})`.execute(conn);
    }
    const { n, hi } = stats.rows[0]!;
    if (n === 0 || hi === null) {
      return { source: opts.source, table: opts.table, path: null, fromSeqExclusive: opts.afterSeq, toSeqInclusive: opts.afterSeq, rowCount: 0 };
    }
    const dir = resolve(opts.lakeDir, opts.source, opts.table);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `batch-${String(opts.afterSeq + 1).padStart(12, '0')}-${String(hi).padStart(12, '0')}.parquet`);
    // COPY takes no bind parameters: the bounds are validated integers and the path is ours. Rows are not
    // sorted: readers upsert by key and change_seq, and sorting was nearly half the cost of a large batch.
    await sql
      .raw(
        `COPY (SELECT * FROM "${opts.table}" WHERE change_seq > ${opts.afterSeq} AND change_seq <= ${hi}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`,
      )
      .execute(conn);
    return { source: opts.source, table: opts.table, path: file, fromSeqExclusive: opts.afterSeq, toSeqInclusive: hi, rowCount: n };
  });
}
