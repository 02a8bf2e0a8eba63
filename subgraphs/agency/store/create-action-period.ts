/**
 * createActionPeriod: an analyst adds a Joint Period of Action. Numbers are unique and follow the dates
 * (JPA n ends before JPA n+1 starts), so "the previous action period" is simply number - 1.
 */
import type { Kysely } from 'kysely';
import { badInput } from '../../../lib/errors.js';
import { lockForTransaction } from '../../../lib/store/transaction-lock.js';
import { rememberResult, replayOrNull, type IdempotencyClaim } from '../../../lib/idempotency.js';
import type { DB } from '../db-types.js';
import { actionPeriodDatesProblem, actionPeriodId, actionPeriodLabel, type ReportingPeriod } from '../periods.js';
import { validateCreateActionPeriodInput } from '../validation.js';
import { insertActionPeriod, listActionPeriods } from './action-periods.js';

export async function createActionPeriod(
  db: Kysely<DB>,
  input: unknown,
  claim: IdempotencyClaim | null = null,
): Promise<ReportingPeriod> {
  const parsed = validateCreateActionPeriodInput(input);
  const problem = actionPeriodDatesProblem(parsed.startDate, parsed.endDate);
  if (problem) throw badInput('input.endDate', problem);
  const period = {
    id: actionPeriodId(parsed.number),
    kind: 'ACTION_PERIOD' as const,
    label: parsed.label ?? actionPeriodLabel(parsed.number),
    number: parsed.number,
    startDate: parsed.startDate,
    endDate: parsed.endDate,
  };
  return db.transaction().execute(async (trx) => {
    // Writers serialised (one DuckDB connection; a lock on PostgreSQL), so the checks below hold at commit.
    await lockForTransaction(trx, ['action_periods']);
    // A retry with the key gets the period the first call created, not "already exists".
    const earlier = await replayOrNull<{ periodId: string }>(trx, claim);
    if (earlier) {
      const created = (await listActionPeriods(trx)).find((p) => p.id === earlier.periodId);
      if (!created) throw new Error(`idempotency key names action period ${earlier.periodId}, which is gone`);
      return created;
    }
    for (const other of await listActionPeriods(trx)) {
      if (other.number === period.number) throw badInput('input.number', `${other.id} already exists (${other.startDate} – ${other.endDate})`);
      if (other.startDate <= period.endDate && period.startDate <= other.endDate) {
        throw badInput('input.startDate', `the dates overlap ${other.id} (${other.startDate} – ${other.endDate})`);
      }
      if (other.number! < period.number && other.startDate > period.startDate) {
        throw badInput('input.number', `${period.id} would start before ${other.id} (${other.startDate}): numbers follow the dates`);
      }
      if (other.number! > period.number && other.startDate < period.startDate) {
        throw badInput('input.number', `${period.id} would start after ${other.id} (${other.startDate}): numbers follow the dates`);
      }
    }
    await insertActionPeriod(trx, period);
    await rememberResult(trx, claim, { periodId: period.id });
    return period;
  });
}
