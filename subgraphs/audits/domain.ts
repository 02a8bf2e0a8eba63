/**
 * Enum values (DESIGN §2) and the validated shapes the store accepts; sectors, ILO indicators and severities are
 * shared (lib/domain/sectors.ts, lib/domain/audit-vocabulary.ts).
 */
import type { Sector } from '../../lib/domain/sectors.js';
import type { IloIndicator, Severity } from '../../lib/domain/audit-vocabulary.js';

export const SCHEMES = ['SMETA', 'AMFORI_BSCI', 'RBA_VAP', 'SA8000', 'INTERNAL', 'OTHER'] as const;
export const AUDIT_TYPES = ['INITIAL', 'PERIODIC', 'FOLLOW_UP', 'CLOSURE'] as const;
export const ANNOUNCEMENTS = ['ANNOUNCED', 'SEMI_ANNOUNCED', 'UNANNOUNCED'] as const;
export const CA_STATUSES = ['OPEN', 'IN_PROGRESS', 'CLOSED', 'VERIFIED'] as const;

export type CorrectiveActionStatus = (typeof CA_STATUSES)[number];
export type AuditScheme = (typeof SCHEMES)[number];
export type AuditType = (typeof AUDIT_TYPES)[number];
export type Announcement = (typeof ANNOUNCEMENTS)[number];

export interface SupplierDraft {
  name: string;
  address: string;
  countryCode: string;
  sector: Sector;
  goods: string[];
  workerCount: number | null;
  migrantWorkerShare: number | null;
  tier: number | null;
  /** Open Supply Hub OS ID, compact upper-case form (os-id.ts); matched before name and address. */
  osId?: string | null;
}

interface CorrectiveActionDraft {
  description: string;
  dueDate: string;
  status: CorrectiveActionStatus;
  closedDate: string | null;
  verifiedDate: string | null;
}

interface FindingDraft {
  iloIndicator: IloIndicator | null;
  schemeSeverity: string;
  severity: Severity;
  description: string;
  correctiveAction: CorrectiveActionDraft | null;
}

export interface AuditDraft {
  supplierId: string | null;
  supplier: SupplierDraft | null;
  scheme: AuditScheme;
  auditType: AuditType;
  announcement: Announcement;
  auditDate: string;
  workersInterviewed: number;
  findings: FindingDraft[];
}

/** One audit to write: validated draft, who submits it, its idempotency key and body hash, its input path. */
export interface AuditSubmission {
  draft: AuditDraft;
  partnerOrgId: string;
  idempotencyKey: string | null;
  requestHash: string;
  /** Input path for error messages, e.g. `input` or `inputs[3].input`. */
  path: string;
  /** Path of the idempotency key argument, e.g. `idempotencyKey` or `inputs[3].idempotencyKey`. */
  keyPath: string;
  /** What intake derives from the draft when the submission arrives (store/intake/rows.ts). */
  prepared: PreparedSubmission;
}

/**
 * Derived from a submission on arrival, while the group before it is still being committed, so that the
 * group commit itself (whose planning holds up the one database connection) only joins text.
 */
export interface PreparedSubmission {
  /** The id of the audit, should this submission write one (unused when it replays an earlier one). */
  auditId: string;
  /** Facility match key of `draft.supplier`; null when the draft names a supplier id. */
  facilityKey: string | null;
  /** The audit's finding rows as JSON objects, comma-separated, quotes doubled for an SQL string literal. */
  findingsJson: string;
  findingCount: number;
  /** Its corrective-action rows likewise (`updated_at` left out: the group commit's time fills it in). */
  correctiveActionsJson: string;
  correctiveActionCount: number;
  /** Its zero-tolerance findings (S4 with an ILO indicator), each raising an alert in the intake transaction. */
  zeroToleranceFindings: { findingId: string; iloIndicator: string }[];
}
