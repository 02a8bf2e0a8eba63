/**
 * Opens a subgraph's store on PostgreSQL: a pg pool, Kysely's Postgres dialect over it, the store's
 * PostgreSQL migrations (`<migrationsDir>/postgres/NNN_name.sql`) applied once across every replica that
 * starts at the same time (an advisory lock around the whole run; PostgreSQL DDL is transactional).
 * Each store lives in a schema of its own (its service's name), so the three stores can share one database:
 * their tables, sequences and `schema_migrations` have the same names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { splitStatements, type Database } from '../duckdb/database.js';
import { typeParsers } from './values.js';

export interface PostgresOpenOptions {
  /** The store's migrations folder; its `postgres/` subfolder holds the PostgreSQL twins. */
  migrationsDir?: string;
  /** Pool size per process (default 10). */
  maxConnections?: number;
  /** The schema every connection works in (search_path), created on open; default `public`. */
  schema?: string;
}

/** Any constant: the advisory lock key that serialises migration runs of replicas starting together. */
const MIGRATION_LOCK = 7_311_046;

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function createPool(url: string, max = 10, schema = 'public'): pg.Pool {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a plain schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max,
    types: typeParsers,
    // UTC sessions: TIMESTAMP columns hold UTC wall time, as the DuckDB stores do.
    options: `-c TimeZone=UTC -c search_path=${schema}`,
  });
  // An idle client that loses its server (restart, failover) emits 'error'; the pool replaces it on next use.
  pool.on('error', () => {});
  return pool;
}

export async function openPostgresDatabase<DB>(url: string, options: PostgresOpenOptions = {}): Promise<Database<DB>> {
  const schema = options.schema ?? 'public';
  const pool = createPool(url, options.maxConnections ?? 10, schema);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await db.destroy();
  };
  try {
    if (options.migrationsDir) await applyPostgresMigrations(db, join(options.migrationsDir, 'postgres'), schema);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, path: redactUrl(url), close };
}

async function applyPostgresMigrations(db: Kysely<any>, dir: string, schema = 'public'): Promise<string[]> {
  const files = readdirSync(dir)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort();
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL DEFAULT now())`.execute(trx);
    const done = new Set(
      (await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(trx)).rows.map((r) => r.name),
    );
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file)) continue;
      // Split like the DuckDB migrations: a `;` at a line end ends a statement, so a function body keeps its
      // inner semicolons mid-line.
      for (const statement of splitStatements(readFileSync(join(dir, file), 'utf8')))
        await sql.raw(statement).execute(trx);
      await sql`INSERT INTO schema_migrations (name) VALUES (${file})`.execute(trx);
      applied.push(file);
    }
    return applied;
  });
}

/** True when `schema` of the database at `url` already holds a store (its migrations table exists). */
export async function holdsStore(url: string, schema: string): Promise<boolean> {
  const probe = await openPostgresDatabase<any>(url, { maxConnections: 1, schema });
  try {
    const { rows } = await sql<{ t: string | null }>`SELECT to_regclass('schema_migrations')::text AS t`.execute(
      probe.db,
    );
    return rows[0]!.t !== null;
  } finally {
    await probe.close();
  }
}
