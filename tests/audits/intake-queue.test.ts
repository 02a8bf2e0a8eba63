import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditSubmission } from '../../subgraphs/audits/domain.js';
import { hashRequest } from '../../subgraphs/audits/idempotency.js';
import { submitAudit } from '../../subgraphs/audits/intake.js';
import { parseAudit } from '../../subgraphs/audits/validation.js';
import { makeTempDir } from '../helpers/tmp.js';
import { auditInput, countRows, openStore } from './fixtures.js';

/** A submission built without validation, so the database itself can refuse it (a failure planning cannot see). */
function unvalidated(draftOverrides: Record<string, unknown>): AuditSubmission {
  const draft = { ...parseAudit(auditInput()), ...draftOverrides };
  return { draft, partnerOrgId: 'org-acme', idempotencyKey: null, requestHash: hashRequest(draft), path: 'input', keyPath: 'idempotencyKey' };
}

describe('audits store: group commit', () => {
  const tmp = makeTempDir('audits-queue-');
  let store: Awaited<ReturnType<typeof openStore>>;
  beforeAll(async () => {
    store = await openStore(tmp.dir);
  });
  afterAll(async () => {
    await store.close();
    tmp.remove();
  });

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

  it('drain() waits for queued submissions', async () => {
    const pending = submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: 77 }));
    await store.intake.drain();
    const row = await store.db.selectFrom('audits').select('audit_id').where('workers_interviewed', '=', 77).executeTakeFirst();
    expect(row).toBeDefined();
    await pending;
  });
});
