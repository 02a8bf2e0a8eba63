/** The shapes intake passes between validation, planning, writing and the group-commit queue. */
import type { AuditRecord } from '../../db-types.js';
import type { AuditSubmission, PreparedSubmission } from '../../domain.js';
import type { newSupplierRow } from '../suppliers.js';

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
  /** Submissions whose findings and corrective actions are written (their rows were serialised on arrival). */
  children: PreparedSubmission[];
  keys: {
    partner_org_id: string;
    idempotency_key: string;
    request_hash: string;
    audit_id: string;
    created_at: string;
  }[];
}
