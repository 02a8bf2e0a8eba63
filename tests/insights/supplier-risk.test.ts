import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../helpers/graphql.js';
import { publishSnapshot } from './fixtures/marts.js';
import { AS_OF, sampleMarts } from './fixtures/sample-marts.js';
import { startInsights, SUPPLIER_RISK, supplierRefs, type InsightsFixture } from './fixtures/server.js';

let fx: InsightsFixture;

beforeAll(async () => {
  fx = await startInsights();
  await publishSnapshot(fx.dataDir, 'b1', sampleMarts(), { asOf: AS_OF });
  await fx.snapshots.refresh();
});
afterAll(() => fx.stop());

const sum = (values: number[]) => Math.round(values.reduce((t, v) => t + v, 0) * 10) / 10;

describe('insights: Supplier.risk', () => {
  it('gives an analyst every driver with its finding details, summing to the score', async () => {
    const res = await fx.call('ANALYST', SUPPLIER_RISK, { ids: supplierRefs('s1') });
    expect(res.errors).toBeUndefined();
    const risk = res.data._entities[0].risk;
    expect(risk).toMatchObject({ score: 63.6, band: 'HIGH', override: null, inherentPart: 22.9, evidencePart: 40.7, methodologyVersion: 'risk-v1', asOf: AS_OF });
    expect(risk.drivers.map((d: any) => [d.kind, d.contribution, d.findingId])).toEqual([
      ['FINDING', 20, 'f1'],
      ['FINDING', 15.5, 'f2'],
      ['SECTOR', 13.1, null],
      ['COUNTRY', 9.8, null],
      ['FINDING', 5.2, 'f3'],
    ]);
    expect(risk.drivers[0]).toMatchObject({ iloIndicator: 'DEBT_BONDAGE', severity: 'S3', auditDate: '2019-07-10' });
    expect(sum(risk.drivers.map((d: any) => d.contribution))).toBe(risk.score);
  });

  it("shows a partner its own findings and merges other partners' into one driver without details", async () => {
    const res = await fx.call('PARTNER_ACME', SUPPLIER_RISK, { ids: supplierRefs('s1') });
    expect(res.errors).toBeUndefined();
    const drivers = res.data._entities[0].risk.drivers;
    expect(drivers.map((d: any) => [d.kind, d.contribution, d.findingId])).toEqual([
      ['OTHER_PARTNERS_EVIDENCE', 20.7, null],
      ['FINDING', 20, 'f1'],
      ['SECTOR', 13.1, null],
      ['COUNTRY', 9.8, null],
    ]);
    const other = drivers[0];
    expect(other).toMatchObject({ iloIndicator: null, severity: null, auditDate: null });
    expect(JSON.stringify(res.data)).not.toMatch(/f2|f3|WITHHOLDING|EXCESSIVE|2019-08-15/);
    expect(sum(drivers.map((d: any) => d.contribution))).toBe(63.6);
  });

  it('answers null to a partner for suppliers it has not audited, exactly as for suppliers that do not exist', async () => {
    const res = await fx.call('PARTNER_ACME', SUPPLIER_RISK, { ids: supplierRefs('s6', 's4', 'no-such-supplier', 's5') });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities.map((e: any) => [e.id, e.risk?.score ?? null])).toEqual([
      ['s6', null],
      ['s4', null],
      ['no-such-supplier', null],
      ['s5', 46],
    ]);
  });

  it('gives a policy officer the score with all findings as one AUDIT_EVIDENCE driver', async () => {
    const res = await fx.call('POLICY', SUPPLIER_RISK, { ids: supplierRefs('s1', 's3') });
    expect(res.errors).toBeUndefined();
    const [s1, s3] = res.data._entities.map((e: any) => e.risk);
    expect(s1.drivers.map((d: any) => [d.kind, d.contribution])).toEqual([
      ['AUDIT_EVIDENCE', 40.7],
      ['SECTOR', 13.1],
      ['COUNTRY', 9.8],
    ]);
    expect(s1.drivers.every((d: any) => d.findingId === null && d.iloIndicator === null)).toBe(true);
    expect(s3).toMatchObject({ score: 78.5, band: 'SEVERE', override: 'S4_UNVERIFIED_WITHIN_365D' });
  });

  it('refuses Supplier.risk to agencies and the warehouse service', async () => {
    for (const caller of ['AGENCY', 'WAREHOUSE'] as const) {
      const res = await fx.call(caller, SUPPLIER_RISK, { ids: supplierRefs('s1') });
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
  });

  it('rejects an asOf after the build date with BAD_USER_INPUT naming asOf', async () => {
    const res = await fx.call('ANALYST', SUPPLIER_RISK, { ids: supplierRefs('s1'), asOf: '2020-01-01' });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/^asOf: must be on or before 2019-12-31/);
  });

  it('batches a page of suppliers into one answer per supplier', async () => {
    const ids = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11'];
    const res = await fx.call('ANALYST', SUPPLIER_RISK, { ids: supplierRefs(...ids) });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities.map((e: any) => e.risk.score)).toEqual([63.6, 28.7, 78.5, 34.3, 46, 24, 51, 22.5, 22, 29.3, 60]);
    expect(res.data._entities[7].risk.drivers[0]).toMatchObject({ kind: 'COUNTRY_DATA_MISSING', contribution: 15 });
  });
});
