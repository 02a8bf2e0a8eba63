/**
 * Small-count suppression of victim counts (DESIGN §5). Every role but ANALYST sees VICTIMS_IDENTIFIED and
 * VICTIMS_REFERRED values below 5 as null with `suppressed: true` (primary suppression). Because a breakdown's
 * cells add up to their ALL total, one withheld cell could be recovered by subtraction; so where exactly one
 * cell of a breakdown is withheld, the next smallest cell of that breakdown is withheld too (complementary
 * suppression), repeated until no breakdown has a lone withheld cell.
 *
 * A breakdown is the set of cells of one indicator that differ only in one dimension (all non-ALL on it);
 * its total is the cell with ALL there. Suppression must run over ALL cells of a feed before any filtering,
 * so the cells a caller sees do not depend on which cells it asked for.
 */
import type { Role } from '../../lib/identity.js';
import { breakdownsOf, cellKey, VICTIM_INDICATORS, type Cell } from './indicators.js';

export const SUPPRESSION_THRESHOLD = 5;

export type PublishedCell<T extends Cell> = Omit<T, 'value'> & { value: number | null; suppressed: boolean };

export function suppressionApplies(role: Role): boolean {
  return role !== 'ANALYST';
}

/** The keys of the cells to withhold. */
export function suppressedCellKeys(cells: readonly Cell[]): Set<string> {
  const withheld = new Set<string>();
  for (const cell of cells) {
    if (VICTIM_INDICATORS.has(cell.indicator) && cell.value < SUPPRESSION_THRESHOLD) withheld.add(cellKey(cell));
  }
  const groups = breakdownsOf(cells.filter((c) => VICTIM_INDICATORS.has(c.indicator)))
    .map((b) => b.cells)
    .filter((g) => g.length > 1);
  let changed = withheld.size > 0;
  while (changed) {
    changed = false;
    for (const group of groups) {
      const hidden = group.filter((c) => withheld.has(cellKey(c)));
      if (hidden.length !== 1) continue;
      const next = group
        .filter((c) => !withheld.has(cellKey(c)))
        .sort((a, b) => a.value - b.value || cellKey(a).localeCompare(cellKey(b)))[0];
      if (next) {
        withheld.add(cellKey(next));
        changed = true;
      }
    }
  }
  return withheld;
}

/** Applies suppression for a role: values withheld become null with suppressed true; ANALYST sees every value. */
export function publishCells<T extends Cell>(cells: readonly T[], role: Role): PublishedCell<T>[] {
  const withheld = suppressionApplies(role) ? suppressedCellKeys(cells) : new Set<string>();
  return cells.map((cell) => {
    const hidden = withheld.has(cellKey(cell));
    return { ...cell, value: hidden ? null : cell.value, suppressed: hidden };
  });
}
