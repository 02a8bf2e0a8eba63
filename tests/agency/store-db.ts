/**
 * A fresh agency database (migrations applied, countries loaded) for store tests, without a server, on the engine
 * under test.
 */
import { fileURLToPath } from 'node:url';
import type { Database } from '../../lib/duckdb/database.js';
import type { DB } from '../../subgraphs/agency/db-types.js';
import { seedIsoCountries } from '../../subgraphs/agency/store/countries.js';
import { openTestStore } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';

const MIGRATIONS = fileURLToPath(new URL('../../subgraphs/agency/migrations', import.meta.url));

export async function openAgencyStore(): Promise<Database<DB> & { dispose(): Promise<void> }> {
  const tmp = makeTempDir('tidemark-agency-store-');
  const database = await openTestStore<DB>('agency', tmp.dir, MIGRATIONS);
  await seedIsoCountries(database.db);
  return {
    ...database,
    async dispose() {
      await database.close();
      tmp.remove();
    },
  };
}
