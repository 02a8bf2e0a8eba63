import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditScope } from '../../subgraphs/audits/audit-scope.js';
import { submitAudit } from '../../subgraphs/audits/intake.js';
import { idempotencyClaim } from '../../lib/idempotency.js';
import { todayUtc } from '../../lib/scalars.js';
import { updateCorrectiveAction } from '../../subgraphs/audits/store/corrective-actions.js';
import { correctiveActionPatchSchema } from '../../subgraphs/audits/validation.js';
import { makeTempDir } from '../helpers/tmp.js';
import { auditInput, openStore } from './fixtures.js';

const ACME: AuditScope = { kind: 'partner', partnerOrgId: 'org-acme' };
const patch = (p: Record<string, unknown>) => correctiveActionPatchSchema.parse(p);

describe('audits store: corrective action updates', () => {
  const tmp = makeTempDir('audits-cap-');
  let store: Awaited<ReturnType<typeof openStore>>;
  beforeAll(async () => {
    store = await openStore(tmp.dir);
  });
  afterAll(async () => {
    await store.close();
    tmp.remove();
  });

  async function newAction(): Promise<string> {
    const { audit } = await submitAudit(store.intake, 'org-acme', auditInput({ auditDate: '2024-03-01' }));
    const row = await store.db
      .selectFrom('corrective_actions as ca')
      .innerJoin('findings as f', 'f.finding_id', 'ca.finding_id')
      .select('ca.corrective_action_id')
      .where('f.audit_id', '=', audit.audit_id)
      .executeTakeFirstOrThrow();
    return row.corrective_action_id;
  }

  it('moves OPEN → IN_PROGRESS → CLOSED → VERIFIED and bumps change_seq each time', async () => {
    const id = await newAction();
    const a = await updateCorrectiveAction(store.db, id, patch({ status: 'IN_PROGRESS' }), ACME);
    const b = await updateCorrectiveAction(store.db, id, patch({ status: 'CLOSED', closedDate: '2024-04-01' }), ACME);
    const c = await updateCorrectiveAction(store.db, id, patch({ status: 'VERIFIED', verifiedDate: '2024-04-15' }), ACME);
    expect(c).toMatchObject({ status: 'VERIFIED', closed_date: '2024-04-01', verified_date: '2024-04-15' });
    expect(b.change_seq).toBeGreaterThan(a.change_seq);
    expect(c.change_seq).toBeGreaterThan(b.change_seq);
  });

  it('refuses VERIFIED without a verified date, and any change after VERIFIED', async () => {
    const id = await newAction();
    await expect(updateCorrectiveAction(store.db, id, patch({ status: 'VERIFIED' }), ACME)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.verifiedDate' },
    });
    await updateCorrectiveAction(store.db, id, patch({ status: 'VERIFIED', verifiedDate: '2024-05-01' }), ACME);
    await expect(updateCorrectiveAction(store.db, id, patch({ status: 'OPEN' }), ACME)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.status' },
    });
  });

  it('replays the answer to a reused idempotency key (also once VERIFIED), refuses it for a new change', async () => {
    const id = await newAction();
    const identity = { role: 'PARTNER' as const, subject: 'alice@acme', orgId: 'org-acme' };
    const input = { status: 'VERIFIED', verifiedDate: '2024-05-01', closedDate: '2024-04-20' };
    const claim = (args: object) => idempotencyClaim(identity, 'updateCorrectiveAction', 'cap-1', { id, input: args });
    const first = await updateCorrectiveAction(store.db, id, patch(input), ACME, claim(input));
    const retry = await updateCorrectiveAction(store.db, id, patch(input), ACME, claim(input));
    expect(retry).toEqual(first);
    const other = { status: 'OPEN' };
    await expect(updateCorrectiveAction(store.db, id, patch(other), ACME, claim(other))).rejects.toMatchObject({
      extensions: { code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' },
    });
  });

  it('refuses closed or verified dates in the future or before the audit date', async () => {
    const id = await newAction();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await expect(updateCorrectiveAction(store.db, id, patch({ status: 'CLOSED', closedDate: tomorrow }), ACME)).rejects.toMatchObject({
      extensions: { field: 'input.closedDate' },
    });
    await expect(updateCorrectiveAction(store.db, id, patch({ status: 'CLOSED', closedDate: '2024-02-28' }), ACME)).rejects.toMatchObject({
      extensions: { field: 'input.closedDate' },
    });
    await expect(updateCorrectiveAction(store.db, id, patch({ dueDate: '2024-01-01' }), ACME)).rejects.toMatchObject({
      extensions: { field: 'input.dueDate' },
    });
    await expect(
      updateCorrectiveAction(store.db, id, patch({ status: 'VERIFIED', closedDate: '2024-04-10', verifiedDate: '2024-04-01' }), ACME),
    ).rejects.toMatchObject({ extensions: { field: 'input.verifiedDate' } });
    const today = todayUtc();
    expect(await updateCorrectiveAction(store.db, id, patch({ status: 'CLOSED', closedDate: today }), ACME)).toMatchObject({ closed_date: today });
  });

  it('clears the closed date when an action is reopened, and refuses a closed date on an open action', async () => {
    const id = await newAction();
    await updateCorrectiveAction(store.db, id, patch({ status: 'CLOSED', closedDate: '2024-04-01' }), ACME);
    expect(await updateCorrectiveAction(store.db, id, patch({ status: 'IN_PROGRESS' }), ACME)).toMatchObject({ status: 'IN_PROGRESS', closed_date: null });
    await expect(updateCorrectiveAction(store.db, id, patch({ closedDate: '2024-04-02' }), ACME)).rejects.toMatchObject({
      extensions: { field: 'input.closedDate' },
    });
  });

  it("answers another partner's action exactly like a missing one", async () => {
    const id = await newAction();
    const other = updateCorrectiveAction(store.db, id, patch({ status: 'IN_PROGRESS' }), { kind: 'partner', partnerOrgId: 'org-globex' });
    await expect(other).rejects.toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: `CorrectiveAction ${id} does not exist or is not visible to you` });
    await expect(updateCorrectiveAction(store.db, 'missing', patch({ status: 'IN_PROGRESS' }), ACME)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: 'CorrectiveAction missing does not exist or is not visible to you',
    });
  });

  it('refuses an empty change', () => {
    expect(correctiveActionPatchSchema.safeParse({}).success).toBe(false);
  });
});
