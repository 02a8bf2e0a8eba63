/**
 * risk-v1 (DESIGN §3), "given these rows, expect these rows": every expected number is worked out by hand from
 * the formulas, with the arithmetic in the comments. Scored at asOf 2025-06-30.
 *   decay d(age) = 0.5^(age / 365); C = credibility x d; c = min(0.95, w x d x r)
 *   b = 0.7 x (I / 10) x (1 - 0.5 C); score = round(100 x (1 - (1 - b)(1 - E)), 1)
 *   drivers: 100·b split over the points, 100·E·(1 − b) over findings by −ln(1 − c), exact in the warehouse; what
 *   a user is shown is rounded to 0.1 by largest remainder when read (insights' viewSupplierRisk, used below), so
 *   the drivers shown sum exactly to the score.
 * GSI 2023 prevalence per 1,000 used below: Germany 0.6 (<2 → 1 point), Viet Nam 4.1 (<6 → 3), Thailand 5.7
 * (<6 → 3), Malaysia 6.3 (<8 → 4), Bangladesh 7.1 (<8 → 4), India 8 (≥8, <10 → 5).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, querySql } from '../../warehouse/db.js';
import { buildModels, prepareInputs } from '../../warehouse/models/runner.js';
import type { SupplierRiskDriverRow, SupplierRiskRow } from '../../warehouse/risk/score-suppliers.js';
import { viewSupplierRisk } from '../../subgraphs/insights/risk-view.js';
import { makeTempDir } from '../helpers/tmp.js';
import { action, audit, finding, insertRaw, supplier } from './helpers/raw-rows.js';

const AS_OF = '2025-06-30';
const tmp = makeTempDir('tidemark-risk-');
let warehouse: Awaited<ReturnType<typeof openWarehouse>>;
let risk: Map<string, SupplierRiskRow>;
let drivers: Map<string, SupplierRiskDriverRow[]>;

beforeAll(async () => {
  warehouse = await openWarehouse(tmp.dir);
  const db = warehouse.db;
  await prepareInputs(db, 'risk-v1');
  // Given a GSI row with a blank prevalence but a vulnerability score (the 2023 file has none: every country
  // without prevalence lacks vulnerability too), Indonesia stands in: prevalence blanked, vulnerability 49.
  await querySql(
    db,
    "UPDATE ref_gsi SET prevalence_per_1000 = NULL, vulnerability_total = 49 WHERE country_code = 'ID'",
  );
  await insertRaw(db, 'raw_audits__suppliers', [
    supplier('no-audits', { country_code: 'DE', sector: 'ELECTRONICS', migrant_worker_share: 0.1 }),
    supplier('clean-unannounced', { country_code: 'TH', sector: 'GARMENTS', migrant_worker_share: 0.2 }),
    supplier('open-s4', { country_code: 'BD', sector: 'GARMENTS', goods: ['Garments'] }),
    supplier('overdue-cap', { country_code: 'VN', sector: 'AGRICULTURE', goods: ['Coffee'], migrant_worker_share: 0 }),
    supplier('verified-cap', {
      country_code: 'MY',
      sector: 'ELECTRONICS',
      goods: ['Electronics'],
      migrant_worker_share: 0.6,
    }),
    supplier('fiji', { country_code: 'FJ', sector: 'HOSPITALITY' }),
    supplier('vulnerability-fallback', { country_code: 'ID', sector: 'LOGISTICS' }),
    supplier('no-country-data', { country_code: 'GL', sector: 'OTHER' }),
    supplier('ilab-forced-good', { country_code: 'TH', sector: 'FISHING', goods: ['fish'], migrant_worker_share: 0.5 }),
    supplier('capped-at-10', { country_code: 'IN', sector: 'GARMENTS', goods: ['Carpets'], migrant_worker_share: 0.9 }),
    supplier('migrant-0.3', { country_code: 'DE', sector: 'MANUFACTURING', migrant_worker_share: 0.3 }),
    supplier('one-year-old', { country_code: 'DE', sector: 'ELECTRONICS' }),
    supplier('one-year-and-a-day', { country_code: 'DE', sector: 'ELECTRONICS' }),
    supplier('s4-without-ilo', { country_code: 'DE', sector: 'ELECTRONICS' }),
    supplier('same-day', { country_code: 'DE', sector: 'ELECTRONICS' }),
  ]);
  await insertRaw(db, 'raw_audits__audits', [
    audit('a-clean', { supplier_id: 'clean-unannounced', audit_date: '2025-05-31', announcement: 'UNANNOUNCED' }),
    audit('a-open-s4', { supplier_id: 'open-s4', audit_date: '2025-03-31', announcement: 'ANNOUNCED' }),
    audit('a-overdue', { supplier_id: 'overdue-cap', audit_date: '2025-01-31', announcement: 'SEMI_ANNOUNCED' }),
    audit('a-verified', { supplier_id: 'verified-cap', audit_date: '2025-04-30', announcement: 'UNANNOUNCED' }),
    audit('a-one-year', { supplier_id: 'one-year-old', audit_date: '2024-06-30', announcement: 'ANNOUNCED' }),
    audit('a-one-year-and-a-day', {
      supplier_id: 'one-year-and-a-day',
      audit_date: '2024-06-29',
      announcement: 'ANNOUNCED',
    }),
    audit('a-s4-without-ilo', { supplier_id: 's4-without-ilo', audit_date: '2025-05-31', announcement: 'ANNOUNCED' }),
    // Two audits on the same date: the more credible (unannounced) sets C, though its id sorts last.
    audit('a-same-day-1', { supplier_id: 'same-day', audit_date: '2025-06-01', announcement: 'ANNOUNCED' }),
    audit('a-same-day-2', {
      supplier_id: 'same-day',
      audit_date: '2025-06-01',
      announcement: 'UNANNOUNCED',
      partner_org_id: 'org-globex',
    }),
    // Dated after asOf: must not count at all.
    audit('a-future', { supplier_id: 'no-audits', audit_date: '2025-07-15', announcement: 'UNANNOUNCED' }),
  ]);
  await insertRaw(db, 'raw_audits__findings', [
    finding('f-open-s4', { audit_id: 'a-open-s4', severity: 'S4', ilo_indicator: 'RETENTION_OF_IDENTITY_DOCUMENTS' }),
    finding('f-overdue', { audit_id: 'a-overdue', severity: 'S3', ilo_indicator: 'EXCESSIVE_OVERTIME' }),
    finding('f-verified', { audit_id: 'a-verified', severity: 'S4', ilo_indicator: 'DEBT_BONDAGE' }),
    finding('f-one-year', { audit_id: 'a-one-year', severity: 'S4', ilo_indicator: 'INTIMIDATION_AND_THREATS' }),
    finding('f-one-year-and-a-day', {
      audit_id: 'a-one-year-and-a-day',
      severity: 'S4',
      ilo_indicator: 'INTIMIDATION_AND_THREATS',
    }),
    // A finding without an ILO indicator is not evidence.
    finding('f-clean-note', { audit_id: 'a-clean', severity: 'S1', ilo_indicator: null }),
    finding('f-future', { audit_id: 'a-future', severity: 'S4', ilo_indicator: 'DEBT_BONDAGE' }),
    // Critical, open and recent, but without an ILO indicator: not forced-labour evidence, so no override either.
    finding('f-s4-without-ilo', { audit_id: 'a-s4-without-ilo', severity: 'S4', ilo_indicator: null }),
  ]);
  await insertRaw(db, 'raw_audits__corrective_actions', [
    action('ca-open-s4', { finding_id: 'f-open-s4', status: 'OPEN', due_date: '2025-09-30' }),
    action('ca-overdue', { finding_id: 'f-overdue', status: 'IN_PROGRESS', due_date: '2025-04-30' }),
    action('ca-verified', {
      finding_id: 'f-verified',
      status: 'VERIFIED',
      due_date: '2025-06-15',
      closed_date: '2025-05-20',
      verified_date: '2025-06-10',
    }),
    action('ca-one-year', {
      finding_id: 'f-one-year',
      status: 'CLOSED',
      due_date: '2024-09-30',
      closed_date: '2024-08-01',
    }),
    action('ca-one-year-and-a-day', {
      finding_id: 'f-one-year-and-a-day',
      status: 'CLOSED',
      due_date: '2024-09-30',
      closed_date: '2024-08-01',
    }),
    action('ca-s4-without-ilo', { finding_id: 'f-s4-without-ilo', status: 'OPEN', due_date: '2025-12-31' }),
  ]);
  await buildModels(db, { asOf: AS_OF, tests: 'all' });
  risk = new Map(
    (await querySql<SupplierRiskRow>(db, 'SELECT * FROM mart_supplier_risk')).map((r) => [r.supplier_id, r]),
  );
  drivers = new Map();
  for (const d of await querySql<SupplierRiskDriverRow>(
    db,
    'SELECT * FROM mart_supplier_risk_drivers ORDER BY driver_kind, finding_id',
  )) {
    drivers.set(d.supplier_id, [...(drivers.get(d.supplier_id) ?? []), d]);
  }
});

afterAll(async () => {
  await warehouse?.close();
  tmp.remove();
});

function expectScore(
  id: string,
  expected: { score: number; band: string; override?: string | null; inherent?: number },
) {
  const row = risk.get(id)!;
  expect(row, `supplier ${id} is scored`).toBeDefined();
  expect(row.as_of).toBe(AS_OF);
  expect(row.methodology_version).toBe('risk-v1');
  expect(row.score).toBe(expected.score);
  expect(row.band).toBe(expected.band);
  expect(row.override).toBe(expected.override ?? null);
  if (expected.inherent !== undefined) expect(row.inherent).toBe(expected.inherent);
  // The exact shares sum to the unrounded score, which rounds to the score.
  const exact = (drivers.get(id) ?? []).reduce((n, d) => n + d.contribution, 0);
  expect(Math.abs(exact - row.score)).toBeLessThanOrEqual(0.05 + 1e-9);
}

/** The drivers an analyst is shown (rounded at read time), by finding id or kind; they sum exactly to the score. */
function contributions(id: string): Record<string, number> {
  const shown = viewSupplierRisk(
    { risk: risk.get(id)!, drivers: drivers.get(id) ?? [] },
    { subject: 'a', role: 'ANALYST' },
  ).drivers;
  expect(shown.reduce((n, d) => n + Math.round(d.contribution * 10), 0)).toBe(Math.round(risk.get(id)!.score * 10));
  return Object.fromEntries(shown.map((d) => [d.findingId ?? d.kind, d.contribution]));
}

describe('warehouse: risk-v1 scoring', () => {
  it('scores a supplier without audits from context alone', () => {
    // Germany 1 + ELECTRONICS 2 + goods 0 + migrant 0 (share 0.1 < 0.3) → I = 3. The audit dated after asOf
    // (2025-07-15) does not count: C = 0, E = 0. b = 0.7 × 0.3 × 1 = 0.21 → score 21.0, LOW.
    // Drivers: 21 × 1/3 = 7.0 country, 21 × 2/3 = 14.0 sector.
    expectScore('no-audits', { score: 21, band: 'LOW', inherent: 3 });
    expect(risk.get('no-audits')!.confidence).toBe(0);
    expect(contributions('no-audits')).toEqual({ COUNTRY: 7, SECTOR: 14 });
  });

  it('lowers the context part after a clean recent unannounced audit', () => {
    // Thailand 3 + GARMENTS 3 → I = 6. Audit 2025-05-31, age 30: C = 1.0 × 0.5^(30/365) = 0.944621.
    // The S1 finding has no ILO indicator: E = 0. b = 0.7 × 0.6 × (1 − 0.5 × 0.944621) = 0.42 × 0.527689 = 0.221629
    // → score 22.162949 → 22.2, LOW. Drivers: 11.081475 each → tenths 110 + 110 = 220, 2 tenths left → 11.1 + 11.1.
    expectScore('clean-unannounced', { score: 22.2, band: 'LOW', inherent: 6 });
    expect(risk.get('clean-unannounced')!.confidence).toBeCloseTo(0.944621, 6);
    expect(contributions('clean-unannounced')).toEqual({ COUNTRY: 11.1, SECTOR: 11.1 });
  });

  it('forces SEVERE for an open S4 finding within a year', () => {
    // Bangladesh 4 + GARMENTS 3 + Garments on the ILAB list for Bangladesh with forced labour 2 → I = 9.
    // Announced audit 2025-03-31, age 91: d = 0.5^(91/365) = 0.841296; C = 0.7 × d = 0.588907.
    // S4 open, due 2025-09-30 (not overdue): c = 0.9 × 0.841296 × 1.0 = 0.757166 = E.
    // b = 0.7 × 0.9 × (1 − 0.294454) = 0.444494; score = 100 × (1 − 0.555506 × 0.242834) = 86.510 → 86.5.
    // Drivers: 100b = 44.449 → 19.755 country, 14.816 sector, 9.878 goods; finding 75.717 × 0.555506 = 42.061.
    // Tenths 197 + 148 + 98 + 420 = 863 of 865: the 2 largest remainders (goods .777, finding .610) get one each.
    expectScore('open-s4', { score: 86.5, band: 'SEVERE', override: 'S4_UNVERIFIED_WITHIN_365D', inherent: 9 });
    expect(risk.get('open-s4')!.override_findings).toEqual([{ finding_id: 'f-open-s4', partner_org_id: 'org-acme' }]);
    expect(contributions('open-s4')).toEqual({ COUNTRY: 19.7, SECTOR: 14.8, GOODS: 9.9, 'f-open-s4': 42.1 });
  });

  it('weighs an overdue corrective action at 1.2', () => {
    // Viet Nam 3 + AGRICULTURE 3 + Coffee (ILAB Viet Nam: child labour only) 1 + migrant 0 → I = 7.
    // Semi-announced audit 2025-01-31, age 150: d = 0.752123; C = 0.85 × d = 0.639305.
    // S3 due 2025-04-30 < asOf and not closed → r = 1.2: c = 0.5 × 0.752123 × 1.2 = 0.451274 = E.
    // b = 0.7 × 0.7 × (1 − 0.319652) = 0.333370; score = 100 × (1 − 0.666630 × 0.548726) = 63.420 → 63.4, HIGH.
    // Drivers: 33.337 → 14.287, 14.287, 4.762; finding 45.127 × 0.666630 = 30.083. Tenths 142+142+47+300 = 631
    // of 634: remainders .873, .873, .833 get one each → 14.3, 14.3, 4.7, 30.1.
    expectScore('overdue-cap', { score: 63.4, band: 'HIGH', inherent: 7 });
    expect(contributions('overdue-cap')).toEqual({ COUNTRY: 14.3, SECTOR: 14.3, GOODS: 4.7, 'f-overdue': 30.1 });
  });

  it('weighs a verified corrective action at 0.2 and lifts the override', () => {
    // Malaysia 4 + ELECTRONICS 2 + Electronics (forced labour in Malaysia) 2 + migrant 0.6 ≥ 0.3 → 1 → I = 9.
    // Unannounced audit 2025-04-30, age 61: d = 0.890617 = C.
    // S4 verified 2025-06-10 ≤ asOf → r = 0.2: c = 0.9 × 0.890617 × 0.2 = 0.160311 = E. Verified: no override.
    // b = 0.63 × (1 − 0.445308) = 0.349456; score = 100 × (1 − 0.650544 × 0.839689) = 45.375 → 45.4, MEDIUM.
    // Drivers: 34.946 → 15.531, 7.766, 7.766, 3.883; finding 16.031 × 0.650544 = 10.429.
    // Tenths 155+77+77+38+104 = 451 of 454: remainders .828 (migrant), .657, .657 → 15.5, 7.8, 7.8, 3.9, 10.4.
    expectScore('verified-cap', { score: 45.4, band: 'MEDIUM', inherent: 9 });
    expect(contributions('verified-cap')).toEqual({
      COUNTRY: 15.5,
      SECTOR: 7.8,
      GOODS: 7.8,
      MIGRANT: 3.9,
      'f-verified': 10.4,
    });
  });

  it('treats Fiji (GSI row, prevalence and vulnerability blank) as unknown, not low', () => {
    // GSI 2023 has a Fiji row with both prevalence and total vulnerability blank → 4 points + COUNTRY_DATA_MISSING.
    // HOSPITALITY 2 → I = 6; no audit: b = 0.7 × 0.6 = 0.42 → 42.0, MEDIUM. Drivers 42 × 4/6 = 28.0, 42 × 2/6 = 14.0.
    expectScore('fiji', { score: 42, band: 'MEDIUM', inherent: 6 });
    expect(risk.get('fiji')!.country_points).toBe(4);
    expect(contributions('fiji')).toEqual({ COUNTRY_DATA_MISSING: 28, SECTOR: 14 });
  });

  it('falls back to GSI vulnerability where prevalence is blank', () => {
    // Given prevalence blank and vulnerability 49%: 35 ≤ 49 < 50 → 3 points. LOGISTICS 2 → I = 5.
    // b = 0.7 × 0.5 = 0.35 → 35.0, MEDIUM. Drivers 35 × 3/5 = 21.0 country, 14.0 sector.
    expectScore('vulnerability-fallback', { score: 35, band: 'MEDIUM', inherent: 5 });
    expect(contributions('vulnerability-fallback')).toEqual({ COUNTRY: 21, SECTOR: 14 });
  });

  it('gives 4 points and a COUNTRY_DATA_MISSING driver to a country with no data at all', () => {
    // Greenland has no GSI row → 4 points. OTHER 1 → I = 5; b = 0.35 → 35.0, MEDIUM. Drivers 28.0 and 7.0.
    expectScore('no-country-data', { score: 35, band: 'MEDIUM', inherent: 5 });
    expect(risk.get('no-country-data')!.is_country_data_missing).toBe(true);
    expect(contributions('no-country-data')).toEqual({ COUNTRY_DATA_MISSING: 28, SECTOR: 7 });
  });

  it('adds 2 goods points for a good on the ILAB list with forced labour, matched case-insensitively', () => {
    // 'fish' matches ILAB "Fish" (Thailand, Forced_Labor Yes) → 2. Thailand 3 + FISHING 4 + 2 + migrant 0.5 → 1
    // = 10 = I. No audit: b = 0.7 → 70.0, HIGH: context alone tops out at 70.
    // Drivers 70 × 3/10 = 21.0, × 4/10 = 28.0, × 2/10 = 14.0, × 1/10 = 7.0.
    expectScore('ilab-forced-good', { score: 70, band: 'HIGH', inherent: 10 });
    expect(risk.get('ilab-forced-good')!.goods_points).toBe(2);
    expect(contributions('ilab-forced-good')).toEqual({ COUNTRY: 21, SECTOR: 28, GOODS: 14, MIGRANT: 7 });
  });

  it('caps inherent risk at 10 and splits it over all the points', () => {
    // India 5 + GARMENTS 3 + Carpets (forced labour in India) 2 + migrant 1 = 11 → I = 10, b = 0.7 → 70.0.
    // Drivers 70 × 5/11 = 31.818, × 3/11 = 19.091, × 2/11 = 12.727, × 1/11 = 6.364: tenths 318+190+127+63 = 698
    // of 700: remainders .909 (sector) and .636 (migrant) get one each → 31.8, 19.1, 12.7, 6.4.
    expectScore('capped-at-10', { score: 70, band: 'HIGH', inherent: 10 });
    expect(contributions('capped-at-10')).toEqual({ COUNTRY: 31.8, SECTOR: 19.1, GOODS: 12.7, MIGRANT: 6.4 });
  });

  it('counts a migrant share of exactly 0.3 as migrant risk', () => {
    // 0.3 ≥ 0.3 → 1. Germany 1 + MANUFACTURING 2 + 1 → I = 4; b = 0.28 → 28.0, MEDIUM. Drivers 7.0, 14.0, 7.0.
    expectScore('migrant-0.3', { score: 28, band: 'MEDIUM', inherent: 4 });
    expect(risk.get('migrant-0.3')!.migrant_points).toBe(1);
    expect(contributions('migrant-0.3')).toEqual({ COUNTRY: 7, SECTOR: 14, MIGRANT: 7 });
  });

  it('halves a finding exactly one year old and still applies the S4 override at 365 days', () => {
    // Audit 2024-06-30 → age 365 days: d = 0.5. Announced: C = 0.35. S4 closed 2024-08-01 (not verified): r = 0.5,
    // c = 0.9 × 0.5 × 0.5 = 0.225 = E. b = 0.7 × 0.3 × (1 − 0.175) = 0.17325.
    // score = 100 × (1 − 0.82675 × 0.775) = 35.926875 → 35.9, but an unverified S4 within 365 days → SEVERE.
    // Drivers: 17.325 → 5.775, 11.55; finding 22.5 × 0.82675 = 18.601875. Tenths 57 + 115 + 186 = 358 of 359:
    // the largest remainder (.75, country) gets it → 5.8, 11.5, 18.6.
    expectScore('one-year-old', { score: 35.9, band: 'SEVERE', override: 'S4_UNVERIFIED_WITHIN_365D', inherent: 3 });
    expect(risk.get('one-year-old')!.confidence).toBeCloseTo(0.35, 12);
    expect(risk.get('one-year-old')!.evidence).toBeCloseTo(0.225, 12);
    expect(contributions('one-year-old')).toEqual({ COUNTRY: 5.8, SECTOR: 11.5, 'f-one-year': 18.6 });
  });

  it('drops the S4 override one day later (366 days)', () => {
    // Audit 2024-06-29 → age 366: d = 0.499051; C = 0.349336; c = 0.9 × d × 0.5 = 0.224573.
    // b = 0.21 × (1 − 0.174668) = 0.173320; score = 100 × (1 − 0.826680 × 0.775427) = 35.897 → 35.9, MEDIUM.
    expectScore('one-year-and-a-day', { score: 35.9, band: 'MEDIUM', inherent: 3 });
  });

  it('does not force SEVERE for an S4 finding without an ILO indicator: it is not forced-labour evidence', () => {
    // Germany 1 + ELECTRONICS 2 → I = 3. Announced audit 2025-05-31, age 30: C = 0.7 × 0.5^(30/365) = 0.661235.
    // The S4 finding carries no ILO indicator: no evidence (E = 0) and no override.
    // b = 0.21 × (1 − 0.330618) = 0.140570 → score 14.057 → 14.1, LOW. Drivers 4.686 and 9.371: tenths 46 + 93
    // = 139 of 141 → both get one → 4.7 and 9.4.
    expectScore('s4-without-ilo', { score: 14.1, band: 'LOW', inherent: 3 });
    expect(risk.get('s4-without-ilo')!.evidence).toBe(0);
    expect(risk.get('s4-without-ilo')!.override_findings).toEqual([]);
    expect(contributions('s4-without-ilo')).toEqual({ COUNTRY: 4.7, SECTOR: 9.4 });
  });

  it('takes confidence from the more credible of two audits on the same date', () => {
    // Both audits 2025-06-01, age 29, d = 0.946417. Unannounced: C = 1.0 × d = 0.946417 (announced would give
    // 0.662492 and a score of 14.0). b = 0.21 × (1 − 0.473209) = 0.110626 → score 11.1, LOW.
    // Drivers 3.688 and 7.375: tenths 36 + 73 = 109 of 111 → 3.7 and 7.4.
    expectScore('same-day', { score: 11.1, band: 'LOW', inherent: 3 });
    expect(risk.get('same-day')!.confidence).toBeCloseTo(0.946417, 6);
    expect(risk.get('same-day')!.latest_audit_id).toBe('a-same-day-2');
    expect(contributions('same-day')).toEqual({ COUNTRY: 3.7, SECTOR: 7.4 });
  });

  it('names each finding driver with its own audit, audit date and partner', async () => {
    const expected = await querySql<{
      finding_id: string;
      audit_id: string;
      audit_date: string;
      partner_org_id: string;
    }>(
      warehouse.db,
      `SELECT f.finding_id, a.audit_id, a.audit_date::VARCHAR AS audit_date, a.partner_org_id
       FROM raw_audits__findings f JOIN raw_audits__audits a USING (audit_id)`,
    );
    const byFinding = new Map(expected.map((r) => [r.finding_id, r]));
    const findings = [...drivers.values()].flat().filter((d) => d.driver_kind === 'FINDING');
    expect(findings.length).toBeGreaterThan(3);
    for (const d of findings) {
      const { audit_id, audit_date, partner_org_id } = byFinding.get(d.finding_id!)!;
      expect(
        { audit_id: d.audit_id, audit_date: d.audit_date, partner_org_id: d.partner_org_id },
        d.finding_id!,
      ).toEqual({
        audit_id,
        audit_date,
        partner_org_id,
      });
    }
  });
});
