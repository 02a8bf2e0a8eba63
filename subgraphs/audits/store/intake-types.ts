/** The shapes intake passes between validation, planning, writing and the group-commit queue. */
import type { AuditRecord } from '../db-types.js';
import type { AuditSubmission } from '../domain.js';
import type { newSupplierRow } from './suppliers.js';

export interface IntakeUnit {
  submissions: AuditSubmission[];
}

export interface SubmissionResult {
  audit: AuditRecord;
  replayed: boolean;
}

export interface IntakeRows {
  suppliers: ReturnType<typeof newSupplierRow>[];
  audits: AuditRecord[];
  findings: { finding_id: string; audit_id: string; ilo_indicator: string | null; scheme_severity: string; severity: string; description: string }[];
  correctiveActions: {
    corrective_action_id: string; finding_id: string; description: string; status: string;
    due_date: string; closed_date: string | null; verified_date: string | null; updated_at: string;
  }[];
  keys: { partner_org_id: string; idempotency_key: string; request_hash: string; audit_id: string; created_at: string }[];
}
