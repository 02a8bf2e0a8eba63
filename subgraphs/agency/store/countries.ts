/** The `countries` table: ISO 3166-1 countries, loaded from the reference file on first start. */
import { sql, type Kysely } from 'kysely';
import { loadIsoCountries, type IsoCountry } from '../../../lib/reference/iso.js';
import type { CountryRow, DB } from '../db-types.js';

/**
 * Adds the ISO countries the table does not hold yet (all of them on first start) in one INSERT, so it is safe
 * inside a caller's transaction; returns how many rows it wrote. The one country seeding: the agency on start,
 * the demo seed and the benchmark generator all call it.
 */
export async function seedIsoCountries(db: Kysely<DB>, countries: readonly IsoCountry[] = loadIsoCountries()): Promise<number> {
  const present = new Set((await db.selectFrom('countries').select('country_code').execute()).map((r) => r.country_code));
  const missing = countries.filter((c) => !present.has(c.code));
  if (missing.length === 0) return 0;
  await db
    .insertInto('countries')
    .values(
      missing.map((c) => ({
        country_code: c.code,
        alpha3: c.alpha3,
        numeric_code: c.numericCode,
        name: c.name,
        region: c.region,
        sub_region: c.subRegion,
        change_seq: sql`nextval('change_seq_counter')`,
      })),
    )
    // Two replicas starting together both find the table empty: the second adds nothing.
    .onConflict((oc) => oc.column('country_code').doNothing())
    .execute();
  return missing.length;
}

export async function listCountries(db: Kysely<DB>, filter: { region?: string | null } = {}): Promise<CountryRow[]> {
  let query = db.selectFrom('countries').selectAll().where('is_deleted', '=', false);
  if (filter.region != null) query = query.where('region', '=', filter.region);
  return query.orderBy('name').orderBy('country_code').execute();
}

export async function findCountriesByCodes(db: Kysely<DB>, codes: readonly string[]): Promise<CountryRow[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('countries').selectAll().where('is_deleted', '=', false).where('country_code', 'in', [...codes]).execute();
}

export async function findCountryByCode(db: Kysely<DB>, code: string): Promise<CountryRow | undefined> {
  return (await findCountriesByCodes(db, [code]))[0];
}
