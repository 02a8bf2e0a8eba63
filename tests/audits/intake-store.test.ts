import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { submitAudit, submitAudits } from '../../subgraphs/audits/intake.js';
import { registerSupplier } from '../../subgraphs/audits/store/suppliers.js';
import { parseSupplier } from '../../subgraphs/audits/validation.js';
import { auditInput, countRows, facility, finding, useTempStore } from './fixtures.js';

describe('audits store: intake on DuckDB', () => {
  const store = useTempStore('audits-intake-');

  it('writes the audit, its findings and corrective actions, and registers the facility', async () => {
    const before = await countRows(store.db);
    const { audit, replayed } = await submitAudit(store.intake, 'org-acme', auditInput());
    expect(replayed).toBe(false);
    expect(audit).toMatchObject({
      partner_org_id: 'org-acme',
      scheme: 'SMETA',
      audit_type: 'INITIAL',
      audit_date: '2024-03-01',
      workers_interviewed: 40,
    });
    expect(await countRows(store.db)).toEqual({
      ...before,
      suppliers: before.suppliers + 1,
      audits: before.audits + 1,
      findings: before.findings + 2,
      corrective_actions: before.corrective_actions + 1,
    });
    const findings = await store.db
      .selectFrom('findings')
      .selectAll()
      .where('audit_id', '=', audit.audit_id)
      .orderBy('change_seq')
      .execute();
    expect(findings.map((f) => [f.ilo_indicator, f.severity])).toEqual([
      ['EXCESSIVE_OVERTIME', 'S3'],
      ['DEBT_BONDAGE', 'S0'],
    ]);
    const ca = await store.db
      .selectFrom('corrective_actions')
      .selectAll()
      .where('finding_id', '=', findings[0]!.finding_id)
      .executeTakeFirstOrThrow();
    expect(ca).toMatchObject({ status: 'OPEN', due_date: '2024-06-30', closed_date: null, verified_date: null });
    const supplier = await store.db
      .selectFrom('suppliers')
      .selectAll()
      .where('supplier_id', '=', audit.supplier_id)
      .executeTakeFirstOrThrow();
    expect(supplier).toMatchObject({
      name: 'PT. Ungaran Indah Busana',
      country_code: 'ID',
      goods: ['Garments'],
      migrant_worker_share: 0.1,
    });
  });

  it('gives every written row a distinct, increasing change_seq', async () => {
    const { rows } = await sql<{ n: number; d: number }>`
      SELECT count(*) AS n, count(DISTINCT change_seq) AS d FROM (
        SELECT change_seq FROM suppliers UNION ALL SELECT change_seq FROM audits
        UNION ALL SELECT change_seq FROM findings UNION ALL SELECT change_seq FROM corrective_actions)`.execute(
      store.db,
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
    expect(rows[0]!.d).toBe(rows[0]!.n);
  });

  it('matches the facility of a later audit written differently to the same supplier', async () => {
    const first = await submitAudit(store.intake, 'org-acme', auditInput());
    const second = await submitAudit(
      store.intake,
      'org-globex',
      auditInput({ supplier: facility({ name: 'Ungaran Indah Busana PT', address: 'JL DIPONEGORO NO 235 UNGARAN' }) }),
    );
    expect(second.audit.supplier_id).toBe(first.audit.supplier_id);
  });

  it('accepts an existing supplier id and refuses an unknown one naming the field', async () => {
    const { supplier } = await registerSupplier(
      store.db,
      parseSupplier(facility({ name: 'Kilang Sawit Sdn Bhd', countryCode: 'MY', address: 'Lot 5, Klang' })),
    );
    const ok = await submitAudit(
      store.intake,
      'org-acme',
      auditInput({ supplier: null, supplierId: supplier.supplier_id }),
    );
    expect(ok.audit.supplier_id).toBe(supplier.supplier_id);
    const before = await countRows(store.db);
    await expect(
      submitAudit(store.intake, 'org-acme', auditInput({ supplier: null, supplierId: 'no-such-supplier' })),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.supplierId' },
    });
    expect(await countRows(store.db)).toEqual(before);
  });

  it('registerSupplier returns the existing supplier for a matching facility', async () => {
    const a = await registerSupplier(
      store.db,
      parseSupplier(
        facility({ name: 'Thai Union Frozen Products PCL', countryCode: 'TH', address: '72/1 Moo 7, Samut Sakhon' }),
      ),
    );
    const b = await registerSupplier(
      store.db,
      parseSupplier(
        facility({ name: 'thai union frozen products pcl.', countryCode: 'th', address: '72/1 Moo 7 Samut Sakhon' }),
      ),
    );
    expect(a.matchedExisting).toBe(false);
    expect(b).toMatchObject({ matchedExisting: true, supplier: { supplier_id: a.supplier.supplier_id } });
  });

  it('writes a batch in input order, creating a new facility once', async () => {
    const before = await countRows(store.db);
    const shrimp = facility({
      name: 'Samut Shrimp Peeling',
      address: '9 Soi 3, Mahachai',
      countryCode: 'TH',
      sector: 'SEAFOOD_PROCESSING',
    });
    const results = await submitAudits(store.intake, 'org-acme', [
      { input: auditInput({ supplier: shrimp, auditDate: '2024-01-10' }) },
      {
        input: auditInput({ supplier: { ...shrimp, name: 'SAMUT SHRIMP PEELING CO., LTD.' }, auditDate: '2024-02-10' }),
      },
      { input: auditInput({ auditDate: '2024-03-10', findings: [finding()] }) },
    ]);
    expect(results.map((r) => r.audit.audit_date)).toEqual(['2024-01-10', '2024-02-10', '2024-03-10']);
    expect(results[0]!.audit.supplier_id).toBe(results[1]!.audit.supplier_id);
    expect(await countRows(store.db)).toMatchObject({
      suppliers: before.suppliers + 1,
      audits: before.audits + 3,
      findings: before.findings + 5,
    });
  });

  it('writes nothing of a batch when one item refers to an unknown supplier', async () => {
    const before = await countRows(store.db);
    const batch = [
      { input: auditInput({ supplier: facility({ name: 'Brand New Facility', address: '1 New Road' }) }) },
      { input: auditInput({ supplier: null, supplierId: 'missing' }), idempotencyKey: 'batch-key-1' },
    ];
    await expect(submitAudits(store.intake, 'org-acme', batch)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'inputs[1].input.supplierId' },
    });
    expect(await countRows(store.db)).toEqual(before);
  });

  it('validates every item of a batch before writing any', async () => {
    const before = await countRows(store.db);
    const batch = [{ input: auditInput() }, { input: auditInput({ workersInterviewed: -1 }) }];
    await expect(submitAudits(store.intake, 'org-acme', batch)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'inputs[1].input.workersInterviewed' },
    });
    await expect(submitAudits(store.intake, 'org-acme', [])).rejects.toMatchObject({ extensions: { field: 'inputs' } });
    expect(await countRows(store.db)).toEqual(before);
  });
});
