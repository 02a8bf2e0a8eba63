/** Daily metric rows: upsert by (campaign, date, channel), list, and sums. */
import { sql, type Kysely } from 'kysely';
import { lockForTransaction } from '../../../lib/store/transaction-lock.js';
import type { CampaignMetricRow, DB } from '../db-types.js';

export interface MetricValues {
  date: string;
  channel: string;
  impressions: number;
  reach: number;
  engagements: number;
  hotlineContacts: number;
  reportsToAuthorities: number;
}

export interface UpsertOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface CampaignTotalsRow {
  first_date: string | null;
  last_date: string | null;
  days_reported: number;
  impressions: number;
  reach: number;
  engagements: number;
  hotline_contacts: number;
  reports_to_authorities: number;
}

export interface MetricRange {
  from?: string | null;
  to?: string | null;
  channel?: string | null;
}

const keyOf = (date: string, channel: string) => `${date}|${channel}`;

function sameNumbers(row: CampaignMetricRow, m: MetricValues): boolean {
  return (
    !row.is_deleted &&
    row.impressions === m.impressions &&
    row.reach === m.reach &&
    row.engagements === m.engagements &&
    row.hotline_contacts === m.hotlineContacts &&
    row.reports_to_authorities === m.reportsToAuthorities
  );
}

/**
 * Upserts validated rows (unique by date and channel) for one campaign. Rows identical to the stored ones
 * are skipped, so re-sending a day neither writes nor moves it up the warehouse change feed.
 * Run it inside the caller's transaction.
 */
export async function upsertCampaignMetrics(
  db: Kysely<DB>,
  campaignId: string,
  metrics: readonly MetricValues[],
  now = new Date(),
): Promise<UpsertOutcome> {
  if (metrics.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  // Concurrent upserts for one campaign count inserted/updated/unchanged against what the other committed.
  await lockForTransaction(db, [`campaign_metrics:${campaignId}`]);
  const dates = [...new Set(metrics.map((m) => m.date))];
  const stored = await db
    .selectFrom('campaign_metrics')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('metric_date', 'in', dates)
    .execute();
  const byKey = new Map(stored.map((r) => [keyOf(r.metric_date, r.channel), r]));
  const outcome: UpsertOutcome = { inserted: 0, updated: 0, unchanged: 0 };
  const toWrite: MetricValues[] = [];
  for (const m of metrics) {
    const existing = byKey.get(keyOf(m.date, m.channel));
    if (existing && sameNumbers(existing, m)) {
      outcome.unchanged++;
      continue;
    }
    if (existing) outcome.updated++;
    else outcome.inserted++;
    toWrite.push(m);
  }
  if (toWrite.length === 0) return outcome;
  const updatedAt = now.toISOString();
  await db
    .insertInto('campaign_metrics')
    .values(
      toWrite.map((m) => ({
        campaign_id: campaignId,
        metric_date: m.date,
        channel: m.channel,
        impressions: m.impressions,
        reach: m.reach,
        engagements: m.engagements,
        hotline_contacts: m.hotlineContacts,
        reports_to_authorities: m.reportsToAuthorities,
        updated_at: updatedAt,
        is_deleted: false,
        change_seq: sql`nextval('change_seq_counter')`,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['campaign_id', 'metric_date', 'channel']).doUpdateSet((eb) => ({
        impressions: eb.ref('excluded.impressions'),
        reach: eb.ref('excluded.reach'),
        engagements: eb.ref('excluded.engagements'),
        hotline_contacts: eb.ref('excluded.hotline_contacts'),
        reports_to_authorities: eb.ref('excluded.reports_to_authorities'),
        updated_at: eb.ref('excluded.updated_at'),
        is_deleted: false,
        change_seq: eb.ref('excluded.change_seq'),
      })),
    )
    .execute();
  return outcome;
}

export async function listCampaignMetrics(db: Kysely<DB>, campaignId: string, range: MetricRange = {}): Promise<CampaignMetricRow[]> {
  let q = db.selectFrom('campaign_metrics').selectAll().where('campaign_id', '=', campaignId).where('is_deleted', '=', false);
  if (range.from) q = q.where('metric_date', '>=', range.from);
  if (range.to) q = q.where('metric_date', '<=', range.to);
  if (range.channel) q = q.where('channel', '=', range.channel);
  return q.orderBy('metric_date').orderBy('channel').execute();
}

/** Sums over all channels; a range with no rows gives zeros and null dates. */
export async function sumCampaignMetrics(db: Kysely<DB>, campaignId: string, range: MetricRange = {}): Promise<CampaignTotalsRow> {
  let q = db
    .selectFrom('campaign_metrics')
    .select([
      sql<string | null>`min(metric_date)`.as('first_date'),
      sql<string | null>`max(metric_date)`.as('last_date'),
      sql<number>`count(DISTINCT metric_date)`.as('days_reported'),
      sql<number>`coalesce(sum(impressions), 0)`.as('impressions'),
      sql<number>`coalesce(sum(reach), 0)`.as('reach'),
      sql<number>`coalesce(sum(engagements), 0)`.as('engagements'),
      sql<number>`coalesce(sum(hotline_contacts), 0)`.as('hotline_contacts'),
      sql<number>`coalesce(sum(reports_to_authorities), 0)`.as('reports_to_authorities'),
    ])
    .where('campaign_id', '=', campaignId)
    .where('is_deleted', '=', false);
  if (range.from) q = q.where('metric_date', '>=', range.from);
  if (range.to) q = q.where('metric_date', '<=', range.to);
  const row = await q.executeTakeFirstOrThrow();
  // SUM of BIGINT is HUGEINT in DuckDB; the dialect hands it back as a number (or a string past 2^53).
  return {
    first_date: row.first_date,
    last_date: row.last_date,
    days_reported: Number(row.days_reported),
    impressions: Number(row.impressions),
    reach: Number(row.reach),
    engagements: Number(row.engagements),
    hotline_contacts: Number(row.hotline_contacts),
    reports_to_authorities: Number(row.reports_to_authorities),
  };
}
