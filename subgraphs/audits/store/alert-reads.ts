/**
 * Reading the alert outbox by cursor, and per-user acknowledgement. Who sees what (docs/alerts.md): an analyst
 * every alert; a partner the alerts about its own audits, and SUPPLIER_SEVERE alerts of suppliers it has
 * audited (whose band it may read anyway, DESIGN §5); nobody else any. The cursor is alert_seq: alerts are
 * returned in the order they committed, and `after` resumes exactly after the last one a reader saw.
 * On PostgreSQL several writers commit in any order, so a page stops at alert_seq_counter's settled horizon
 * (lib/postgres/settled-horizon.ts): an alert still being written under a lower seq is never passed over.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { badInput } from '../../../lib/errors.js';
import { settledHorizon } from '../../../lib/postgres/settled-horizon.js';
import { engineOf } from '../../../lib/store/engine.js';
import type { AuditScope } from '../audit-scope.js';
import type { DB } from '../db-types.js';
import type { AlertTables, ReadAlertRow } from './alert-tables.js';

export interface AlertReader {
  scope: AuditScope;
  /** Token subject: acknowledgements are per user. */
  subject: string;
}

export interface AlertPage {
  rows: ReadAlertRow[];
  hasNextPage: boolean;
}

/** A cursor is the decimal alert_seq of the last alert seen; '0' (or none) starts from the beginning. */
export function parseAlertCursor(cursor: string | null | undefined, field = 'after'): number {
  if (cursor == null) return 0;
  if (!/^\d{1,15}$/.test(cursor))
    throw badInput(field, 'is not an alert cursor: pass the cursor of the last alert you received');
  return Number(cursor);
}

function alertsFor(db: Kysely<DB>, reader: AlertReader) {
  let query = db
    .withTables<AlertTables>()
    .selectFrom('alerts as al')
    .leftJoin('alert_acknowledgements as ack', (join) =>
      join.onRef('ack.alert_id', '=', 'al.alert_id').on('ack.subject', '=', reader.subject),
    )
    .selectAll('al')
    .select('ack.acknowledged_at');
  const scope = reader.scope;
  if (scope.kind === 'partner') {
    query = query.where(({ or, and, eb, exists, selectFrom }) =>
      or([
        eb('al.partner_org_id', '=', scope.partnerOrgId),
        and([
          eb('al.kind', '=', 'SUPPLIER_SEVERE'),
          exists(
            selectFrom('audits as a')
              .select('a.audit_id')
              .whereRef('a.supplier_id', '=', 'al.supplier_id')
              .where('a.partner_org_id', '=', scope.partnerOrgId)
              .where('a.is_deleted', '=', false),
          ),
        ]) as Expression<SqlBool>,
      ]),
    );
  }
  return query;
}

/**
 * How long a read waits for the writes in flight at its horizon (intake transactions last milliseconds). Past
 * it the page is empty and the reader's cursor stays where it was: the alert stream polls again.
 */
const HORIZON_WAIT_MS = 2_000;

export async function listAlerts(
  db: Kysely<DB>,
  reader: AlertReader,
  options: { after: number; limit: number; unacknowledgedOnly: boolean },
): Promise<AlertPage> {
  let query = alertsFor(db, reader).where('al.alert_seq', '>', options.after);
  if (engineOf(db) === 'postgres') {
    const horizon = await settledHorizon(db, 'alert_seq_counter', HORIZON_WAIT_MS);
    if (horizon === null || horizon <= options.after) return { rows: [], hasNextPage: false };
    query = query.where('al.alert_seq', '<=', horizon);
  }
  if (options.unacknowledgedOnly) query = query.where('ack.acknowledged_at', 'is', null);
  const rows = await query
    .orderBy('al.alert_seq')
    .limit(options.limit + 1)
    .execute();
  return { rows: rows.slice(0, options.limit).map(normalise), hasNextPage: rows.length > options.limit };
}

export async function countUnacknowledgedAlerts(db: Kysely<DB>, reader: AlertReader): Promise<number> {
  const row = await alertsFor(db, reader)
    .clearSelect()
    .select(sql<number>`count(*)`.as('n'))
    .where('ack.acknowledged_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function findAlert(db: Kysely<DB>, reader: AlertReader, alertId: string): Promise<ReadAlertRow | undefined> {
  const row = await alertsFor(db, reader).where('al.alert_id', '=', alertId).executeTakeFirst();
  return row && normalise(row);
}

/** Marks an alert read for this user; idempotent (the first acknowledgement's time is kept). Undefined: not visible. */
export async function acknowledgeAlert(
  db: Kysely<DB>,
  reader: AlertReader,
  alertId: string,
): Promise<ReadAlertRow | undefined> {
  return db.transaction().execute(async (trx) => {
    if (!(await findAlert(trx, reader, alertId))) return undefined;
    await trx
      .withTables<AlertTables>()
      .insertInto('alert_acknowledgements')
      .values({ alert_id: alertId, subject: reader.subject, acknowledged_at: new Date().toISOString() })
      .onConflict((c) => c.columns(['alert_id', 'subject']).doNothing())
      .execute();
    return findAlert(trx, reader, alertId);
  });
}

/** BIGINT comes back as bigint from some drivers: the cursor is a plain number here. */
function normalise<T extends { alert_seq: number | bigint }>(row: T): T & { alert_seq: number } {
  return { ...row, alert_seq: Number(row.alert_seq) };
}
