/** A fresh agency database (migrations applied, countries loaded) for store tests, without a server, on the engine under test. */
import { fileURLToPath } from 'node:url';
import type { Database } from '../../lib/duckdb/database.js';
import { loadIsoCountries } from '../../lib/reference/iso.js';
import type { DB } from '../../subgraphs/agency/db-types.js';
import { seedCountriesIfEmpty } from '../../subgraphs/agency/store/countries.js';
import { openTestStore } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';

const MIGRATIONS = fileURLToPath(new URL('../../subgraphs/agency/migrations', import.meta.url));

export async function openAgencyStore(): Promise<Database<DB> & { dispose(): Promise<void> }> {
  const tmp = makeTempDir('tidemark-agency-store-');
  const database = await openTestStore<DB>('agency', tmp.dir, MIGRATIONS);
  await seedCountriesIfEmpty(database.db, loadIsoCountries());
  return {
    ...database,
    async dispose() {
      await database.close();
      tmp.remove();
    },
  };
}
