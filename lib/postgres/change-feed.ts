/**
 * The change feed of a PostgreSQL store (lib/change-feed.ts describes the contract). With a pool of
 * connections, transactions commit in any order: a row may take change_seq 41, commit after a row with 42 has
 * been exported, and a watermark at 42 would skip it forever. So a batch ends at the settled horizon H of
 * change_seq_counter (settled-horizon.ts: every transaction that took a seq ≤ H has ended; past WAIT_MS of
 * waiting the batch is empty and the warehouse simply asks again), and in one REPEATABLE READ snapshot exports
 * the rows with afterSeq < change_seq ≤ H (or the first maxRows).
 * Rows committed later take seqs above H, so batches neither miss nor repeat a row. The Parquet file has the
 * same column types as a DuckDB store's: rows go through an in-memory DuckDB and its COPY.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { sql, type Kysely } from 'kysely';
import type { ChangeBatch } from '../change-feed.js';
import { sqlString } from '../duckdb/sql-literals.js';
import { settledHorizon } from './settled-horizon.js';

/** How long a batch waits for the transactions in flight at its horizon before giving up (empty batch). */
const WAIT_MS = 10_000;
/** Rows fetched from PostgreSQL per page while writing one batch. */
const PAGE_ROWS = 50_000;

/** PostgreSQL column type → the DuckDB type a DuckDB store declares for it (same Parquet schema either way). */
function duckType(dataType: string, udtName: string): string {
  const scalar: Record<string, string> = {
    'character varying': 'VARCHAR',
    text: 'VARCHAR',
    integer: 'INTEGER',
    bigint: 'BIGINT',
    smallint: 'SMALLINT',
    boolean: 'BOOLEAN',
    'double precision': 'DOUBLE',
    real: 'FLOAT',
    date: 'DATE',
    'timestamp without time zone': 'TIMESTAMP',
    numeric: 'DOUBLE',
    'timestamp with time zone': 'TIMESTAMPTZ',
  };
  if (dataType === 'ARRAY') {
    const element = { _varchar: 'VARCHAR', _text: 'VARCHAR', _int4: 'INTEGER', _int8: 'BIGINT' }[udtName];
    if (element) return `${element}[]`;
  }
  const type = scalar[dataType];
  if (!type) throw new Error(`change feed: no DuckDB type for PostgreSQL ${dataType} (${udtName})`);
  return type;
}

async function columnsOf(db: Kysely<any>, table: string): Promise<{ name: string; type: string }[]> {
  const { rows } = await sql<{ column_name: string; data_type: string; udt_name: string }>`
    SELECT column_name, data_type, udt_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`.execute(db);
  return rows.map((r) => ({ name: r.column_name, type: duckType(r.data_type, r.udt_name) }));
}

export async function exportPostgresChangeBatch(
  db: Kysely<any>,
  opts: { source: string; table: string; afterSeq: number; lakeDir: string; maxRows: number },
): Promise<ChangeBatch> {
  const empty: ChangeBatch = {
    source: opts.source,
    table: opts.table,
    path: null,
    fromSeqExclusive: opts.afterSeq,
    toSeqInclusive: opts.afterSeq,
    rowCount: 0,
  };
  const horizon = await settledHorizon(db, 'change_seq_counter', WAIT_MS);
  if (horizon === null || horizon <= opts.afterSeq) return empty;
  const columns = await columnsOf(db, opts.table);
  const table = sql.table(opts.table);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const { rows } = await sql<{ n: number; hi: number | null }>`
      SELECT count(*) AS n, max(change_seq) AS hi FROM (
        SELECT change_seq FROM ${table} WHERE change_seq > ${opts.afterSeq} AND change_seq <= ${horizon}
        ORDER BY change_seq LIMIT ${opts.maxRows}) AS first_rows`.execute(trx);
      const { n, hi } = rows[0]!;
      if (Number(n) === 0 || hi === null) return empty;
      const dir = resolve(opts.lakeDir, opts.source, opts.table);
      mkdirSync(dir, { recursive: true });
      const file = join(
        dir,
        `batch-${String(opts.afterSeq + 1).padStart(12, '0')}-${String(hi).padStart(12, '0')}.parquet`,
      );
      await writeParquet(file, columns, async (page) => {
        let after = opts.afterSeq;
        for (;;) {
          const { rows: got } = await sql<{ j: string | null; last: number | null }>`
          SELECT json_agg(t)::text AS j, max(t.change_seq) AS last FROM (
            SELECT * FROM ${table} WHERE change_seq > ${after} AND change_seq <= ${hi}
            ORDER BY change_seq LIMIT ${PAGE_ROWS}) AS t`.execute(trx);
          if (got[0]!.j === null || got[0]!.last === null) return;
          await page(got[0]!.j);
          after = Number(got[0]!.last);
          if (after >= hi) return;
        }
      });
      return {
        source: opts.source,
        table: opts.table,
        path: file,
        fromSeqExclusive: opts.afterSeq,
        toSeqInclusive: Number(hi),
        rowCount: Number(n),
      };
    });
}

/** Fills an in-memory DuckDB table page by page (JSON arrays of rows) and COPYs it to one Parquet file. */
async function writeParquet(
  file: string,
  columns: readonly { name: string; type: string }[],
  fill: (page: (json: string) => Promise<void>) => Promise<void>,
): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  try {
    const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
    await connection.run(`CREATE TABLE batch (${columns.map((c) => `${quoted(c.name)} ${c.type}`).join(', ')})`);
    const shape = sqlString(JSON.stringify([Object.fromEntries(columns.map((c) => [c.name, c.type]))]));
    const insert = await connection.prepare(
      `INSERT INTO batch SELECT ${columns.map((c) => `r.${quoted(c.name)}`).join(', ')} ` +
        `FROM (SELECT unnest(from_json($1::VARCHAR, ${shape})) AS r)`,
    );
    await fill(async (json) => {
      insert.bindVarchar(1, json);
      await insert.run();
    });
    insert.destroySync();
    await connection.run(`COPY batch TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
