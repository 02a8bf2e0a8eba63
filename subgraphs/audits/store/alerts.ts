/**
 * The alert outbox's writers (docs/alerts.md). Each runs inside the transaction of its cause, on the caller's
 * connection, so an alert commits exactly when its cause does: none lost, none invented by a rolled-back write.
 * - ZERO_TOLERANCE_FINDING: from the intake transaction, for the audits it has just inserted.
 * - CORRECTIVE_ACTION_OVERDUE: from the overdue sweep, one statement (and so one transaction) that finds and
 *   records; the alert row is its own marker.
 * - SUPPLIER_SEVERE: from the warehouse's band transitions, through a WAREHOUSE-only mutation.
 * Every insert is INSERT … SELECT … ON CONFLICT (dedupe_key) DO NOTHING, so a retry writes nothing twice.
 * Plain SQL that DuckDB and PostgreSQL both run (gen_random_uuid, nextval, ||, ON CONFLICT): no DuckDB-only syntax;
 * literals are standard (a doubled quote is the only escape).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { sqlString } from '../../../lib/duckdb/sql-literals.js';
import { isOverdueSql } from '../corrective-action-rules.js';
import type { DB } from '../db-types.js';
import type { AlertTables } from './alert-tables.js';

/** A zero-tolerance finding: critical (S4) and evidence of forced labour (an ILO indicator). DESIGN §2–3. */
const ZERO_TOLERANCE_SEVERITY = 'S4';

export function isZeroToleranceFinding(finding: { severity: string; iloIndicator?: string | null }): boolean {
  return finding.severity === ZERO_TOLERANCE_SEVERITY && finding.iloIndicator != null;
}

const ALERT_COLUMNS = [
  'alert_id',
  'alert_seq',
  'dedupe_key',
  'kind',
  'partner_org_id',
  'supplier_id',
  'audit_id',
  'finding_id',
  'corrective_action_id',
  'ilo_indicator',
  'due_date',
  'build_id',
  'raised_at',
] as const;

const newAlertId = sql<string>`CAST(gen_random_uuid() AS VARCHAR)`;
const nextAlertSeq = sql<number>`nextval('alert_seq_counter')`;
const timestamp = (iso: string): RawBuilder<string> => sql<string>`CAST(${iso} AS TIMESTAMP)`;
const nothing = sql<null>`NULL`;

/** A zero-tolerance finding the intake is writing, with what its alert names. */
export interface ZeroToleranceAlertRow {
  partnerOrgId: string;
  supplierId: string;
  auditId: string;
  findingId: string;
  iloIndicator: string;
}

/**
 * The zero-tolerance alerts of the findings an intake is writing, as one INSERT … SELECT in SQL text, values inlined
 * as standard SQL literals: the DuckDB intake sends it inside its one-call transaction (store/intake/write.ts), where
 * nothing can be bound; `now` is the group's ISO time. Built from the rows, not read back from the tables: reading
 * findings by audit id scans the whole findings table (10M rows at scale) in every group commit.
 */
export function zeroToleranceAlertRowsSql(rows: readonly ZeroToleranceAlertRow[], now: string): string {
  const values = rows
    .map((r) =>
      [r.partnerOrgId, r.supplierId, r.auditId, r.findingId, r.iloIndicator].map((v) => sqlString(v)).join(', '),
    )
    .map((v) => `(${v})`)
    .join(', ');
  return `INSERT INTO alerts (${ALERT_COLUMNS.join(', ')})
    SELECT CAST(gen_random_uuid() AS VARCHAR), nextval('alert_seq_counter'), 'ZERO_TOLERANCE_FINDING:' || v.finding_id,
      'ZERO_TOLERANCE_FINDING', v.partner_org_id, v.supplier_id, v.audit_id, v.finding_id, NULL, v.ilo_indicator,
      NULL, NULL,
      CAST(${sqlString(now)} AS TIMESTAMP)
    FROM (VALUES ${values}) AS v(partner_org_id, supplier_id, audit_id, finding_id, ilo_indicator)
    ORDER BY v.finding_id
    ON CONFLICT (dedupe_key) DO NOTHING`;
}

/** The same, run through Kysely inside the caller's transaction. */
export async function recordZeroToleranceAlerts(
  trx: Kysely<DB>,
  rows: readonly ZeroToleranceAlertRow[],
  now: string,
): Promise<void> {
  if (rows.length === 0) return;
  await sql.raw(zeroToleranceAlertRowsSql(rows, now)).execute(trx);
}

/**
 * Records every zero-tolerance finding's corrective action that is overdue on `today` (still open after its
 * due date) and has no alert yet. A new due date makes a new alert when that one passes too. Returns the count.
 */
export async function recordOverdueAlerts(db: Kysely<DB>, today: string, now: string): Promise<number> {
  const alerts = db.withTables<AlertTables>();
  const dedupeKey = sql<string>`'CORRECTIVE_ACTION_OVERDUE:' || ca.corrective_action_id || ':' ||
    CAST(ca.due_date AS VARCHAR)`;
  const found = alerts
    .selectFrom('corrective_actions as ca')
    .innerJoin('findings as f', 'f.finding_id', 'ca.finding_id')
    .innerJoin('audits as a', 'a.audit_id', 'f.audit_id')
    .where('f.severity', '=', ZERO_TOLERANCE_SEVERITY)
    .where('f.ilo_indicator', 'is not', null)
    .where(isOverdueSql('ca', today))
    .where('ca.is_deleted', '=', false)
    .where('f.is_deleted', '=', false)
    .where('a.is_deleted', '=', false)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('alerts as x').select('x.alert_id').where('x.dedupe_key', '=', dedupeKey))),
    )
    .select([
      newAlertId.as('alert_id'),
      nextAlertSeq.as('alert_seq'),
      dedupeKey.as('dedupe_key'),
      sql<'CORRECTIVE_ACTION_OVERDUE'>`'CORRECTIVE_ACTION_OVERDUE'`.as('kind'),
      'a.partner_org_id',
      'a.supplier_id',
      'a.audit_id',
      'f.finding_id',
      'ca.corrective_action_id',
      'f.ilo_indicator',
      'ca.due_date',
      nothing.as('build_id'),
      timestamp(now).as('raised_at'),
    ])
    .orderBy('ca.due_date')
    .orderBy('ca.corrective_action_id');
  const result = await alerts
    .insertInto('alerts')
    .columns(ALERT_COLUMNS)
    .expression(found)
    .onConflict((c) => c.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/**
 * SUPPLIER_SEVERE alerts for the suppliers whose band became SEVERE in warehouse build `buildId`; idempotent by
 * (supplier, build), so the warehouse may send a build's transitions again after a failure. Unknown supplier
 * ids are skipped. Returns how many alerts are new.
 */
export async function recordSevereBandAlerts(
  db: Kysely<DB>,
  buildId: string,
  supplierIds: readonly string[],
  now: string,
): Promise<number> {
  if (supplierIds.length === 0) return 0;
  const alerts = db.withTables<AlertTables>();
  const found = alerts
    .selectFrom('suppliers as s')
    .where('s.supplier_id', 'in', [...supplierIds])
    .where('s.is_deleted', '=', false)
    .select([
      newAlertId.as('alert_id'),
      nextAlertSeq.as('alert_seq'),
      sql<string>`'SUPPLIER_SEVERE:' || s.supplier_id || ':' || ${buildId}`.as('dedupe_key'),
      sql<'SUPPLIER_SEVERE'>`'SUPPLIER_SEVERE'`.as('kind'),
      nothing.as('partner_org_id'),
      's.supplier_id',
      nothing.as('audit_id'),
      nothing.as('finding_id'),
      nothing.as('corrective_action_id'),
      nothing.as('ilo_indicator'),
      nothing.as('due_date'),
      sql<string>`${buildId}`.as('build_id'),
      timestamp(now).as('raised_at'),
    ])
    .orderBy('s.supplier_id');
  // One statement: atomic on its own.
  const result = await alerts
    .insertInto('alerts')
    .columns(ALERT_COLUMNS)
    .expression(found)
    .onConflict((c) => c.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}
