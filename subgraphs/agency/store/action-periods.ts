/** The `action_periods` table: numbered Joint Periods of Action, as agreed by the partners. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { ActionPeriodRow, DB } from '../db-types.js';
import type { ReportingPeriod } from '../periods.js';

function toReportingPeriod(row: ActionPeriodRow): ReportingPeriod {
  return {
    id: row.period_id,
    kind: 'ACTION_PERIOD',
    label: row.label,
    number: row.number,
    startDate: row.start_date,
    endDate: row.end_date,
  };
}

export async function listActionPeriods(db: Kysely<DB> | Transaction<DB>): Promise<ReportingPeriod[]> {
  const rows = await db
    .selectFrom('action_periods')
    .selectAll()
    .where('is_deleted', '=', false)
    .orderBy('number')
    .execute();
  return rows.map(toReportingPeriod);
}

export async function findActionPeriodByNumber(db: Kysely<DB>, number: number): Promise<ReportingPeriod | null> {
  const row = await db
    .selectFrom('action_periods')
    .selectAll()
    .where('is_deleted', '=', false)
    .where('number', '=', number)
    .executeTakeFirst();
  return row ? toReportingPeriod(row) : null;
}

export async function insertActionPeriod(
  trx: Transaction<DB>,
  period: ReportingPeriod & { number: number },
): Promise<void> {
  await trx
    .insertInto('action_periods')
    .values({
      period_id: period.id,
      number: period.number,
      label: period.label,
      start_date: period.startDate,
      end_date: period.endDate,
      change_seq: sql`nextval('change_seq_counter')`,
    })
    .execute();
}
