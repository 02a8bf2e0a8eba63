/** The `countries` table: ISO 3166-1 countries, loaded from the reference file on first start. */
import { sql, type Kysely } from 'kysely';
import type { IsoCountry } from '../../../lib/reference/iso.js';
import type { CountryRow, DB } from '../db-types.js';

/** Loads the countries when the table is empty, in one transaction; returns how many rows it wrote. */
export async function seedCountriesIfEmpty(db: Kysely<DB>, countries: readonly IsoCountry[]): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { n } = await trx.selectFrom('countries').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(n) > 0 || countries.length === 0) return 0;
    await trx
      .insertInto('countries')
      .values(
        countries.map((c) => ({
          country_code: c.code,
          alpha3: c.alpha3,
          numeric_code: c.numericCode,
          name: c.name,
          region: c.region,
          sub_region: c.subRegion,
          change_seq: sql`nextval('change_seq_counter')`,
        })),
      )
      .execute();
    return countries.length;
  });
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
