/**
 * Kysely table types for audits.duckdb; the DDL is migrations/001_initial.sql. Enum columns carry the enum's
 * type (the values validation admits, the SDL enums: tests/contracts), so resolvers return them without casts.
 */
import type { Generated, Selectable } from 'kysely';
import type { Sector } from '../../lib/domain/sectors.js';
import type { IloIndicator, Severity } from '../../lib/domain/audit-vocabulary.js';
import type { Announcement, AuditScheme, AuditType, CorrectiveActionStatus } from './domain.js';

export interface SupplierTable {
  supplier_id: string;
  name: string;
  address: string;
  country_code: string;
  sector: Sector;
  goods: string[];
  worker_count: number | null;
  migrant_worker_share: number | null;
  tier: number | null;
  match_key: string;
  created_at: string;
  updated_at: string;
  is_deleted: Generated<boolean>;
  change_seq: number;
}

export interface AuditTable {
  audit_id: string;
  supplier_id: string;
  partner_org_id: string;
  scheme: AuditScheme;
  audit_type: AuditType;
  announcement: Announcement;
  audit_date: string;
  workers_interviewed: number;
  submitted_at: string;
  is_deleted: Generated<boolean>;
  change_seq: number;
}

export interface FindingTable {
  finding_id: string;
  audit_id: string;
  ilo_indicator: IloIndicator | null;
  scheme_severity: string;
  severity: Severity;
  description: string;
  is_deleted: Generated<boolean>;
  change_seq: number;
}

export interface CorrectiveActionTable {
  corrective_action_id: string;
  finding_id: string;
  description: string;
  status: CorrectiveActionStatus;
  due_date: string;
  closed_date: string | null;
  verified_date: string | null;
  updated_at: string;
  is_deleted: Generated<boolean>;
  change_seq: number;
}

interface IdempotencyKeyTable {
  partner_org_id: string;
  idempotency_key: string;
  request_hash: string;
  audit_id: string;
  created_at: string;
}

export interface DB {
  suppliers: SupplierTable;
  audits: AuditTable;
  findings: FindingTable;
  corrective_actions: CorrectiveActionTable;
  idempotency_keys: IdempotencyKeyTable;
}

export type SupplierRow = Selectable<SupplierTable>;
export type AuditRow = Selectable<AuditTable>;
export type FindingRow = Selectable<FindingTable>;
export type CorrectiveActionRow = Selectable<CorrectiveActionTable>;
/** An audit as the API shows it (bookkeeping columns left out), whether just planned or read back. */
export type AuditRecord = Omit<AuditRow, 'change_seq' | 'is_deleted'>;

/** The tables the warehouse consumes through exportAuditsChanges. */
export const CHANGE_FEED_TABLES = ['suppliers', 'audits', 'findings', 'corrective_actions'] as const;
