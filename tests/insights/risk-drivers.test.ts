import { describe, expect, it } from 'vitest';
import { condenseDrivers, LISTED_FINDINGS, type DriverRow } from '../../subgraphs/insights/risk-drivers.js';
import type { SupplierRiskRow } from '../../subgraphs/insights/db-types.js';
import { viewSupplierRisk } from '../../subgraphs/insights/risk-view.js';

const finding = (i: number, partner: string, contribution: number): DriverRow => ({
  supplier_id: 's', driver_kind: 'FINDING', finding_id: `f${String(i).padStart(2, '0')}`, audit_id: `a${i}`, partner_org_id: partner,
  ilo_indicator: 'DEBT_BONDAGE', severity: 'S2', points: null, contribution,
});

// 30 findings: f00..f29 worth 3.0, 2.9, ... 0.1 (alternating partners), two rounding to 0, and two inherent drivers.
const rows: DriverRow[] = [
  { supplier_id: 's', driver_kind: 'COUNTRY', finding_id: null, audit_id: null, partner_org_id: null, ilo_indicator: null, severity: null, points: 3, contribution: 10 },
  { supplier_id: 's', driver_kind: 'SECTOR', finding_id: null, audit_id: null, partner_org_id: null, ilo_indicator: null, severity: null, points: 4, contribution: 12.5 },
  ...Array.from({ length: 30 }, (_, i) => finding(i, i % 2 === 0 ? 'org-acme' : 'org-globex', Math.round((3 - i / 10) * 10) / 10)),
  finding(98, 'org-acme', 0),
  finding(99, 'org-globex', 0),
];
const score = Math.round(rows.reduce((t, r) => t + r.contribution, 0) * 10) / 10;
const risk = { score, band: 'MEDIUM', override: null, confidence: 0.5, inherent: 7, evidence: 0.3, methodology_version: 'risk-v1', as_of: '2019-12-31', country_code: 'TH', sector: 'FISHING' } as SupplierRiskRow;

describe('insights: condensed risk drivers', () => {
  it('lists the 20 largest findings and sums the rest per partner, dropping findings worth 0 points', () => {
    const drivers = condenseDrivers(rows);
    expect(drivers.filter((d) => d.driver_kind === 'FINDING').map((d) => d.finding_id)).toEqual(
      Array.from({ length: LISTED_FINDINGS }, (_, i) => `f${String(i).padStart(2, '0')}`),
    );
    expect(drivers.filter((d) => d.driver_kind === 'MINOR_FINDINGS').map((d) => [d.partner_org_id, d.contribution, d.findings])).toEqual([
      ['org-acme', 3, 5], // f20, f22, ... f28: 1.0 + 0.8 + 0.6 + 0.4 + 0.2
      ['org-globex', 2.5, 5], // f21, f23, ... f29: 0.9 + 0.7 + 0.5 + 0.3 + 0.1
    ]);
    expect(Math.round(drivers.reduce((t, d) => t + d.contribution, 0) * 10) / 10).toBe(score);
  });

  it("shows an analyst one MINOR_FINDINGS driver, and a partner only its own smaller findings beside other partners' aggregate", () => {
    const facts = { risk, drivers: condenseDrivers(rows) };
    const analyst = viewSupplierRisk(facts, { subject: 'a', role: 'ANALYST' });
    expect(analyst.drivers.filter((d) => d.kind === 'MINOR_FINDINGS')).toEqual([
      expect.objectContaining({ label: '10 smaller findings, summed', contribution: 5.5, findingId: null }),
    ]);
    const acme = viewSupplierRisk(facts, { subject: 'p', role: 'PARTNER', orgId: 'org-acme' });
    expect(acme.drivers.find((d) => d.kind === 'MINOR_FINDINGS')).toMatchObject({ label: '5 smaller findings, summed', contribution: 3 });
    expect(acme.drivers.filter((d) => d.kind === 'FINDING').every((d) => Number(d.findingId!.slice(1)) % 2 === 0)).toBe(true);
    const other = acme.drivers.filter((d) => d.kind === 'OTHER_PARTNERS_EVIDENCE');
    expect(other).toHaveLength(1);
    expect(Math.round(acme.drivers.reduce((t, d) => t + d.contribution, 0) * 10) / 10).toBe(score);
    expect(acme.evidencePart + acme.inherentPart).toBeCloseTo(score, 9);
  });
});
