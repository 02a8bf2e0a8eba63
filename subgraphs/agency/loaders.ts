/** Per-request batching (lib/loader.ts): the Countries looked up together (references, feed.country) are one query. */
import type { Kysely } from 'kysely';
import { createLoader, type Loader } from '../../lib/loader.js';
import type { CountryRow, DB } from './db-types.js';
import { findCountriesByCodes } from './store/countries.js';

export type CountryLoader = Loader<string, CountryRow | null>;

export function createCountryLoader(db: Kysely<DB>): CountryLoader {
  return createLoader(
    async (codes) => new Map((await findCountriesByCodes(db, [...codes])).map((r) => [r.country_code, r])),
    null,
  );
}
