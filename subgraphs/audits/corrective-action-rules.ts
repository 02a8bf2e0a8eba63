/**
 * The state rules of a corrective action, one place for submission and update:
 * - the due date is not before the audit date, nor more than five years after it (a 2099 due date is a typo, and
 *   one such row would sit outside every reporting calendar);
 * - OPEN and IN_PROGRESS carry no closed or verified date;
 * - CLOSED needs a closed date and carries no verified date;
 * - VERIFIED needs a verified date, not before the closed date when there is one;
 * - closed and verified dates are neither in the future nor before the audit date.
 * VERIFIED is final: the store refuses any later change.
 */
import { sql, type RawBuilder } from 'kysely';
import type { CorrectiveActionStatus } from './domain.js';

const MAX_DUE_YEARS = 5;

export interface CorrectiveActionState {
  status: CorrectiveActionStatus;
  dueDate: string;
  closedDate: string | null;
  verifiedDate: string | null;
}

export interface RuleViolation {
  field: 'status' | 'dueDate' | 'closedDate' | 'verifiedDate';
  message: string;
}

/** The first rule the state breaks, or null. Dates are YYYY-MM-DD, so string order is date order. */
export function findStateViolation(
  state: CorrectiveActionState,
  auditDate: string,
  today: string,
): RuleViolation | null {
  if (state.dueDate < auditDate) return { field: 'dueDate', message: `must not be before the audit date ${auditDate}` };
  const latestDue = `${Number(auditDate.slice(0, 4)) + MAX_DUE_YEARS}${auditDate.slice(4)}`;
  if (state.dueDate > latestDue)
    return {
      field: 'dueDate',
      message: `must be within ${MAX_DUE_YEARS} years of the audit date (on or before ${latestDue})`,
    };
  for (const field of ['closedDate', 'verifiedDate'] as const) {
    const value = state[field];
    if (value === null) continue;
    if (value > today) return { field, message: `must not be in the future (today is ${today} UTC)` };
    if (value < auditDate) return { field, message: `must not be before the audit date ${auditDate}` };
  }
  switch (state.status) {
    case 'OPEN':
    case 'IN_PROGRESS':
      if (state.closedDate !== null)
        return { field: 'closedDate', message: `must be empty while the status is ${state.status}` };
      if (state.verifiedDate !== null)
        return { field: 'verifiedDate', message: `must be empty while the status is ${state.status}` };
      return null;
    case 'CLOSED':
      if (state.closedDate === null) return { field: 'closedDate', message: 'is required when the status is CLOSED' };
      if (state.verifiedDate !== null)
        return { field: 'verifiedDate', message: 'must be empty unless the status is VERIFIED' };
      return null;
    case 'VERIFIED':
      if (state.verifiedDate === null)
        return { field: 'verifiedDate', message: 'is required when the status is VERIFIED' };
      if (state.closedDate !== null && state.verifiedDate < state.closedDate) {
        return { field: 'verifiedDate', message: `must not be before the closed date ${state.closedDate}` };
      }
      return null;
  }
}

/** Open: work is still to do (neither CLOSED nor VERIFIED). */
const OPEN_STATUSES: readonly CorrectiveActionStatus[] = ['OPEN', 'IN_PROGRESS'];

/** Overdue: still open after its due date (`today` is the UTC day, YYYY-MM-DD). */
export function isOverdue(status: string, dueDate: string, today: string): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(status) && dueDate < today;
}

/*
 * The same two rules in SQL, for the store queries that count or sweep corrective actions without reading each
 * row (store/corrective-action-counts.ts, store/alerts.ts). `alias` names the corrective_actions table.
 */

/** SQL of "open" for the corrective action row `alias`. */
export function isOpenSql(alias: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(`${alias}.status`)} IN (${sql.join([...OPEN_STATUSES])})`;
}

/** SQL of isOverdue() for the corrective action row `alias` on the UTC day `today`. */
export function isOverdueSql(alias: string, today: string): RawBuilder<boolean> {
  return sql<boolean>`(${isOpenSql(alias)} AND ${sql.ref(`${alias}.due_date`)} < CAST(${today} AS DATE))`;
}
