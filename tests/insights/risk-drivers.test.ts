/**
 * Drivers rounded at read time (subgraphs/insights/driver-rounding.ts, risk-drivers.ts, risk-view.ts): what one
 * caller is shown is rounded together by largest remainder and sums exactly to the score; findings are listed
 * and aggregated per caller. Expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import type { SupplierRiskRow } from '../../subgraphs/insights/db-types.js';
import { roundToScore } from '../../subgraphs/insights/driver-rounding.js';
import { LISTED_FINDINGS, type ExactDriverRow } from '../../subgraphs/insights/risk-drivers.js';
import { viewSupplierRisk } from '../../subgraphs/insights/risk-view.js';

const inherent = (kind: 'COUNTRY' | 'SECTOR', points: number, contribution: number): ExactDriverRow => ({
  driver_kind: kind,
  finding_id: null,
  audit_date: null,
  partner_org_id: null,
  ilo_indicator: null,
  severity: null,
  points,
  contribution,
});
const finding = (i: number, partner: string, contribution: number): ExactDriverRow => ({
  driver_kind: 'FINDING',
  finding_id: `f${String(i).padStart(2, '0')}`,
  audit_date: '2019-05-01',
  partner_org_id: partner,
  ilo_indicator: 'DEBT_BONDAGE',
  severity: 'S2',
  points: null,
  contribution,
});
const riskRow = (score: number, overrideFindings: NonNullable<SupplierRiskRow['override_findings']> = []) =>
  ({
    score,
    band: 'MEDIUM',
    override: overrideFindings.length > 0 ? 'S4_UNVERIFIED_WITHIN_365D' : null,
    override_findings: overrideFindings,
    confidence: 0.5,
    inherent: 7,
    evidence: 0.3,
    methodology_version: 'risk-v1',
    as_of: '2019-12-31',
    country_code: 'TH',
    sector: 'FISHING',
  }) as SupplierRiskRow;
const tenthsSum = (drivers: { contribution: number }[]) =>
  drivers.reduce((n, d) => n + Math.round(d.contribution * 10), 0);

describe('insights: rounding drivers at read time', () => {
  it('rounds by largest remainder to the score (hand-computed)', () => {
    // 19.755 + 14.816 + 9.878 + 42.061 = 86.510 → score 86.5. Floors 197 + 148 + 98 + 420 = 863 tenths, 2 left:
    // remainders .55, .16, .78, .61 → goods and the finding get one each → 19.7, 14.8, 9.9, 42.1.
    expect(roundToScore([19.755, 14.816, 9.878, 42.061], 86.5)).toEqual([197, 148, 99, 421]);
    // Thirds: 70 × 1/3 each → floors 233 × 3 = 699 of 700; equal remainders go to the first listed.
    expect(roundToScore([70 / 3, 70 / 3, 70 / 3], 70)).toEqual([234, 233, 233]);
    // A share that is a tenth in decimal but not in binary (11.1) is not floored a tenth too low.
    expect(roundToScore([11.1, 11.1], 22.2)).toEqual([111, 111]);
  });

  it('lists the 20 largest findings an analyst may see and sums the rest; the drivers shown sum to the score', () => {
    // 30 findings worth 3.0, 2.9 … 0.1 (alternating partners) and two inherent drivers 10.04 and 12.47:
    // total 22.51 + 46.5 = 69.01 → score 69.0.
    const rows = [
      inherent('COUNTRY', 3, 10.04),
      inherent('SECTOR', 4, 12.47),
      ...Array.from({ length: 30 }, (_, i) => finding(i, i % 2 ? 'org-globex' : 'org-acme', 3 - i / 10)),
    ];
    const analyst = viewSupplierRisk({ risk: riskRow(69), drivers: rows }, { subject: 'a', role: 'ANALYST' });
    const listed = analyst.drivers.filter((d) => d.kind === 'FINDING');
    expect(listed).toHaveLength(LISTED_FINDINGS);
    expect(listed.map((d) => d.findingId)).toEqual(
      Array.from({ length: 20 }, (_, i) => `f${String(i).padStart(2, '0')}`),
    );
    // f20..f29: 1.0 + 0.9 + … + 0.1 = 5.5.
    expect(analyst.drivers.find((d) => d.kind === 'MINOR_FINDINGS')).toMatchObject({
      label: '10 smaller findings, summed',
      contribution: 5.5,
    });
    // Floors 100 (10.04) + 124 (12.47) + findings exact = 689 of 690 tenths: the largest remainder (.7 of 12.47) gets
    // it.
    expect(
      analyst.drivers.filter((d) => d.kind === 'COUNTRY' || d.kind === 'SECTOR').map((d) => d.contribution),
    ).toEqual([12.5, 10]);
    expect(tenthsSum(analyst.drivers)).toBe(690);
    expect(Math.round((analyst.inherentPart + analyst.evidencePart) * 10)).toBe(690);
  });

  it("shows a partner its own findings and one aggregate for other partners' evidence, summing to the score", () => {
    // Own (org-acme) 2.04 + 1.03, other partners 3.38 + 0.01, inherent 20.26: total 26.72 → 26.7.
    // Shown exact: 20.26, 2.04, 1.03, other 3.39. Floors 202 + 20 + 10 + 33 = 265 of 267: remainders .6, .4, .3, .9
    // → the aggregate and the inherent driver get one each: 20.3, 2.0, 1.0, 3.4.
    const rows = [
      inherent('COUNTRY', 3, 20.26),
      finding(1, 'org-acme', 2.04),
      finding(2, 'org-acme', 1.03),
      finding(3, 'org-globex', 3.38),
      finding(4, 'org-initech', 0.01),
    ];
    const acme = viewSupplierRisk(
      { risk: riskRow(26.7), drivers: rows },
      { subject: 'p', role: 'PARTNER', orgId: 'org-acme' },
    );
    expect(acme.drivers.map((d) => [d.kind, d.findingId, d.contribution])).toEqual([
      ['COUNTRY', null, 20.3],
      ['OTHER_PARTNERS_EVIDENCE', null, 3.4],
      ['FINDING', 'f01', 2],
      ['FINDING', 'f02', 1],
    ]);
    const other = acme.drivers.find((d) => d.kind === 'OTHER_PARTNERS_EVIDENCE')!;
    expect(other).toMatchObject({ findingId: null, iloIndicator: null, severity: null, auditDate: null });
    expect(acme.evidencePart).toBe(6.4);
    // A policy officer: one AUDIT_EVIDENCE driver, 6.46 → floors 202 + 64 = 266 of 267 → remainders .6 and .6,
    // the first listed (inherent) gets it: 20.3 + 6.4.
    const policy = viewSupplierRisk({ risk: riskRow(26.7), drivers: rows }, { subject: 'o', role: 'POLICY' });
    expect(policy.drivers.map((d) => [d.kind, d.contribution])).toEqual([
      ['COUNTRY', 20.3],
      ['AUDIT_EVIDENCE', 6.4],
    ]);
  });

  it('names the findings behind an override to whoever may see them', () => {
    const overrideFindings = [
      { finding_id: 'f01', partner_org_id: 'org-acme' },
      { finding_id: 'f03', partner_org_id: 'org-globex' },
    ];
    const facts = { risk: riskRow(40, overrideFindings), drivers: [inherent('COUNTRY', 3, 40)] };
    expect(viewSupplierRisk(facts, { subject: 'a', role: 'ANALYST' }).overrideFindingIds).toEqual(['f01', 'f03']);
    expect(viewSupplierRisk(facts, { subject: 'p', role: 'PARTNER', orgId: 'org-acme' }).overrideFindingIds).toEqual([
      'f01',
    ]);
    expect(viewSupplierRisk(facts, { subject: 'p', role: 'PARTNER', orgId: 'org-initech' }).overrideFindingIds).toEqual(
      [],
    );
    expect(viewSupplierRisk(facts, { subject: 'o', role: 'POLICY' }).overrideFindingIds).toEqual([]);
  });
});
