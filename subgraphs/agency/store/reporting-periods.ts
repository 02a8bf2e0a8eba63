/** Resolves any period id to a ReportingPeriod: calendar ids are derived, action-period ids are looked up. */
import type { Kysely } from 'kysely';
import { badInput } from '../../../lib/errors.js';
import type { DB } from '../db-types.js';
import {
  actionPeriodNumberFromId,
  calendarPeriodFromId,
  calendarPeriodsOverlapping,
  previousCalendarPeriod,
  type PeriodKind,
  type ReportingPeriod,
} from '../periods.js';
import { findActionPeriodByNumber, listActionPeriods } from './action-periods.js';

const MAX_PERIODS_PER_LIST = 240;

/** True when the id has the shape of a period id (it may still name no action period). */
export function isPeriodIdShape(id: string): boolean {
  return calendarPeriodFromId(id) !== null || actionPeriodNumberFromId(id) !== null;
}

/** The period an id names, or null (unknown action period or malformed id). */
export async function findReportingPeriod(db: Kysely<DB>, id: string): Promise<ReportingPeriod | null> {
  const calendar = calendarPeriodFromId(id);
  if (calendar) return calendar;
  const number = actionPeriodNumberFromId(id);
  return number === null ? null : findActionPeriodByNumber(db, number);
}

export async function findPreviousPeriod(db: Kysely<DB>, period: ReportingPeriod): Promise<ReportingPeriod | null> {
  if (period.kind !== 'ACTION_PERIOD') return previousCalendarPeriod(period);
  return period.number !== null && period.number > 1 ? findActionPeriodByNumber(db, period.number - 1) : null;
}

export async function listReportingPeriods(
  db: Kysely<DB>,
  kind: PeriodKind,
  from: string | null | undefined,
  to: string | null | undefined,
): Promise<ReportingPeriod[]> {
  if (from != null && to != null && from > to) throw badInput('to', `must be on or after from (${from})`);
  if (kind === 'ACTION_PERIOD') {
    return (await listActionPeriods(db)).filter(
      (p) => (from == null || p.endDate >= from) && (to == null || p.startDate <= to),
    );
  }
  if (from == null) throw badInput('from', `is required for ${kind} periods`);
  if (to == null) throw badInput('to', `is required for ${kind} periods`);
  const periods = calendarPeriodsOverlapping(kind, from, to, MAX_PERIODS_PER_LIST);
  if (periods.length > MAX_PERIODS_PER_LIST)
    throw badInput('to', `the range holds more than ${MAX_PERIODS_PER_LIST} ${kind} periods; narrow it`);
  return periods;
}
