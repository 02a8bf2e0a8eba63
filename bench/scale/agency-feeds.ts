/**
 * Agency feeds: monthly indicator feeds 2016–2025 from the police agencies of 11 countries, all 12 indicators
 * with breakdowns that add up to their totals, and some corrected revisions. change_seq is numbered in key
 * order (sequence.ts), so reruns write identical rows.
 */
import { sql, type Kysely } from 'kysely';
import { sqlString, sqlWeighted } from './random.js';
import { runInsert } from './run-insert.js';
import { nextSeq, restartSequence, seqSql } from './sequence.js';

/** ASEAN and Timor-Leste; scale sets each country's typical monthly volumes (small ones dip below 5 victims). */
export const FEED_COUNTRIES: readonly (readonly [string, number])[] = [
  ['TH', 1.0], ['VN', 0.9], ['MY', 0.8], ['ID', 1.2], ['PH', 1.1], ['KH', 0.5], ['MM', 0.6], ['LA', 0.2], ['SG', 0.15], ['BN', 0.05], ['TL', 0.05],
];

const MONTHS = 120;

/** One row per feed revision: 11 countries × 120 months, 8% corrected once, 1% twice. */
async function planFeeds(db: Kysely<any>): Promise<void> {
  const countries = FEED_COUNTRIES.map(([code, scale], c) => `(${sqlString(code)}, ${c}, ${scale})`).join(', ');
  await sql
    .raw(
      `CREATE OR REPLACE TEMP TABLE feed_plan AS
       SELECT fc.country_code, lower(fc.country_code) || '-police' AS agency_id,
         strftime(DATE '2016-01-01' + to_months(CAST(m AS INTEGER)), '%Y-%m') AS period_id,
         CAST(DATE '2016-01-01' + to_months(CAST(m AS INTEGER) + 1) AS DATE) AS next_month,
         fc.c * 1000 + m AS k, rev,
         -- volume grows ~6% a year, with month-to-month noise; a correction mostly raises counts
         fc.scale * (1 + 0.06 * m / 12) * (0.85 + 0.3 * rnd(fc.c * 1000 + m, 'season'))
           * CASE WHEN rev = 1 THEN 1 ELSE 0.95 + 0.2 * rnd((fc.c * 1000 + m) * 10 + rev, 'revision') END AS v
       FROM (VALUES ${countries}) fc(country_code, c, scale), range(${MONTHS}) t(m), range(1, 4) r(rev)
       WHERE rev = 1 OR (rev = 2 AND rnd(fc.c * 1000 + m, 'corrected') < 0.08)
         OR (rev = 3 AND rnd(fc.c * 1000 + m, 'corrected') < 0.01)`,
    )
    .execute(db);
}

export async function insertFeeds(db: Kysely<any>): Promise<{ feeds: number; values: number }> {
  await planFeeds(db);
  const feedBase = await nextSeq(db);
  const feeds = await runInsert(
    db,
    `INSERT INTO indicator_feeds (feed_id, revision, agency_id, country_code, period_id, source_reliability,
      information_credibility, submitted_by, submitted_at, note, change_seq)
       SELECT agency_id || ':' || period_id, rev, agency_id, country_code, period_id,
         ${sqlWeighted("rnd(k, 'reliability')", [['A', 10], ['B', 40], ['C', 35], ['D', 10], ['E', 3], ['F', 2]])},
         CAST(${sqlWeighted("rnd(k, 'credibility')", [['1', 15], ['2', 40], ['3', 30], ['4', 10], ['5', 3], ['6', 2]])} AS INTEGER),
         'analyst-' || (1 + rint(k, 'analyst', 3)) || '@' || agency_id,
         CAST(next_month AS TIMESTAMP) + to_days(CAST(3 + rint(k, 'lag', 18) + (rev - 1) *
           (20 + rint(k * 10 + rev, 'relag', 40)) AS INTEGER)) +
           to_hours(CAST(8 + rint(k * 10 + rev, 'hour', 9) AS INTEGER)),
         CASE WHEN rev > 1 THEN 'Corrected counts after case review' END,
         ${seqSql(feedBase, 'k, rev')}
       FROM feed_plan`,
  );
  const valueBase = feedBase + feeds;
  const values = await runInsert(db, valuesSql(valueBase));
  await restartSequence(db, valueBase + values);
  return { feeds, values };
}

/** All 12 indicators as 'ALL' cells, plus breakdowns that add up to their totals. */
function valuesSql(seqBase: number): string {
  const cell = (indicator: string, dims: [string, string, string, string], value: string) =>
    `SELECT feed_id, rev, '${indicator}' AS indicator, '${dims[0]}' AS crime_type, '${dims[1]}' AS exploitation,
      '${dims[2]}' AS sex, '${dims[3]}' AS age_group, ${value} AS value FROM totals`;
  const all: [string, string, string, string] = ['ALL', 'ALL', 'ALL', 'ALL'];
  const indicators = [
    'INVESTIGATIONS_OPENED', 'ARRESTS', 'SUSPECTS_IDENTIFIED', 'PROSECUTIONS', 'CONVICTIONS', 'VICTIMS_IDENTIFIED',
    'VICTIMS_REFERRED', 'JOINT_INVESTIGATIONS', 'INFO_REQUESTS_SENT', 'INFO_REQUESTS_ANSWERED', 'INFO_RESPONSE_DAYS_MEDIAN', 'SYNDICATES_DISRUPTED',
  ];
  const cells = [
    ...indicators.map((name) => cell(name, all, name.toLowerCase())),
    cell('ARRESTS', ['TRAFFICKING', 'ALL', 'ALL', 'ALL'], 'arrests_trafficking'),
    cell('ARRESTS', ['SMUGGLING', 'ALL', 'ALL', 'ALL'], 'arrests - arrests_trafficking'),
    cell('INVESTIGATIONS_OPENED', ['ALL', 'LABOUR', 'ALL', 'ALL'], 'inv_labour'),
    cell('INVESTIGATIONS_OPENED', ['ALL', 'SEXUAL', 'ALL', 'ALL'], 'inv_sexual'),
    cell('INVESTIGATIONS_OPENED', ['ALL', 'OTHER', 'ALL', 'ALL'], 'investigations_opened - inv_labour - inv_sexual'),
    cell('VICTIMS_IDENTIFIED', ['ALL', 'ALL', 'FEMALE', 'ALL'], 'victims_female'),
    cell('VICTIMS_IDENTIFIED', ['ALL', 'ALL', 'MALE', 'ALL'], 'victims_identified - victims_female'),
    cell('VICTIMS_IDENTIFIED', ['ALL', 'ALL', 'ALL', 'MINOR'], 'victims_minor'),
    cell('VICTIMS_IDENTIFIED', ['ALL', 'ALL', 'ALL', 'ADULT'], 'victims_identified - victims_minor'),
  ];
  return `INSERT INTO indicator_values (feed_id, revision, indicator, crime_type, exploitation, sex, age_group, value,
    change_seq)
    WITH base AS (
      SELECT agency_id || ':' || period_id AS feed_id, rev, k, v,
        round(40 * v * (0.7 + 0.6 * rnd(k, 'inv'))) AS investigations_opened,
        round(25 * v * (0.4 + 1.2 * rnd(k, 'victims'))) AS victims_identified,
        round(20 * v * (0.5 + rnd(k, 'requests'))) AS info_requests_sent
      FROM feed_plan
    ), derived AS (
      SELECT b.*, round(investigations_opened * (0.8 + 0.6 * rnd(k, 'arrests'))) AS arrests,
        round(victims_identified * (0.5 + 0.5 * rnd(k, 'referred'))) AS victims_referred,
        round(info_requests_sent * (0.5 + 0.5 * rnd(k, 'answered'))) AS info_requests_answered,
        round(5 + 40 * rnd(k, 'days'), 1) AS info_response_days_median,
        round(3 * v * rnd(k, 'joint') * 2) AS joint_investigations,
        round(2 * v * rnd(k, 'syndicates')) AS syndicates_disrupted
      FROM base b
    ), totals AS (
      SELECT d.*, round(arrests * (1.1 + 0.5 * rnd(k, 'suspects'))) AS suspects_identified,
        round(arrests * (0.3 + 0.3 * rnd(k, 'prosecutions'))) AS prosecutions,
        round(arrests * (0.3 + 0.3 * rnd(k, 'prosecutions')) * (0.3 + 0.5 * rnd(k, 'convictions'))) AS convictions,
        round(arrests * (0.5 + 0.4 * rnd(k, 'trafficking'))) AS arrests_trafficking,
        round(investigations_opened * (0.3 + 0.3 * rnd(k, 'labour'))) AS inv_labour,
        round(investigations_opened * (0.7 - 0.3 * rnd(k, 'labour')) * (0.5 + 0.4 * rnd(k, 'sexual')) * 0.9) AS
          inv_sexual,
        round(victims_identified * (0.4 + 0.3 * rnd(k, 'female'))) AS victims_female,
        round(victims_identified * (0.1 + 0.25 * rnd(k, 'minor'))) AS victims_minor
      FROM derived d
    ), cells AS (${cells.join('\n      UNION ALL ')})
    SELECT *, ${seqSql(seqBase, 'feed_id, rev, indicator, crime_type, exploitation, sex, age_group')} FROM cells`;
}
