/** Campaign rows: create, find, list (keyset pages, newest start date first). */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { badInput } from '../../../lib/errors.js';
import { decodeCursor, toConnection, type Connection } from '../../../lib/pagination.js';
import { isCalendarDate } from '../../../lib/scalars.js';
import type { CampaignRow, DB } from '../db-types.js';

export interface NewCampaign {
  name: string;
  countryCode: string;
  audience: string;
  channels: string[];
  languages: string[];
  startDate: string;
  endDate: string;
  createdBy: string;
}

export interface CampaignListFilter {
  countryCode?: string | null;
  audience?: string | null;
  activeOn?: string | null;
}

export async function insertCampaign(db: Kysely<DB>, campaign: NewCampaign, now = new Date()): Promise<CampaignRow> {
  const campaignId = `cmp-${randomUUID()}`;
  return db
    .insertInto('campaigns')
    .values({
      campaign_id: campaignId,
      name: campaign.name,
      country_code: campaign.countryCode,
      audience: campaign.audience,
      channels: campaign.channels,
      languages: campaign.languages,
      start_date: campaign.startDate,
      end_date: campaign.endDate,
      created_by: campaign.createdBy,
      created_at: now.toISOString(),
      change_seq: sql`nextval('change_seq_counter')`,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findCampaignById(db: Kysely<DB>, campaignId: string): Promise<CampaignRow | undefined> {
  return db
    .selectFrom('campaigns')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('is_deleted', '=', false)
    .executeTakeFirst();
}

function filtered<O>(
  query: SelectQueryBuilder<DB, 'campaigns', O>,
  filter: CampaignListFilter,
): SelectQueryBuilder<DB, 'campaigns', O> {
  let q = query.where('is_deleted', '=', false);
  if (filter.countryCode) q = q.where('country_code', '=', filter.countryCode);
  if (filter.audience) q = q.where('audience', '=', filter.audience);
  if (filter.activeOn) q = q.where('start_date', '<=', filter.activeOn).where('end_date', '>=', filter.activeOn);
  return q;
}

/** Newest start date first, then id: a stable total order for keyset pages. */
export async function listCampaigns(
  db: Kysely<DB>,
  filter: CampaignListFilter,
  page: { limit: number; after: string | null | undefined },
): Promise<Connection<CampaignRow>> {
  const cursor = decodeCursor(page.after, 2);
  let rows = filtered(db.selectFrom('campaigns').selectAll(), filter);
  if (cursor) {
    const [startDate, campaignId] = cursor.map(String) as [string, string];
    // A hand-made cursor must not reach DuckDB as an uncastable date (that would be a 500, not a 400).
    if (!isCalendarDate(startDate)) throw badInput('after', 'is not a cursor returned by this API');
    rows = rows.where((eb) =>
      eb.or([
        eb('start_date', '<', startDate),
        eb.and([eb('start_date', '=', startDate), eb('campaign_id', '>', campaignId)]),
      ]),
    );
  }
  const [found, count] = await Promise.all([
    rows
      .orderBy('start_date', 'desc')
      .orderBy('campaign_id', 'asc')
      .limit(page.limit + 1)
      .execute(),
    filtered(
      db.selectFrom('campaigns').select((eb) => eb.fn.countAll<number>().as('n')),
      filter,
    ).executeTakeFirstOrThrow(),
  ]);
  return toConnection(found, page.limit, (r) => [r.start_date, r.campaign_id], Number(count.n));
}

export async function listCampaignsOfCountry(
  db: Kysely<DB>,
  countryCode: string,
  filter: Omit<CampaignListFilter, 'countryCode'>,
): Promise<CampaignRow[]> {
  return filtered(db.selectFrom('campaigns').selectAll(), { ...filter, countryCode })
    .orderBy('start_date', 'desc')
    .orderBy('campaign_id', 'asc')
    .execute();
}
