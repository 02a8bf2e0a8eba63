/**
 * A country's latest values for a period, as a role may see them. Each agency's latest revision counts; counts
 * are summed over agencies. Medians cannot be combined, so INFO_RESPONSE_DAYS_MEDIAN cells appear only where
 * exactly one agency reported them. Suppression runs over the whole combined feed BEFORE filtering, so the
 * cells withheld never depend on what the caller asked for.
 */
import type { Kysely } from 'kysely';
import type { Role } from '../../../lib/identity.js';
import type { DB } from '../db-types.js';
import { brokenDownBy, cellKey, compareCells, MEDIAN_INDICATORS, type Cell, type Dimension } from '../indicators.js';
import { publishCells, type PublishedCell } from '../suppression.js';
import { listLatestCountryCells } from './feeds.js';

function combineAgencyCells(perAgency: readonly { cells: readonly Cell[] }[]): Cell[] {
  const combined = new Map<string, { cell: Cell; agencies: number }>();
  for (const { cells } of perAgency) {
    for (const cell of cells) {
      const key = cellKey(cell);
      const seen = combined.get(key);
      if (seen) {
        seen.cell = { ...seen.cell, value: seen.cell.value + cell.value };
        seen.agencies += 1;
      } else {
        combined.set(key, { cell: { ...cell }, agencies: 1 });
      }
    }
  }
  return [...combined.values()]
    .filter(({ cell, agencies }) => agencies === 1 || !MEDIAN_INDICATORS.has(cell.indicator))
    .map(({ cell }) => cell)
    .sort(compareCells);
}

export interface ValueSelection {
  indicators?: readonly string[] | null;
  /** Exactly these dimensions broken down ([] = totals); null/undefined = every cell. */
  breakdown?: readonly Dimension[] | null;
}

function selectCells<T extends Cell | PublishedCell<Cell>>(cells: readonly T[], selection: ValueSelection): T[] {
  const indicators = selection.indicators ? new Set(selection.indicators) : null;
  const wanted = selection.breakdown ? [...new Set(selection.breakdown)].sort().join(',') : null;
  return cells.filter(
    (c) =>
      (indicators === null || indicators.has(c.indicator)) &&
      (wanted === null || [...brokenDownBy(c)].sort().join(',') === wanted),
  );
}

export async function findLatestIndicatorValues(
  db: Kysely<DB>,
  role: Role,
  query: { countryCode: string; periodId: string } & ValueSelection,
): Promise<PublishedCell<Cell>[]> {
  const combined = combineAgencyCells(await listLatestCountryCells(db, query.countryCode, query.periodId));
  return selectCells(publishCells(combined, role), query);
}
