/**
 * Opens a subgraph's store on the engine its configuration names: the embedded DuckDB file
 * `${dataDir}/<service>.duckdb` by default (what `npm start` runs), or PostgreSQL when a URL is given
 * (`<SERVICE>_DATABASE_URL`, else `TIDEMARK_DATABASE_URL`), in a schema named after the service, so one
 * database can hold all three stores. Both engines run the same store functions.
 */
import { join } from 'node:path';
import { openDatabase, type Database, type OpenOptions } from '../duckdb/database.js';
import { openPostgresDatabase } from '../postgres/database.js';
import type { Engine } from './engine.js';

export interface Store<DB> extends Database<DB> {
  engine: Engine;
}

export interface StoreOptions {
  service: 'audits' | 'agency' | 'campaigns';
  dataDir: string;
  migrationsDir: string;
  /** PostgreSQL URL; absent: the DuckDB file in dataDir. */
  databaseUrl?: string;
  /** DuckDB-only settings (see lib/duckdb/database.ts). */
  duckdb?: Pick<OpenOptions, 'settings' | 'newFileSettings' | 'onQuery'>;
}

/** The PostgreSQL URL configured for a service, or undefined for the embedded default. */
export function databaseUrlFor(
  service: StoreOptions['service'],
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const url = env[`${service.toUpperCase()}_DATABASE_URL`] || env.TIDEMARK_DATABASE_URL || undefined;
  if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(
      `${service}: ${service.toUpperCase()}_DATABASE_URL / TIDEMARK_DATABASE_URL must be a postgres:// URL`,
    );
  }
  return url;
}

export async function openStore<DB>(options: StoreOptions): Promise<Store<DB>> {
  if (options.databaseUrl) {
    const database = await openPostgresDatabase<DB>(options.databaseUrl, {
      migrationsDir: options.migrationsDir,
      schema: options.service,
    });
    return { ...database, engine: 'postgres' };
  }
  const database = await openDatabase<DB>(join(options.dataDir, `${options.service}.duckdb`), {
    migrationsDir: options.migrationsDir,
    ...options.duckdb,
  });
  return { ...database, engine: 'duckdb' };
}
