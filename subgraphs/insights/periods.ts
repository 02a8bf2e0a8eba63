/**
 * Period arguments: an id must name a period of the build (`mart_periods`), else BAD_USER_INPUT naming the
 * argument. The default previous period is the preceding one of the same kind (for action periods the
 * previous number), as the warehouse computed it.
 */
import { badInput } from '../../lib/errors.js';
import type { PeriodRow } from './db-types.js';
import { findPeriodsByIds } from './store/periods.js';
import type { Snapshot } from './snapshot/snapshot.js';

const ID_HINT = "period ids look like 'JPA5' (action period), '2019-07' (month), '2019-Q3' (quarter) or '2019' (year)";

export async function requirePeriod(snapshot: Snapshot, id: string, field: string): Promise<PeriodRow> {
  const [row] = await loadPeriods(snapshot, [id]);
  if (!row) throw badInput(field, `no reporting period '${id.slice(0, 40)}' in the warehouse; ${ID_HINT}`);
  return row;
}

/** The current period and the one to compare it with (given, or the default previous; null when none exists). */
export async function resolvePeriodPair(
  snapshot: Snapshot,
  currentId: string,
  previousId: string | null | undefined,
  fields: { current: string; previous: string },
): Promise<{ current: PeriodRow; previous: PeriodRow | null }> {
  const current = await requirePeriod(snapshot, currentId, fields.current);
  if (previousId != null) {
    const previous = await requirePeriod(snapshot, previousId, fields.previous);
    if (previous.period_id === current.period_id)
      throw badInput(fields.previous, 'must differ from the current period');
    return { current, previous };
  }
  if (!current.previous_period_id) return { current, previous: null };
  const [previous] = await loadPeriods(snapshot, [current.previous_period_id]);
  return { current, previous: previous ?? null };
}

function loadPeriods(snapshot: Snapshot, ids: readonly string[]): Promise<PeriodRow[]> {
  return snapshot.memo(`periods:${JSON.stringify(ids)}`, () => findPeriodsByIds(snapshot.db, ids));
}
