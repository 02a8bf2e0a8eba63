/**
 * The cells the warehouse pre-aggregates for insights answer exactly what one aggregate over the fact marts
 * answers: on a REAL build of the demo data, every audit and campaign measure for every period of every kind,
 * per grouping and with filters, and hotspots for every grouping and scope, against independent SQL over
 * mart_audit_facts, mart_repeat_findings, mart_cap_facts, mart_campaign_daily and mart_supplier_risk.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../lib/duckdb/database.js';
import type { PeriodRow } from '../../subgraphs/insights/db-types.js';
import { listHotspotFacts } from '../../subgraphs/insights/store/hotspots.js';
import { listMeasureFacts, type FactFilter, type FactGrouping } from '../../subgraphs/insights/store/measure-facts.js';
import { buildDemoWarehouse, DEMO_AS_OF, type DemoBuild } from './fixtures/demo-build.js';
import { openSnapshotReadOnly, query } from './fixtures/independent-sql.js';

let build: DemoBuild;
let marts: Database<any>;
let periods: PeriodRow[];

beforeAll(async () => {
  build = await buildDemoWarehouse('tidemark-insights-cells-');
  marts = await openSnapshotReadOnly(build.dataDir);
  // The years around the demo data (2018–2025): the calendar runs 2000–2049, empty elsewhere.
  periods = await query<PeriodRow>(
    marts,
    "SELECT * FROM mart_periods WHERE end_date >= DATE '2015-01-01' AND start_date <= DATE '2030-12-31'",
  );
}, 120_000);

afterAll(async () => {
  await marts?.close();
  await build?.remove();
});

type Kind = PeriodRow['kind'];
const ID: Record<Kind, string> = {
  ACTION_PERIOD: 'action_period_id',
  MONTH: 'month_id',
  QUARTER: 'quarter_id',
  YEAR: 'year_id',
};
const CLOSED_ID: Record<Kind, string> = {
  ACTION_PERIOD:
    "(SELECT p.period_id FROM mart_periods p WHERE p.kind = 'ACTION_PERIOD' AND f.closed_on BETWEEN " +
    'p.start_date AND p.end_date)',
  MONTH: "strftime(f.closed_on, '%Y-%m')",
  QUARTER: "year(f.closed_on) || '-Q' || quarter(f.closed_on)",
  YEAR: 'year(f.closed_on)::VARCHAR',
};

/** [table, period id expression, value, numerator, denominator, extra condition] per measure, over the fact rows. */
const FACTS: Record<string, (kind: Kind) => [string, string, string, string, string, string]> = {
  SUPPLIERS_AUDITED: (k) => ['mart_audit_facts', `f.${ID[k]}`, 'count(DISTINCT f.supplier_id)', 'NULL', 'NULL', ''],
  SEVERE_FINDING_SHARE: (k) => [
    'mart_audit_facts',
    `f.${ID[k]}`,
    'NULL',
    'count(*) FILTER (WHERE f.has_s3_s4_forced_labour_finding)',
    'count(*)',
    '',
  ],
  REPEAT_FINDING_RATE: (k) => [
    'mart_repeat_findings',
    `f.${ID[k]}`,
    'NULL',
    'count(*) FILTER (WHERE f.is_repeated)',
    'count(*)',
    '',
  ],
  CAP_CLOSURE_RATE: (k) => [
    'mart_cap_facts',
    `f.due_${ID[k]}`,
    'NULL',
    'count(*) FILTER (WHERE f.is_closed_by_due)',
    'count(*)',
    `AND f.due_date < DATE '${DEMO_AS_OF}'`,
  ],
  MEDIAN_DAYS_TO_CLOSE: (k) => [
    'mart_cap_facts',
    CLOSED_ID[k],
    'median(f.days_to_close)',
    'NULL',
    'NULL',
    'AND f.is_closed',
  ],
  CAMPAIGN_REACH: (k) => ['mart_campaign_daily', `f.${ID[k]}`, 'sum(f.reach)', 'NULL', 'NULL', ''],
  CAMPAIGN_REPORTS: (k) => ['mart_campaign_daily', `f.${ID[k]}`, 'sum(f.reports_to_authorities)', 'NULL', 'NULL', ''],
  CAMPAIGN_REPORTS_PER_100K_REACHED: (k) => [
    'mart_campaign_daily',
    `f.${ID[k]}`,
    'NULL',
    'sum(f.reports_to_authorities)',
    'sum(f.reach)',
    '',
  ],
};

function independent(
  measure: string,
  kind: Kind,
  ids: string[],
  grouping: FactGrouping,
  filter: FactFilter,
): Promise<unknown[]> {
  const [table, periodId, value, numerator, denominator, extra] = FACTS[measure]!(kind);
  const grp = { NONE: "'ALL'", COUNTRY: 'f.country_code', SECTOR: 'f.sector' }[grouping];
  const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
  const where = [
    filter.countryCodes ? `AND f.country_code IN (${list(filter.countryCodes)})` : '',
    filter.sectors ? `AND f.sector IN (${list(filter.sectors)})` : '',
    filter.campaignId ? `AND f.campaign_id = '${filter.campaignId}'` : '',
  ].join(' ');
  return query(
    marts,
    `SELECT ${periodId} AS period_id, ${grp} AS grp, ${value} AS value, ${numerator} AS numerator,
      ${denominator} AS denominator
    FROM ${table} f WHERE ${periodId} IN (${list(ids)}) ${extra} ${where} GROUP BY ALL`,
  );
}

const sorted = (rows: readonly unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

describe('insights: pre-aggregated cells against the fact marts of a real build', () => {
  it('gives every audit and campaign measure for every period, grouping and filter', async () => {
    const [country, other] = (
      await query<{ c: string }>(marts, 'SELECT DISTINCT country_code AS c FROM mart_audit_facts ORDER BY 1')
    ).map((r) => r.c);
    const [campaign] = (
      await query<{ c: string }>(
        marts,
        'SELECT campaign_id AS c FROM mart_campaign_daily GROUP BY ALL ORDER BY count(*) DESC LIMIT 1',
      )
    ).map((r) => r.c);
    const none: FactFilter = { countryCodes: null, sectors: null, campaignId: null };
    let compared = 0;
    for (const measure of Object.keys(FACTS)) {
      const isAudit = !measure.startsWith('CAMPAIGN');
      const filters: FactFilter[] = isAudit
        ? [
            none,
            { ...none, countryCodes: [country!, other!] },
            { ...none, countryCodes: [country!], sectors: ['FISHING', 'GARMENTS'] },
          ]
        : [none, { ...none, countryCodes: [country!] }, { ...none, campaignId: campaign! }];
      for (const kind of ['ACTION_PERIOD', 'MONTH', 'QUARTER', 'YEAR'] as const) {
        const ofKind = periods.filter((p) => p.kind === kind);
        for (const grouping of (isAudit ? ['NONE', 'COUNTRY', 'SECTOR'] : ['NONE', 'COUNTRY']) as FactGrouping[]) {
          for (const filter of filters) {
            const got = await listMeasureFacts(marts.db, measure, { periods: ofKind, grouping, filter });
            const expected = await independent(
              measure,
              kind,
              ofKind.map((p) => p.period_id),
              grouping,
              filter,
            );
            expect(sorted(got), `${measure} ${kind} ${grouping} ${JSON.stringify(filter)}`).toEqual(sorted(expected));
            compared += got.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('gives hotspots for every grouping, for the whole registry and periods of every kind', async () => {
    // Every action period, quarter and year, and the months of one year (every month would only repeat them).
    const scopes = [null, ...periods.filter((p) => p.kind !== 'MONTH' || p.period_id.startsWith('2024-'))];
    for (const [grouping, columns] of [
      ['COUNTRY', ['country_code']],
      ['SECTOR', ['sector']],
      ['COUNTRY_SECTOR', ['country_code', 'sector']],
    ] as const) {
      for (const period of scopes) {
        const got = await listHotspotFacts(marts.db, grouping, { asOf: DEMO_AS_OF, period });
        const inPeriod = period
          ? `AND audit_date BETWEEN DATE '${period.start_date}' AND DATE '${period.end_date}'`
          : '';
        const group = columns.join(', ');
        const has = (column: string) => (columns as readonly string[]).includes(column);
        const nulls =
          `${has('country_code') ? 'country_code' : 'NULL::VARCHAR AS country_code'}, ` +
          `${has('sector') ? 'sector' : 'NULL::VARCHAR AS sector'}`;
        // Scores are tenths: the average is exact, rounded half up.
        const expected = await query(
          marts,
          `
          WITH audits AS (SELECT * FROM mart_audit_facts WHERE audit_date <= DATE '${DEMO_AS_OF}' ${inPeriod}),
          population AS (SELECT *
            FROM mart_supplier_risk ${period ? 'WHERE supplier_id IN (SELECT supplier_id FROM audits)' : ''}),
          audited AS (SELECT ${group}, count(DISTINCT supplier_id) AS audited_suppliers,
            list(DISTINCT partner_org_id ORDER BY partner_org_id) AS ids
            FROM audits GROUP BY ALL)
          SELECT ${nulls}, count(*) AS suppliers, any_value(coalesce(a.audited_suppliers, 0)) AS audited_suppliers,
            any_value(len(coalesce(a.ids, []))) AS partners,
              any_value(coalesce(a.ids, []::VARCHAR[])) AS partner_org_ids,
            ((2 * sum(round(p.score * 10))::BIGINT + count(*)) // (2 * count(*))) / 10 AS avg_score,
              max(p.score) AS max_score,
            count(*) FILTER (WHERE band = 'LOW') AS count_low, count(*) FILTER (WHERE band = 'MEDIUM') AS count_medium,
            count(*) FILTER (WHERE band = 'HIGH') AS count_high,
              count(*) FILTER (WHERE band = 'SEVERE') AS count_severe,
            count(*) FILTER (WHERE override IS NOT NULL) AS count_overrides
          FROM population p LEFT JOIN audited a USING (${group}) GROUP BY ${group}`,
        );
        expect(sorted(got), `${grouping} ${period?.period_id ?? 'registry'}`).toEqual(sorted(expected));
      }
    }
    const [{ n }] = (await sql<{ n: number }>`SELECT count(*) AS n FROM mart_hotspot_cells`.execute(marts.db)).rows as [
      { n: number },
    ];
    expect(n).toBeGreaterThan(0);
  });
});
