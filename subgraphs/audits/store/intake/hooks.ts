/**
 * What the intake transaction writes besides the audits, after its inserts and before COMMIT: alerts for
 * zero-tolerance findings (../alerts.ts) and the OS IDs of submitted facilities (../os-ids.ts). Decided from the
 * validated drafts and returned as SQL text, so write.ts sends them in the same single call as the inserts
 * (no extra round trip while the group holds the connection); a group with neither adds nothing.
 */
import type { AuditRecord } from '../../db-types.js';
import { zeroToleranceAlertRowsSql, type ZeroToleranceAlertRow } from '../alerts.js';
import { attachOsIdsSql } from '../os-ids.js';
import type { IntakeUnit } from './types.js';

/** The statements to add for the audits in `written` (new, not replayed); empty when there are none. */
export function intakeHookStatements(
  units: readonly IntakeUnit[],
  written: readonly AuditRecord[],
  now: string,
): string[] {
  const writtenById = new Map(written.map((a) => [a.audit_id, a]));
  const alerting: ZeroToleranceAlertRow[] = [];
  const osIds: { supplierId: string; osId: string }[] = [];
  for (const unit of units) {
    for (const s of unit.submissions) {
      const audit = writtenById.get(s.prepared.auditId);
      if (audit === undefined) continue;
      const supplierId = audit.supplier_id;
      for (const f of s.prepared.zeroToleranceFindings) {
        alerting.push({ partnerOrgId: audit.partner_org_id, supplierId, auditId: audit.audit_id, ...f });
      }
      const osId = s.draft.supplier?.osId;
      if (osId) osIds.push({ supplierId, osId });
    }
  }
  return [
    ...(alerting.length > 0 ? [zeroToleranceAlertRowsSql(alerting, now)] : []),
    ...(osIds.length > 0 ? [attachOsIdsSql(osIds, now)] : []),
  ];
}
