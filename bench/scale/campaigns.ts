/**
 * Campaigns store: four campaigns a year per country over the decade (built in JS: a few hundred rows), and
 * their daily metrics per channel (set-based SQL: one row per campaign × day × channel).
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { FEED_COUNTRIES } from './agency-feeds.js';
import { LAST_DAY } from './options.js';
import { pick, unit } from './random.js';
import { runInsert } from './run-insert.js';
import { nextSeq, restartSequence, seqSql } from './sequence.js';

const CAMPAIGN_COUNTRIES: readonly string[] = [...FEED_COUNTRIES.map(([code]) => code), 'BD', 'NP', 'LK'];
const LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  TH: ['th', 'my', 'km', 'lo'], VN: ['vi'], MY: ['ms', 'en', 'ne', 'bn'], ID: ['id', 'jv'], PH: ['fil', 'en'], KH: ['km'],
  MM: ['my'], LA: ['lo'], SG: ['en', 'zh-Hans', 'ta'], BN: ['ms', 'en'], TL: ['pt', 'tet'], BD: ['bn'], NP: ['ne'], LK: ['si', 'ta'],
};
const AUDIENCES = ['GENERAL_POPULATION', 'MIGRANT_WORKERS', 'MIGRANT_WORKERS', 'EMPLOYERS'] as const;
const CHANNELS = ['SOCIAL_MEDIA', 'RADIO', 'TELEVISION', 'PRINT', 'OUTDOOR', 'SMS', 'COMMUNITY_EVENTS', 'HOTLINE', 'WEBSITE'] as const;
const TITLES = ['Know your rights', 'Safe migration', 'Fair recruitment', 'Speak up', 'No fees, no debts'];
/** Typical people reached per channel per day, before country scale and noise. */
const DAILY_REACH: Readonly<Record<(typeof CHANNELS)[number], number>> = {
  SOCIAL_MEDIA: 30_000, RADIO: 20_000, TELEVISION: 50_000, PRINT: 3_000, OUTDOOR: 15_000, SMS: 5_000,
  COMMUNITY_EVENTS: 200, HOTLINE: 50, WEBSITE: 2_000,
};
const PER_YEAR = 4;

/** Deterministic UUID-shaped id, in the store's `cmp-<uuid>` form. */
function campaignId(seed: number, n: number): string {
  const h = createHash('sha256').update(`campaign:${seed}:${n}`).digest('hex');
  return `cmp-${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function buildCampaigns(seed: number): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  let n = 0;
  for (const country of CAMPAIGN_COUNTRIES) {
    for (let year = 2016; year <= 2025; year++) {
      for (let q = 0; q < PER_YEAR; q++, n++) {
        const u = (salt: string) => unit(seed, salt, n);
        const start = new Date(Date.UTC(year, q * 3, 1 + Math.floor(u('start') * 60)));
        const end = new Date(Math.min(start.getTime() + (30 + Math.floor(u('length') * 150)) * 86_400_000, Date.parse(`${LAST_DAY}T00:00:00Z`)));
        const channels = CHANNELS.filter((_, c) => unit(seed, `channel-${c}`, n) < 0.3);
        const languages = LANGUAGES[country] ?? ['en'];
        rows.push({
          campaign_id: campaignId(seed, n),
          name: `${pick(TITLES, seed, 'title', n)} ${year} (${country})`,
          country_code: country,
          audience: pick(AUDIENCES, seed, 'audience', n),
          channels: channels.length > 0 ? channels : ['SOCIAL_MEDIA'],
          languages: languages.slice(0, 1 + Math.floor(u('languages') * languages.length)),
          start_date: isoDay(start),
          end_date: isoDay(end),
          created_by: `campaigns@${country.toLowerCase()}-police`,
          created_at: new Date(start.getTime() - 14 * 86_400_000 + 9 * 3_600_000).toISOString(),
          change_seq: sql`nextval('change_seq_counter')`,
        });
      }
    }
  }
  return rows;
}

export async function insertCampaigns(db: Kysely<any>, seed: number): Promise<{ campaigns: number; metrics: number }> {
  const rows = buildCampaigns(seed);
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('campaigns').values(rows.slice(i, i + 200)).execute();
  const metricBase = await nextSeq(db);
  const scale = FEED_COUNTRIES.map(([code, s]) => `WHEN '${code}' THEN ${s}`).join(' ');
  const reach = CHANNELS.map((c) => `WHEN '${c}' THEN ${DAILY_REACH[c]}`).join(' ');
  const metrics = await runInsert(
    db,
    `INSERT INTO campaign_metrics (campaign_id, metric_date, channel, impressions, reach, engagements, hotline_contacts,
      reports_to_authorities, updated_at, change_seq)
       WITH days AS (
         SELECT c.campaign_id, CAST(c.start_date + CAST(d AS INTEGER) AS DATE) AS metric_date, ch AS channel,
           CASE c.country_code ${scale} ELSE 0.5 END AS scale
         FROM campaigns c CROSS JOIN range(0, 400) t(d), unnest(c.channels) u(ch)
         WHERE d <= c.end_date - c.start_date
       ), drawn AS (
         SELECT d.*, CAST(round(CASE channel ${reach} END * scale *
           (0.5 + rndk(campaign_id, metric_date, channel, 'reach'))) AS BIGINT) AS reach
         FROM days d
       )
       SELECT campaign_id, metric_date, channel,
         CAST(round(reach * (1.5 + 1.5 * rndk(campaign_id, metric_date, channel, 'impressions'))) AS BIGINT),
         reach,
         CAST(round(reach * (0.01 + 0.04 * rndk(campaign_id, metric_date, channel, 'engagement'))) AS BIGINT),
         CAST(floor(reach * 0.0004 * (0.5 + rndk(campaign_id, metric_date, channel, 'hotline')) +
           rndk(campaign_id, metric_date, channel, 'hotline+')) AS BIGINT) AS hotline,
         CAST(floor(reach * 0.00004 * (0.5 + rndk(campaign_id, metric_date, channel, 'reports')) +
           rndk(campaign_id, metric_date, channel, 'reports+')) AS BIGINT),
         CAST(metric_date + 1 AS TIMESTAMP) + INTERVAL 6 HOUR,
         ${seqSql(metricBase, 'campaign_id, metric_date, channel')}
       FROM drawn`,
  );
  await restartSequence(db, metricBase + metrics);
  return { campaigns: rows.length, metrics };
}
