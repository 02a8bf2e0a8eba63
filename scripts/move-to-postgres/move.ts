/**
 * Moves the embedded stores of a data dir (`audits.duckdb`, `agency.duckdb`, `campaigns.duckdb`) into
 * PostgreSQL (each store in the schema its service uses), rows and change_seq values as they are, so the
 * warehouse's watermarks
 * stay valid and it carries on from where it was. Each target must be a database no store has used yet
 * (no `<service>.schema_migrations`); each store moves in one transaction and its row counts are compared
 * before COMMIT.
 * The DuckDB files are only read: they stay as the copy to go back to.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../lib/duckdb/database.js';
import { holdsStore, openPostgresDatabase, redactUrl } from '../../lib/postgres/database.js';

export const STORE_SERVICES = ['audits', 'agency', 'campaigns'] as const;
export type StoreService = (typeof STORE_SERVICES)[number];

const migrationsOf = (service: StoreService) =>
  fileURLToPath(new URL(`../../subgraphs/${service}/migrations`, import.meta.url));

/** Rows read from DuckDB per page; inserts are split further to stay under PostgreSQL's parameter limit. */
const PAGE_ROWS = 20_000;

export type MoveSummary = Record<StoreService, Record<string, number> | 'no store file'>;

async function tablesOf(duck: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'main' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'
    ORDER BY table_name`.execute(duck);
  return rows.map((r) => r.table_name);
}

async function copyTable(duck: Kysely<any>, trx: Kysely<any>, table: string): Promise<number> {
  const t = sql.table(table);
  // Rows keep their change_seq: the trigger that stamps new ones is off for the copy.
  await sql`ALTER TABLE ${t} DISABLE TRIGGER USER`.execute(trx);
  await sql`DELETE FROM ${t}`.execute(trx); // rows a migration seeded; the DuckDB store has them too
  let last = -1;
  let copied = 0;
  for (;;) {
    const { rows } = await sql<
      Record<string, unknown>
    >`SELECT rowid AS __rowid, * FROM ${t} WHERE rowid > ${last} ORDER BY rowid LIMIT ${PAGE_ROWS}`.execute(duck);
    if (rows.length === 0) break;
    last = Number(rows.at(-1)!.__rowid);
    const values = rows.map(({ __rowid, ...row }) => row);
    const step = Math.max(1, Math.floor(60_000 / Object.keys(values[0]!).length));
    for (let i = 0; i < values.length; i += step)
      await trx
        .insertInto(table)
        .values(values.slice(i, i + step))
        .execute();
    copied += values.length;
  }
  await sql`ALTER TABLE ${t} ENABLE TRIGGER USER`.execute(trx);
  return copied;
}

async function moveStore(duckPath: string, url: string, service: StoreService): Promise<Record<string, number>> {
  if (await holdsStore(url, service)) {
    throw new Error(
      `${service}: ${redactUrl(url)} already holds the ${service} store ` +
        `(${service}.schema_migrations exists); move into an unused database`,
    );
  }
  const duck = await openDatabase<any>(duckPath, { readOnly: true });
  const target = await openPostgresDatabase<any>(url, {
    migrationsDir: migrationsOf(service),
    maxConnections: 1,
    schema: service,
  });
  try {
    const tables = await tablesOf(duck.db);
    return await target.db.transaction().execute(async (trx) => {
      const counts: Record<string, number> = {};
      let maxSeq = 0;
      for (const table of tables) {
        const exists = (await sql<{ t: string | null }>`SELECT to_regclass(${table})::text AS t`.execute(trx)).rows[0]!
          .t;
        if (!exists)
          throw new Error(`${service}: table ${table} has no PostgreSQL twin (add it to migrations/postgres/)`);
        counts[table] = await copyTable(duck.db, trx, table);
        const check = await sql<{
          n: number;
          hi: number | null;
        }>`SELECT count(*) AS n, ${sql.raw(await seqExpr(trx, table))} AS hi FROM ${sql.table(table)}`.execute(trx);
        if (Number(check.rows[0]!.n) !== counts[table])
          throw new Error(`${service}.${table}: copied ${counts[table]} rows but counted ${check.rows[0]!.n}`);
        maxSeq = Math.max(maxSeq, Number(check.rows[0]!.hi ?? 0));
      }
      // New writes continue above every moved seq (and new alerts above every moved alert).
      if (maxSeq > 0) await sql`SELECT setval('change_seq_counter', ${maxSeq})`.execute(trx);
      if (tables.includes('alerts'))
        await sql`SELECT setval('alert_seq_counter', max(alert_seq)) FROM alerts HAVING count(*) > 0`.execute(trx);
      return counts;
    });
  } finally {
    await target.close();
    await duck.close();
  }
}

async function seqExpr(trx: Kysely<any>, table: string): Promise<string> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = ${table} AND column_name = 'change_seq'`.execute(trx);
  return Number(rows[0]!.n) > 0 ? 'max(change_seq)' : 'NULL::bigint';
}

/** Moves each store of `dataDir` that has a DuckDB file into the PostgreSQL database `urls[service]`. */
export async function moveDataDirToPostgres(dataDir: string, urls: Record<StoreService, string>): Promise<MoveSummary> {
  const summary = {} as MoveSummary;
  for (const service of STORE_SERVICES) {
    const path = join(dataDir, `${service}.duckdb`);
    summary[service] = existsSync(path) ? await moveStore(path, urls[service], service) : 'no store file';
  }
  return summary;
}
