import { describe, expect, it } from 'vitest';
import { submitAudit, submitAudits } from '../../subgraphs/audits/intake.js';
import { auditInput, countRows, useTempStore } from './fixtures.js';

describe('audits store: idempotency keys', () => {
  const store = useTempStore('audits-idem-');

  it('returns the first audit for the same key and body and writes nothing new', async () => {
    const first = await submitAudit(store.intake, 'org-acme', auditInput(), 'key-1');
    const before = await countRows(store.db);
    const again = await submitAudit(store.intake, 'org-acme', auditInput(), 'key-1');
    expect(again).toEqual({ audit: first.audit, replayed: true });
    expect(await countRows(store.db)).toEqual(before);
  });

  it('treats null and absent fields and key order as the same body', async () => {
    const first = await submitAudit(store.intake, 'org-acme', auditInput({ supplierId: null }), 'key-2');
    const { supplier, ...rest } = auditInput();
    const again = await submitAudit(store.intake, 'org-acme', { ...rest, supplier }, 'key-2');
    expect(again.audit.audit_id).toBe(first.audit.audit_id);
  });

  it('refuses the same key with another body as IDEMPOTENCY_KEY_REUSED, writing nothing', async () => {
    await submitAudit(store.intake, 'org-acme', auditInput(), 'key-3');
    const before = await countRows(store.db);
    await expect(
      submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: 41 }), 'key-3'),
    ).rejects.toMatchObject({
      extensions: { code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' },
    });
    expect(await countRows(store.db)).toEqual(before);
  });

  it('scopes keys to the partner organisation', async () => {
    const acme = await submitAudit(store.intake, 'org-acme', auditInput(), 'shared-key');
    const globex = await submitAudit(store.intake, 'org-globex', auditInput({ workersInterviewed: 7 }), 'shared-key');
    expect(globex.replayed).toBe(false);
    expect(globex.audit.audit_id).not.toBe(acme.audit.audit_id);
    expect(globex.audit.partner_org_id).toBe('org-globex');
  });

  it('writes one audit for 30 concurrent duplicates, all answered with it', async () => {
    const before = await countRows(store.db);
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        submitAudit(store.intake, 'org-acme', auditInput({ auditDate: '2024-04-01' }), 'concurrent-key'),
      ),
    );
    const ids = new Set(results.map((r) => r.audit.audit_id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await countRows(store.db)).toMatchObject({
      audits: before.audits + 1,
      idempotency_keys: before.idempotency_keys + 1,
    });
  });

  it('fails only the concurrent duplicates whose body differs', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        submitAudit(store.intake, 'org-acme', auditInput({ workersInterviewed: i % 2 === 0 ? 5 : 6 }), 'racing-key'),
      ),
    );
    const won = outcomes.find((o) => o.status === 'fulfilled' && !o.value.replayed);
    expect(won).toBeDefined();
    const winner = (won as PromiseFulfilledResult<Awaited<ReturnType<typeof submitAudit>>>).value.audit;
    for (const [i, o] of outcomes.entries()) {
      const sameBody = (i % 2 === 0 ? 5 : 6) === winner.workers_interviewed;
      if (sameBody) expect(o).toMatchObject({ status: 'fulfilled', value: { audit: { audit_id: winner.audit_id } } });
      else expect(o).toMatchObject({ status: 'rejected', reason: { extensions: { code: 'IDEMPOTENCY_KEY_REUSED' } } });
    }
  });

  it('applies keys per item inside a batch, including a key repeated in the same batch', async () => {
    const stored = await submitAudit(store.intake, 'org-acme', auditInput({ auditDate: '2024-05-01' }), 'batch-a');
    const results = await submitAudits(store.intake, 'org-acme', [
      { input: auditInput({ auditDate: '2024-05-01' }), idempotencyKey: 'batch-a' },
      { input: auditInput({ auditDate: '2024-05-02' }), idempotencyKey: 'batch-b' },
      { input: auditInput({ auditDate: '2024-05-02' }), idempotencyKey: 'batch-b' },
      { input: auditInput({ auditDate: '2024-05-03' }) },
    ]);
    expect(results.map((r) => r.replayed)).toEqual([true, false, true, false]);
    expect(results[0]!.audit.audit_id).toBe(stored.audit.audit_id);
    expect(results[2]!.audit.audit_id).toBe(results[1]!.audit.audit_id);
  });

  it('fails the whole batch when one item reuses a key with another body', async () => {
    await submitAudit(store.intake, 'org-acme', auditInput({ auditDate: '2024-06-01' }), 'batch-c');
    const before = await countRows(store.db);
    await expect(
      submitAudits(store.intake, 'org-acme', [
        { input: auditInput({ auditDate: '2024-06-02' }), idempotencyKey: 'batch-d' },
        { input: auditInput({ auditDate: '2024-06-03' }), idempotencyKey: 'batch-c' },
      ]),
    ).rejects.toMatchObject({ extensions: { code: 'IDEMPOTENCY_KEY_REUSED', field: 'inputs[1].idempotencyKey' } });
    expect(await countRows(store.db)).toEqual(before);
    // The failed batch claimed nothing: batch-d is still free.
    const fresh = await submitAudit(store.intake, 'org-acme', auditInput({ auditDate: '2024-06-09' }), 'batch-d');
    expect(fresh.replayed).toBe(false);
  });
});
