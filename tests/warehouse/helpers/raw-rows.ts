/**
 * "Given these rows": writes source-shaped rows straight into the warehouse's raw tables (as a sync would
 * leave them) so model tests state their inputs in full. Factories fill the columns a case does not care about.
 */
import type { Kysely } from 'kysely';

let seq = 0;

export async function insertRaw(db: Kysely<any>, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto(table)
    .values(rows.map((r) => ({ is_deleted: false, change_seq: ++seq, ...r })))
    .execute();
}

export function supplier(
  id: string,
  row: { country_code: string; sector: string; goods?: string[]; migrant_worker_share?: number | null },
) {
  return {
    supplier_id: id,
    name: `Facility ${id}`,
    address: `${id} Road`,
    goods: [],
    worker_count: 100,
    migrant_worker_share: null,
    tier: 1,
    created_at: '2020-01-01T00:00:00.000Z',
    updated_at: '2020-01-01T00:00:00.000Z',
    ...row,
  };
}

export function audit(
  id: string,
  row: { supplier_id: string; audit_date: string; announcement: string; partner_org_id?: string },
) {
  return {
    audit_id: id,
    partner_org_id: 'org-acme',
    scheme: 'SMETA',
    audit_type: 'PERIODIC',
    workers_interviewed: 20,
    submitted_at: `${row.audit_date}T12:00:00.000Z`,
    ...row,
  };
}

export function finding(id: string, row: { audit_id: string; severity: string; ilo_indicator?: string | null }) {
  return { finding_id: id, ilo_indicator: null, scheme_severity: row.severity, ...row };
}

export function action(
  id: string,
  row: {
    finding_id: string;
    status: string;
    due_date: string;
    closed_date?: string | null;
    verified_date?: string | null;
  },
) {
  return {
    corrective_action_id: id,
    closed_date: null,
    verified_date: null,
    updated_at: '2025-01-01T00:00:00.000Z',
    ...row,
  };
}
