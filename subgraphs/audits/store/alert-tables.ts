/**
 * Kysely types of the alert outbox and the OS ID table (migrations/002_alerts.sql). Kept apart from DB in
 * db-types.ts, whose tables are the ones intake bulk-inserts: stores that need these use
 * `db.withTables<AlertTables>()` (type aliases, not interfaces: withTables needs an index signature).
 */
import type { Selectable } from 'kysely';

const ALERT_KINDS = ['ZERO_TOLERANCE_FINDING', 'CORRECTIVE_ACTION_OVERDUE', 'SUPPLIER_SEVERE'] as const;
type AlertKind = (typeof ALERT_KINDS)[number];

type AlertTable = {
  alert_id: string;
  alert_seq: number;
  dedupe_key: string;
  kind: AlertKind;
  partner_org_id: string | null;
  supplier_id: string;
  audit_id: string | null;
  finding_id: string | null;
  corrective_action_id: string | null;
  ilo_indicator: string | null;
  due_date: string | null;
  build_id: string | null;
  raised_at: string;
};

type AlertAcknowledgementTable = {
  alert_id: string;
  subject: string;
  acknowledged_at: string;
};

type SupplierOsIdTable = {
  os_id: string;
  supplier_id: string;
  created_at: string;
};

export type AlertTables = {
  alerts: AlertTable;
  alert_acknowledgements: AlertAcknowledgementTable;
  supplier_os_ids: SupplierOsIdTable;
};

type AlertRow = Selectable<AlertTable>;
/** An alert as one reader sees it: with that reader's acknowledgement time, if any. */
export type ReadAlertRow = AlertRow & { acknowledged_at: string | null };
