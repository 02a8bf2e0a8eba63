/** Reporting periods from `mart_periods` (action periods from the agency, calendar periods 2000–2049). */
import type { Kysely } from 'kysely';
import type { MartDB, PeriodRow } from '../db-types.js';

export type PeriodKind = PeriodRow['kind'];

/** A series never spans more periods than this (20 years of months). */
export const MAX_SERIES_PERIODS = 240;

export async function findPeriodsByIds(db: Kysely<MartDB>, ids: readonly string[]): Promise<PeriodRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('mart_periods')
    .selectAll()
    .where('period_id', 'in', [...ids])
    .execute();
}

/** Periods of one kind overlapping from..to (inclusive), oldest first; at most MAX_SERIES_PERIODS + 1 rows. */
export async function listPeriodsOverlapping(
  db: Kysely<MartDB>,
  kind: PeriodKind,
  from: string,
  to: string,
): Promise<PeriodRow[]> {
  return db
    .selectFrom('mart_periods')
    .selectAll()
    .where('kind', '=', kind)
    .where('start_date', '<=', to)
    .where('end_date', '>=', from)
    .orderBy('start_date')
    .limit(MAX_SERIES_PERIODS + 1)
    .execute();
}
