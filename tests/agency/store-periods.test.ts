import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../subgraphs/agency/db-types.js';
import { findCountryByCode, listCountries, seedIsoCountries } from '../../subgraphs/agency/store/countries.js';
import { createActionPeriod } from '../../subgraphs/agency/store/create-action-period.js';
import { findPreviousPeriod, findReportingPeriod } from '../../subgraphs/agency/store/reporting-periods.js';
import { openAgencyStore } from './store-db.js';

let store: Awaited<ReturnType<typeof openAgencyStore>>;
let db: Kysely<DB>;

beforeAll(async () => {
  store = await openAgencyStore();
  db = store.db;
});
afterAll(() => store.dispose());

describe('agency store: countries and periods', () => {
  it('loads the 249 ISO countries once, with a change_seq each', async () => {
    expect(await seedIsoCountries(db)).toBe(0);
    const all = await listCountries(db);
    expect(all).toHaveLength(249);
    expect(new Set(all.map((c) => c.change_seq)).size).toBe(249);
    expect(await findCountryByCode(db, 'AQ')).toMatchObject({ name: 'Antarctica', region: null, sub_region: null });
    expect((await listCountries(db, { region: 'Oceania' })).map((c) => c.country_code)).toContain('FJ');
  });

  it('seeds JPA4 and JPA5 as data, JPA4 previous to JPA5', async () => {
    const jpa5 = await findReportingPeriod(db, 'JPA5');
    expect(jpa5).toEqual({
      id: 'JPA5',
      kind: 'ACTION_PERIOD',
      label: '5th Joint Period of Action',
      number: 5,
      startDate: '2019-07-02',
      endDate: '2019-12-03',
    });
    expect((await findPreviousPeriod(db, jpa5!))?.id).toBe('JPA4');
    expect(await findPreviousPeriod(db, (await findReportingPeriod(db, 'JPA4'))!)).toBeNull();
    expect(await findReportingPeriod(db, 'JPA9')).toBeNull();
  });

  it('adds an action period and refuses overlaps, duplicates and numbers out of date order', async () => {
    const created = await createActionPeriod(db, { number: 6, startDate: '2020-07-01', endDate: '2021-06-30' });
    expect(created).toMatchObject({ id: 'JPA6', label: '6th Joint Period of Action' });
    expect((await findPreviousPeriod(db, created))?.id).toBe('JPA5');
    await expect(createActionPeriod(db, { number: 6, startDate: '2022-01-01', endDate: '2022-07-31' })).rejects.toThrow(
      /input.number: JPA6 already exists/,
    );
    await expect(createActionPeriod(db, { number: 7, startDate: '2021-03-01', endDate: '2021-09-30' })).rejects.toThrow(
      /input.startDate: the dates overlap JPA6/,
    );
    await expect(createActionPeriod(db, { number: 3, startDate: '2019-01-01', endDate: '2019-06-30' })).rejects.toThrow(
      /JPA3 would start after JPA4/,
    );
    await expect(createActionPeriod(db, { number: 8, startDate: '2016-01-01', endDate: '2016-06-30' })).rejects.toThrow(
      /JPA8 would start before JPA4/,
    );
    await expect(createActionPeriod(db, { number: 9, startDate: '2023-01-01', endDate: '2023-02-28' })).rejects.toThrow(
      /input.endDate: the period must last at least three months/,
    );
    const { n } = await db
      .selectFrom('action_periods')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n).toBe(3);
  });
});
