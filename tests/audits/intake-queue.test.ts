import { describe, expect, it } from 'vitest';
import type { AuditSubmission } from '../../subgraphs/audits/domain.js';
import { hashRequest } from '../../subgraphs/audits/idempotency.js';
import { submitAudit } from '../../subgraphs/audits/intake.js';
import { newSubmission } from '../../subgraphs/audits/store/intake/rows.js';
import { registerSupplier } from '../../subgraphs/audits/store/suppliers.js';
import { parseAudit, parseSupplier } from '../../subgraphs/audits/validation.js';
import { auditInput, countRows, facility, finding, useTempStore } from './fixtures.js';

/** A submission built without validation, so the database itself can refuse it (a failure planning cannot see). */
function unvalidated(draftOverrides: Record<string, unknown>): AuditSubmission {
  const draft = { ...parseAudit(auditInput()), ...draftOverrides };
  return newSubmission({ draft, partnerOrgId: 'org-acme', idempotencyKey: null, requestHash: hashRequest(draft), path: 'input', keyPath: 'idempotencyKey' });
}

describe('audits store: group commit', () => {
  const store = useTempStore('audits-queue-');

  it('writes concurrent submissions together in fewer transactions than submissions', async () => {
    store.intake.groupSizes.length = 0;
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: i }))));
    expect(new Set(results.map((r) => r.audit.audit_id)).size).toBe(50);
    expect(store.intake.groupSizes.reduce((a, b) => a + b, 0)).toBe(50);
    expect(store.intake.groupSizes.length).toBeLessThan(50);
    expect(Math.max(...store.intake.groupSizes)).toBeGreaterThan(1);
  });

  it('resolves a submission only once its rows are committed and readable', async () => {
    const { audit } = await submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: 99 }));
    const row = await store.db.selectFrom('audits').selectAll().where('audit_id', '=', audit.audit_id).executeTakeFirst();
    expect(row?.workers_interviewed).toBe(99);
  });

  it('fails a rule-breaking submission alone while the rest of its group commits', async () => {
    const before = await countRows(store.db);
    const outcomes = await Promise.allSettled([
      submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: 1 })),
      submitAudit(store.intake, 'org-acme', auditInput({ supplier: null, supplierId: 'missing' })),
      submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: 3 })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await countRows(store.db)).audits).toBe(before.audits + 2);
  });

  it('retries each submission alone when the group transaction fails, so only the bad one fails', async () => {
    const before = await countRows(store.db);
    store.intake.groupSizes.length = 0;
    const outcomes = await Promise.allSettled([
      store.intake.submit({ submissions: [unvalidated({ workersInterviewed: 50_011 })] }),
      store.intake.submit({ submissions: [unvalidated({ auditDate: '2024-02-30' })] }), // DuckDB refuses the date cast
      store.intake.submit({ submissions: [unvalidated({ workersInterviewed: 50_013 })] }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // The three formed one group, which failed; the two good ones then committed one by one.
    expect(store.intake.groupSizes).toEqual([1, 1]);
    const after = await countRows(store.db);
    expect(after.audits).toBe(before.audits + 2);
    expect(after.findings).toBe(before.findings + 4);
    const stored = await store.db.selectFrom('audits').select('workers_interviewed').where('workers_interviewed', 'in', [50_011, 50_013]).execute();
    expect(stored.map((r) => r.workers_interviewed).sort()).toEqual([50_011, 50_013]);
  });

  it('stores text with quotes, backslashes, semicolons and comment markers exactly as sent', async () => {
    const tricky = `O'Brien's yard; DROP TABLE audits; -- \\' \\n "q" $$ é 中 🙂`;
    const { audit } = await submitAudit(
      store.intake,
      "org-o'brien",
      auditInput({ supplier: facility({ name: tricky, address: `${tricky} street` }), findings: [finding({ description: tricky })] }),
      "key-';--'\\",
    );
    const stored = await store.db.selectFrom('findings').select('description').where('audit_id', '=', audit.audit_id).execute();
    expect(stored).toEqual([{ description: tricky }]);
    const supplier = await store.db.selectFrom('suppliers').select('name').where('supplier_id', '=', audit.supplier_id).executeTakeFirstOrThrow();
    expect(supplier.name).toBe(tricky);
    const again = await submitAudit(
      store.intake,
      "org-o'brien",
      auditInput({ supplier: facility({ name: tricky, address: `${tricky} street` }), findings: [finding({ description: tricky })] }),
      "key-';--'\\",
    );
    expect(again).toEqual({ audit, replayed: true });
  });

  it('leaves the connection usable for other statements after a failed group', async () => {
    await expect(store.intake.submit({ submissions: [unvalidated({ auditDate: '2024-13-40' })] })).rejects.toThrow();
    const { audit } = await submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: 4242 }));
    const row = await store.db.selectFrom('audits').select('workers_interviewed').where('audit_id', '=', audit.audit_id).executeTakeFirstOrThrow();
    expect(row.workers_interviewed).toBe(4242);
  });

  it('matches a facility registered outside intake since it last looked, instead of registering it twice', async () => {
    const place = facility({ name: 'Registered Elsewhere Co', address: '1 Side Road' });
    const { supplier } = await registerSupplier(store.db, parseSupplier(place));
    const before = await countRows(store.db);
    const { audit } = await submitAudit(store.intake, 'org-acme', auditInput({ supplier: place }));
    expect(audit.supplier_id).toBe(supplier.supplier_id);
    expect((await countRows(store.db)).suppliers).toBe(before.suppliers);
  });

  it('stops matching a supplier that was removed after intake learned of it', async () => {
    const place = facility({ name: 'Short Lived Ltd', address: '2 Gone Street' });
    const first = await submitAudit(store.intake, 'org-acme', auditInput({ supplier: place }));
    const second = await submitAudit(store.intake, 'org-acme', auditInput({ supplier: place, workersInterviewed: 12 }));
    expect(second.audit.supplier_id).toBe(first.audit.supplier_id);
    await store.db.updateTable('suppliers').set({ is_deleted: true }).where('supplier_id', '=', first.audit.supplier_id).execute();
    const third = await submitAudit(store.intake, 'org-acme', auditInput({ supplier: place, workersInterviewed: 13 }));
    expect(third.audit.supplier_id).not.toBe(first.audit.supplier_id);
    const live = await store.db.selectFrom('suppliers').select('supplier_id').where('name', '=', 'Short Lived Ltd').where('is_deleted', '=', false).execute();
    expect(live).toEqual([{ supplier_id: third.audit.supplier_id }]);
  });

  it('replays a key stored by an earlier group amid a group of new submissions, writing new ones once', async () => {
    const stored = await submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: 31 }), 'mixed-replay');
    const before = await countRows(store.db);
    const results = await Promise.all([
      submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: 32 }), 'mixed-new-1'),
      submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: 31 }), 'mixed-replay'),
      submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: 33 }), 'mixed-new-2'),
    ]);
    expect(results.map((r) => r.replayed)).toEqual([false, true, false]);
    expect(results[1]!.audit).toEqual(stored.audit);
    expect((await countRows(store.db)).audits).toBe(before.audits + 2);
  });

  it('drain() waits for queued submissions', async () => {
    const pending = submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: 77 }));
    await store.intake.drain();
    const row = await store.db.selectFrom('audits').select('audit_id').where('workers_interviewed', '=', 77).executeTakeFirst();
    expect(row).toBeDefined();
    await pending;
  });
});
