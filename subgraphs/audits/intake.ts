/**
 * From mutation arguments to queued intake units: validate everything first (BAD_USER_INPUT naming the
 * field), hash each body for its idempotency key, take the submitting partner from the token, and derive
 * the rows to write (store/intake/rows.ts) before the submission joins a group commit.
 */
import { badInput } from '../../lib/errors.js';
import type { AuditSubmission } from './domain.js';
import { hashRequest } from './idempotency.js';
import type { SubmissionResult } from './store/intake/types.js';
import type { IntakeQueue } from './store/intake/queue.js';
import { newSubmission } from './store/intake/rows.js';
import { preferOsIdMatches } from './store/intake/os-id-matching.js';
import { MAX_BATCH, parseAudit, parseIdempotencyKey } from './validation.js';

function toSubmission(
  partnerOrgId: string,
  input: unknown,
  key: string | null | undefined,
  path: string,
  keyPath: string,
): AuditSubmission {
  return newSubmission({
    draft: parseAudit(input, path),
    partnerOrgId,
    idempotencyKey: parseIdempotencyKey(key, keyPath),
    requestHash: hashRequest(input),
    path,
    keyPath,
  });
}

/**
 * OS IDs matched first (store/intake/os-id-matching.ts). Without one, the submissions go on in the same tick:
 * a caller that queues and then drains (shutdown) finds them queued.
 */
function withOsIdMatches(
  queue: IntakeQueue,
  submissions: AuditSubmission[],
): AuditSubmission[] | Promise<AuditSubmission[]> {
  return submissions.some((s) => s.draft.supplier?.osId) ? preferOsIdMatches(queue.db, submissions) : submissions;
}

export async function submitAudit(
  queue: IntakeQueue,
  partnerOrgId: string,
  input: unknown,
  idempotencyKey?: string | null,
): Promise<SubmissionResult> {
  const submission = toSubmission(partnerOrgId, input, idempotencyKey, 'input', 'idempotencyKey');
  const ready = withOsIdMatches(queue, [submission]);
  const [result] = await queue.submit({ submissions: Array.isArray(ready) ? ready : await ready });
  return result!;
}

export async function submitAudits(
  queue: IntakeQueue,
  partnerOrgId: string,
  items: readonly { input: unknown; idempotencyKey?: string | null }[],
): Promise<SubmissionResult[]> {
  if (items.length === 0 || items.length > MAX_BATCH)
    throw badInput('inputs', `must hold 1..${MAX_BATCH} audits, got ${items.length}`);
  const submissions = items.map((item, i) =>
    toSubmission(partnerOrgId, item.input, item.idempotencyKey, `inputs[${i}].input`, `inputs[${i}].idempotencyKey`),
  );
  const ready = withOsIdMatches(queue, submissions);
  return queue.submit({ submissions: Array.isArray(ready) ? ready : await ready });
}
