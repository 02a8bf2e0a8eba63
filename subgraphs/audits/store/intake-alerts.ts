/**
 * The intake transaction's one call into the alert outbox (store/alerts.ts): which of the audits a group
 * writes bring a zero-tolerance finding, decided from the validated drafts so that a group without one (almost
 * every group) costs no extra statement.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../db-types.js';
import { isZeroToleranceFinding, recordZeroToleranceAlerts } from './alerts.js';
import type { IntakeUnit } from './intake-types.js';

/** Ids of the audits in `written` (new, not replayed) with at least one S4 finding that carries an ILO indicator. */
export function zeroToleranceAuditIds(units: readonly IntakeUnit[], written: readonly { audit_id: string }[]): string[] {
  const writtenIds = new Set(written.map((a) => a.audit_id));
  const ids: string[] = [];
  for (const unit of units) {
    for (const s of unit.submissions) {
      if (writtenIds.has(s.prepared.auditId) && s.draft.findings.some(isZeroToleranceFinding)) ids.push(s.prepared.auditId);
    }
  }
  return ids;
}

/** Runs inside the open intake transaction on its connection, after the inserts and before COMMIT. */
export async function recordIntakeAlerts(conn: Kysely<DB>, auditIds: readonly string[], now: string): Promise<void> {
  await recordZeroToleranceAlerts(conn, auditIds, now);
}
