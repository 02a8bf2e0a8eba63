/**
 * Which engine the store suites run on: the embedded DuckDB files by default, PostgreSQL under
 * `npm run test:postgres` (TIDEMARK_TEST_ENGINE=postgres; the server comes from postgres-setup.ts). Each data
 * dir gets a database named after it (each store in its service's schema), so reopening the same dir (a
 * restart test) finds the same data, and every temp dir starts empty, exactly as with DuckDB files.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Store, type StoreOptions } from '../../lib/store/open-store.js';
import { moveDataDirToPostgres } from '../../scripts/move-to-postgres/move.js';

type Service = StoreOptions['service'];

const TEST_ENGINE: 'duckdb' | 'postgres' = process.env.TIDEMARK_TEST_ENGINE === 'postgres' ? 'postgres' : 'duckdb';

const created = new Map<string, Promise<string>>();

async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    // C collation: the same text order as DuckDB (keyset cursors, ORDER BY name).
    if (!rowCount)
      await client.query(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  } finally {
    await client.end();
  }
}

/** The PostgreSQL URL for the stores of `dataDir` (database created on first use); undefined on DuckDB. */
export async function testDatabaseUrl(dataDir: string, _service?: Service): Promise<string | undefined> {
  if (TEST_ENGINE !== 'postgres') return undefined;
  const adminUrl = inject('postgresAdminUrl');
  const name = `${inject('postgresRunPrefix')}${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`;
  let url = created.get(name);
  if (!url) {
    url = createDatabase(adminUrl, name).then(() => {
      const target = new URL(adminUrl);
      target.pathname = `/${name}`;
      return target.toString();
    });
    created.set(name, url);
  }
  return url;
}

/**
 * The store env of a stack in `dataDir` (its child processes read TIDEMARK_DATABASE_URL); {} on DuckDB. On
 * PostgreSQL, stores a fixture has already written as DuckDB files (the seeded demo data) are moved there
 * first, with the same code as `npm run move-to-postgres`.
 */
export async function testStoreEnv(dataDir: string): Promise<Record<string, string>> {
  const url = await testDatabaseUrl(dataDir);
  if (!url) return {};
  await moveDataDirToPostgres(dataDir, { audits: url, agency: url, campaigns: url });
  return { TIDEMARK_DATABASE_URL: url };
}

/** A store for a test, on the engine under test: `${dir}/<service>.duckdb` or that dir's PostgreSQL database. */
export async function openTestStore<DB>(
  service: Service,
  dir: string,
  migrationsDir: string,
  name?: string,
): Promise<Store<DB>> {
  // A second store in the same dir (`name`) gets a database of its own, as it gets a file of its own.
  const key = name ? `${dir}/${name}` : dir;
  return openStore<DB>({ service, dataDir: dir, migrationsDir, databaseUrl: await testDatabaseUrl(key, service) });
}
