/**
 * Corrective-action updates by the partner that owns the audit. The new state is the stored one with the
 * given fields replaced; moving back to OPEN or IN_PROGRESS clears the closed and verified dates; VERIFIED is
 * final. The result must satisfy corrective-action-rules.ts. With an idempotency key, a retry gets the first
 * answer back (even once the action is VERIFIED, when a new update would be refused).
 */
import { sql, type Kysely } from 'kysely';
import { badInput, notFound } from '../../../lib/errors.js';
import { rememberResult, replayOrNull, type IdempotencyClaim } from '../../../lib/idempotency.js';
import { todayUtc } from '../../../lib/scalars.js';
import { lockForTransaction } from '../../../lib/store/transaction-lock.js';
import type { AuditScope } from '../audit-scope.js';
import { findStateViolation, type CorrectiveActionState } from '../corrective-action-rules.js';
import type { CorrectiveActionRow, DB } from '../db-types.js';
import type { CorrectiveActionPatch } from '../validation.js';

function nextState(current: CorrectiveActionState, patch: CorrectiveActionPatch): CorrectiveActionState {
  const status = patch.status ?? current.status;
  const reopened = status === 'OPEN' || status === 'IN_PROGRESS';
  return {
    status,
    dueDate: patch.dueDate ?? current.dueDate,
    closedDate: patch.closedDate ?? (reopened ? null : current.closedDate),
    verifiedDate: patch.verifiedDate ?? (reopened || status === 'CLOSED' ? null : current.verifiedDate),
  };
}

export async function updateCorrectiveAction(
  db: Kysely<DB>,
  id: string,
  patch: CorrectiveActionPatch,
  scope: AuditScope,
  claim: IdempotencyClaim | null = null,
): Promise<CorrectiveActionRow> {
  return db.transaction().execute(async (trx) => {
    // Two updates of one action at once must not both check against the state before either.
    await lockForTransaction(trx, [`corrective_action:${id}`]);
    const earlier = await replayOrNull<CorrectiveActionRow>(trx, claim);
    if (earlier) return earlier;
    let query = trx
      .selectFrom('corrective_actions as ca')
      .innerJoin('findings as f', 'f.finding_id', 'ca.finding_id')
      .innerJoin('audits as a', 'a.audit_id', 'f.audit_id')
      .selectAll('ca')
      .select('a.audit_date')
      .where('ca.corrective_action_id', '=', id)
      .where('ca.is_deleted', '=', false)
      .where('a.is_deleted', '=', false);
    if (scope.kind === 'partner') query = query.where('a.partner_org_id', '=', scope.partnerOrgId);
    const row = await query.executeTakeFirst();
    if (!row) throw notFound('CorrectiveAction', id);
    if (row.status === 'VERIFIED') throw badInput('input.status', 'a VERIFIED corrective action is final and cannot change');
    const current: CorrectiveActionState = {
      status: row.status,
      dueDate: row.due_date,
      closedDate: row.closed_date,
      verifiedDate: row.verified_date,
    };
    const next = nextState(current, patch);
    const violation = findStateViolation(next, row.audit_date, todayUtc());
    if (violation) throw badInput(`input.${violation.field}`, violation.message);
    const updated = await trx
      .updateTable('corrective_actions')
      .set({
        status: next.status,
        due_date: next.dueDate,
        closed_date: next.closedDate,
        verified_date: next.verifiedDate,
        updated_at: new Date().toISOString(),
        change_seq: sql<number>`nextval('change_seq_counter')`,
      })
      .where('corrective_action_id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    // The whole row is the answer: a later update must not change what a retry of this one returns.
    await rememberResult(trx, claim, updated);
    return updated;
  });
}
