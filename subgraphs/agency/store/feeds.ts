/**
 * The `indicator_feeds` and `indicator_values` tables. A feed is (agency, period); every submission is a new
 * revision row with its own values, so history is never overwritten and "latest" is max(revision).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import { lockForTransaction } from '../../../lib/store/transaction-lock.js';
import type { DB, IndicatorFeedRow, IndicatorValueRow } from '../db-types.js';
import { compareCells, type Cell } from '../indicators.js';

export function feedIdFor(agencyId: string, periodId: string): string {
  return `${agencyId}:${periodId}`;
}

export type NewFeedRevision = Omit<IndicatorFeedRow, 'revision' | 'is_deleted' | 'change_seq'>;

/** Writes revision n+1 of a feed and its values; call inside the submission's transaction. */
export async function insertFeedRevision(trx: Transaction<DB>, feed: NewFeedRevision, cells: readonly Cell[]): Promise<IndicatorFeedRow> {
  // Concurrent resubmissions of one feed (another connection or replica) must not both take revision n+1.
  await lockForTransaction(trx, [`indicator_feeds:${feed.feed_id}`]);
  const { latest } = await trx
    .selectFrom('indicator_feeds')
    .select((eb) => eb.fn.max<number | null>('revision').as('latest'))
    .where('feed_id', '=', feed.feed_id)
    .executeTakeFirstOrThrow();
  const revision = (latest ?? 0) + 1;
  await trx.insertInto('indicator_feeds').values({ ...feed, revision, change_seq: sql`nextval('change_seq_counter')` }).execute();
  if (cells.length > 0) {
    await trx
      .insertInto('indicator_values')
      .values(
        cells.map((c) => ({
          feed_id: feed.feed_id,
          revision,
          indicator: c.indicator,
          crime_type: c.crimeType,
          exploitation: c.exploitation,
          sex: c.sex,
          age_group: c.ageGroup,
          value: c.value,
          change_seq: sql`nextval('change_seq_counter')`,
        })),
      )
      .execute();
  }
  return trx.selectFrom('indicator_feeds').selectAll().where('feed_id', '=', feed.feed_id).where('revision', '=', revision).executeTakeFirstOrThrow();
}

function toCell(row: Pick<IndicatorValueRow, 'indicator' | 'crime_type' | 'exploitation' | 'sex' | 'age_group' | 'value'>): Cell {
  return { indicator: row.indicator, crimeType: row.crime_type, exploitation: row.exploitation, sex: row.sex, ageGroup: row.age_group, value: row.value };
}

export async function listFeedValues(db: Kysely<DB>, feedId: string, revision: number): Promise<Cell[]> {
  const rows = await db
    .selectFrom('indicator_values')
    .selectAll()
    .where('feed_id', '=', feedId)
    .where('revision', '=', revision)
    .where('is_deleted', '=', false)
    .execute();
  return rows.map(toCell).sort(compareCells);
}

/** Every revision of a feed, oldest first. */
export async function listFeedRevisions(db: Kysely<DB>, feedId: string): Promise<IndicatorFeedRow[]> {
  return db.selectFrom('indicator_feeds').selectAll().where('feed_id', '=', feedId).where('is_deleted', '=', false).orderBy('revision').execute();
}

export interface FeedFilter {
  countryCode?: string | null;
  periodId?: string | null;
}

/**
 * The latest revision of every matching feed, most recently submitted first, keyset-paged on (submitted_at, feed_id).
 */
export async function listLatestFeeds(
  db: Kysely<DB>,
  filter: FeedFilter,
  page: { limit: number; after: { submittedAt: string; feedId: string } | null },
): Promise<{ rows: IndicatorFeedRow[]; totalCount: number }> {
  const base = db
    .with('latest', (qb) =>
      qb.selectFrom('indicator_feeds').select(['feed_id']).select((eb) => eb.fn.max<number>('revision').as('revision')).where('is_deleted', '=', false).groupBy('feed_id'),
    )
    .selectFrom('indicator_feeds as f')
    .innerJoin('latest', (join) => join.onRef('latest.feed_id', '=', 'f.feed_id').onRef('latest.revision', '=', 'f.revision'))
    .$if(filter.countryCode != null, (qb) => qb.where('f.country_code', '=', filter.countryCode!))
    .$if(filter.periodId != null, (qb) => qb.where('f.period_id', '=', filter.periodId!));
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const after = page.after;
  const rows = await base
    .selectAll('f')
    .$if(after !== null, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb('f.submitted_at', '<', sql<string>`CAST(${after!.submittedAt} AS TIMESTAMP)`),
          eb.and([eb('f.submitted_at', '=', sql<string>`CAST(${after!.submittedAt} AS TIMESTAMP)`), eb('f.feed_id', '>', after!.feedId)]),
        ]),
      ),
    )
    .orderBy('f.submitted_at', 'desc')
    .orderBy('f.feed_id')
    .limit(page.limit + 1)
    .execute();
  return { rows, totalCount: Number(n) };
}

/** The cells of each agency's latest revision for a country and period. */
export async function listLatestCountryCells(db: Kysely<DB>, countryCode: string, periodId: string): Promise<{ agencyId: string; cells: Cell[] }[]> {
  const rows = await db
    .with('latest', (qb) =>
      qb
        .selectFrom('indicator_feeds')
        .select(['feed_id', 'agency_id'])
        .select((eb) => eb.fn.max<number>('revision').as('revision'))
        .where('is_deleted', '=', false)
        .where('country_code', '=', countryCode)
        .where('period_id', '=', periodId)
        .groupBy(['feed_id', 'agency_id']),
    )
    .selectFrom('indicator_values as v')
    .innerJoin('latest', (join) => join.onRef('latest.feed_id', '=', 'v.feed_id').onRef('latest.revision', '=', 'v.revision'))
    .select(['latest.agency_id', 'v.indicator', 'v.crime_type', 'v.exploitation', 'v.sex', 'v.age_group', 'v.value'])
    .where('v.is_deleted', '=', false)
    .orderBy('latest.agency_id')
    .execute();
  const byAgency = new Map<string, Cell[]>();
  for (const row of rows) {
    const cells = byAgency.get(row.agency_id) ?? [];
    cells.push(toCell(row));
    byAgency.set(row.agency_id, cells);
  }
  return [...byAgency].map(([agencyId, cells]) => ({ agencyId, cells }));
}
