/**
 * Opens a DuckDB file for one service: one instance, one connection, a Kysely over it, migrations applied.
 * DuckDB allows one read-write process per file; `close()` must run on shutdown so the file lock is released.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Kysely, sql } from 'kysely';
import { DuckDbDialect } from './dialect.js';

export interface Database<DB> {
  db: Kysely<DB>;
  path: string;
  /** Raw SQL for bulk work (COPY, appenders) that Kysely does not express; it takes the same lock via Kysely. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Folder of `NNN_name.sql` files applied in order, once each, recorded in `schema_migrations`. */
  migrationsDir?: string;
  readOnly?: boolean;
  /** DuckDB settings, e.g. { threads: '2', memory_limit: '2GB' }. */
  settings?: Record<string, string>;
  /**
   * Settings applied only when the file does not exist yet, for those that DuckDB fixes at creation, e.g.
   * { storage_compatibility_version: 'latest' } (an existing file keeps the storage format it was written in).
   */
  newFileSettings?: Record<string, string>;
  /** Statement timing for metrics (lib/ops/metrics.ts `observeQuery`). */
  onQuery?: (seconds: number, failed: boolean) => void;
}

export async function openDatabase<DB>(path: string, options: OpenOptions = {}): Promise<Database<DB>> {
  const isNew = path !== ':memory:' && !existsSync(path);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const instance = await DuckDBInstance.create(path, {
    ...(options.readOnly ? { access_mode: 'READ_ONLY' } : {}),
    ...(isNew ? options.newFileSettings : {}),
    ...options.settings,
  });
  const connection = await instance.connect();
  const db = new Kysely<DB>({ dialect: new DuckDbDialect({ connection, onQuery: options.onQuery }) });
  if (options.migrationsDir && !options.readOnly) await applyMigrations(db, options.migrationsDir);
  let closed = false;
  return {
    db,
    path,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function applyMigrations(db: Kysely<any>, dir: string): Promise<string[]> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY,
    applied_at TIMESTAMP NOT NULL DEFAULT now())`.execute(db);
  const done = new Set(
    (await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(db)).rows.map((r) => r.name),
  );
  const files = readdirSync(dir).filter((f) => /^\d+_.*\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    await db.transaction().execute(async (trx) => {
      for (const statement of splitStatements(text)) await sql.raw(statement).execute(trx);
      await sql`INSERT INTO schema_migrations (name) VALUES (${file})`.execute(trx);
    });
    applied.push(file);
  }
  return applied;
}

/** Splits a migration on semicolons at line ends; migrations keep one statement per `;`-terminated block. */
export function splitStatements(text: string): string[] {
  return text
    .replace(/--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
