/**
 * Agency reference rows: the Joint Periods of Action of the decade (countries come from the agency store's own
 * seedIsoCountries). Rows the agency migrations already seed are kept; change_seq comes from nextval as in the
 * agency store.
 */
import { sql, type Kysely } from 'kysely';

/**
 * Joint Periods of Action are agreed dates, not a calendar rule. The agency migrations seed JPA4 and JPA5
 * (the same dates as here); the others are invented for the benchmark decade and added only when missing.
 */
const ACTION_PERIODS: readonly (readonly [number, string, string])[] = [
  [1, '2016-02-01', '2016-08-31'],
  [2, '2016-10-03', '2017-04-28'],
  [3, '2017-06-05', '2017-12-29'],
  [4, '2018-03-01', '2018-08-31'],
  [5, '2019-07-02', '2019-12-03'],
  [6, '2020-03-02', '2021-02-26'],
  [7, '2021-04-05', '2021-11-30'],
  [8, '2022-01-10', '2022-09-30'],
  [9, '2022-11-07', '2023-06-30'],
  [10, '2023-09-04', '2024-05-31'],
  [11, '2024-07-01', '2025-01-31'],
  [12, '2025-03-03', '2025-11-28'],
];

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** Keys already present: migrations may seed reference rows, which the generator keeps. */
async function existingKeys(db: Kysely<any>, table: string, column: string): Promise<Set<string>> {
  const rows = await db.selectFrom(table).select(sql.ref(column).as('key')).execute();
  return new Set(rows.map((r) => String(r.key)));
}

export async function insertActionPeriods(db: Kysely<any>): Promise<number> {
  const present = await existingKeys(db, 'action_periods', 'number');
  const rows = ACTION_PERIODS.filter(([n]) => !present.has(String(n))).map(([n, start, end]) => ({
    period_id: `JPA${n}`,
    number: n,
    label: `${ordinal(n)} Joint Period of Action`,
    start_date: start,
    end_date: end,
    change_seq: sql`nextval('change_seq_counter')`,
  }));
  if (rows.length > 0) await db.insertInto('action_periods').values(rows).execute();
  return rows.length;
}
