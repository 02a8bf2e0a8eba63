import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/duckdb/database.js';
import { condenseDrivers, finishCondensedDrivers, LISTED_FINDINGS, type DriverRow } from '../../subgraphs/insights/risk-drivers.js';
import { parseModelFile } from '../../warehouse/models/model-file.js';
import { MODELS_DIR } from '../../warehouse/models/model-graph.js';
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

describe("insights: the warehouse's condensed drivers (mart_supplier_risk_drivers_condensed)", () => {
  // Ties across the 20th place, ids that sort differently by byte and by locale, a finding of another partner.
  const tied = (id: string, partner: string, contribution: number): DriverRow => ({ ...finding(0, partner, contribution), finding_id: id, audit_id: `a-${id}` });
  const input: DriverRow[] = [
    ...rows.slice(0, 2),
    ...Array.from({ length: 17 }, (_, i) => finding(i, i % 2 === 0 ? 'org-acme' : 'org-globex', 3 - i / 10)).map((r) => ({ ...r, contribution: Math.round(r.contribution * 10) / 10 })),
    ...['f_17', 'F-18', 'f-19', 'f19', 'F_20', 'f20', 'f-21'].map((id, i) => tied(id, i % 3 === 0 ? 'org-initech' : 'org-acme', 0.5)),
    finding(40, 'org-globex', 0.2),
    finding(41, 'org-acme', 0.1),
    finding(42, 'org-acme', 0),
  ];

  it('gives the same drivers as condensing every row, and dates the listed findings', async () => {
    const database = await openDatabase<any>(':memory:');
    try {
      await sql.raw(`CREATE TABLE mart_supplier_risk_drivers (supplier_id VARCHAR, driver_kind VARCHAR, finding_id VARCHAR, audit_id VARCHAR,
        partner_org_id VARCHAR, ilo_indicator VARCHAR, severity VARCHAR, points INTEGER, contribution DOUBLE)`).execute(database.db);
      await sql.raw('CREATE TABLE mart_audit_facts (audit_id VARCHAR, audit_date DATE)').execute(database.db);
      await database.db.insertInto('mart_supplier_risk_drivers').values(input).execute();
      await database.db.insertInto('mart_audit_facts').values(input.filter((r) => r.audit_id).map((r) => ({ audit_id: r.audit_id, audit_date: '2019-05-01' }))).execute();
      const model = parseModelFile(join(MODELS_DIR, 'marts', 'mart_supplier_risk_drivers_condensed.sql'), 'marts');
      const { rows: condensed } = await sql.raw<any>(model.sql).execute(database.db);
      expect(condensed.length).toBeLessThan(input.length);
      const expected = condenseDrivers(input).map((d) => ({ ...d, audit_date: d.driver_kind === 'FINDING' ? '2019-05-01' : null }));
      expect(finishCondensedDrivers(condensed)).toEqual(expected);
      expect(expected.filter((d) => d.driver_kind === 'FINDING')).toHaveLength(LISTED_FINDINGS);
      // Beyond the 20: four of the seven tied findings, and the findings worth 0.2 and 0.1.
      const minor = expected.filter((d) => d.driver_kind === 'MINOR_FINDINGS');
      expect(minor.map((d) => d.partner_org_id)).toEqual(['org-acme', 'org-globex', 'org-initech']);
      expect(minor.reduce((n, d) => n + d.findings, 0)).toBe(6);
    } finally {
      await database.close();
    }
  });
});
