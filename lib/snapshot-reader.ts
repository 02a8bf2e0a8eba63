/**
 * Opens one published build for reading (lib/snapshot-contract.ts): a DuckDB database in memory holding a view
 * per published table over its Parquet files, and the build's macros. Nothing is copied: opening costs a few
 * statements whatever the build's size, and any number of processes can read the same build at once.
 */
import { openDatabase, type Database } from './duckdb/database.js';
import { sql } from 'kysely';
import { snapshotsDirOf, viewStatementsOf, type PublishedBuild } from './snapshot-contract.js';

export async function openPublishedBuild<DB>(
  dataDir: string,
  build: PublishedBuild,
  settings: Record<string, string> = {},
  onQuery?: (seconds: number, failed: boolean) => void,
): Promise<Database<DB>> {
  const database = await openDatabase<DB>(':memory:', { settings, onQuery });
  try {
    // Parquet footers are read once per file instead of once per query (a setting of the parquet extension,
    // which loads on first use, so not an open option).
    await sql.raw('SET parquet_metadata_cache = true').execute(database.db);
    for (const statement of viewStatementsOf(build, snapshotsDirOf(dataDir)))
      await sql.raw(statement).execute(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
