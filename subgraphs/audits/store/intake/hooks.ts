/**
 * What the intake transaction writes besides the audits, after its inserts and before COMMIT, on its
 * connection: alerts for zero-tolerance findings (store/alerts.ts) and the OS IDs of submitted facilities
 * (store/os-ids.ts). Decided from the validated drafts, so a group with neither (almost every group) costs no
 * extra statement; write.ts only asks `intakeHook(...)` and runs what it returns.
 */
import type { Kysely } from 'kysely';
import type { AuditRecord, DB } from '../../db-types.js';
import { isZeroToleranceFinding, recordZeroToleranceAlerts } from '../alerts.js';
import type { IntakeUnit } from './types.js';
import { attachOsIds } from '../os-ids.js';

export type IntakeHook = (conn: Kysely<DB>, now: string) => Promise<void>;

/** The writes to add for the audits in `written` (new, not replayed), or null when there are none. */
export function intakeHook(units: readonly IntakeUnit[], written: readonly AuditRecord[]): IntakeHook | null {
  const supplierOf = new Map(written.map((a) => [a.audit_id, a.supplier_id]));
  const alerting: string[] = [];
  const osIds: { supplierId: string; osId: string }[] = [];
  for (const unit of units) {
    for (const s of unit.submissions) {
      const supplierId = supplierOf.get(s.prepared.auditId);
      if (supplierId === undefined) continue;
      if (s.draft.findings.some(isZeroToleranceFinding)) alerting.push(s.prepared.auditId);
      const osId = s.draft.supplier?.osId;
      if (osId) osIds.push({ supplierId, osId });
    }
  }
  if (alerting.length === 0 && osIds.length === 0) return null;
  return async (conn, now) => {
    await recordZeroToleranceAlerts(conn, alerting, now);
    await attachOsIds(conn, osIds, now);
  };
}
