/**
 * Small-count suppression of victim counts (DESIGN §5). Every role but ANALYST sees VICTIMS_IDENTIFIED and
 * VICTIMS_REFERRED values below 5 as null with `suppressed: true` (primary suppression). Because a breakdown's
 * cells add up to their ALL total, one withheld cell could be recovered by subtraction; so where exactly one
 * cell of a breakdown is withheld, the next smallest cell of that breakdown is withheld too (complementary
 * suppression), repeated until no breakdown has a lone withheld cell.
 *
 * A breakdown is the set of cells of one indicator that differ only in one dimension (all non-ALL on it);
 * its total is the cell with ALL there. Suppression must run over ALL cells of a feed before any filtering,
 * so the cells a caller sees do not depend on which cells it asked for. The rule itself, threshold included, is
 * lib/suppression/complementary.ts, the same the warehouse's analytics use.
 */
import type { Role } from '../../lib/identity.js';
import { addComplementarySuppression, SUPPRESSION_THRESHOLD } from '../../lib/suppression/complementary.js';
import { cellKey, DIMENSIONS, VICTIM_INDICATORS, type Cell } from './indicators.js';

export type PublishedCell<T extends Cell> = Omit<T, 'value'> & { value: number | null; suppressed: boolean };

function suppressionApplies(role: Role): boolean {
  return role !== 'ANALYST';
}

/** The keys of the cells to withhold. */
export function suppressedCellKeys(cells: readonly Cell[]): Set<string> {
  const keys = cells.map(cellKey);
  const counted: number[] = [];
  const hidden = cells.map(() => false);
  cells.forEach((cell, index) => {
    if (!VICTIM_INDICATORS.has(cell.indicator)) return;
    counted.push(index);
    if (cell.value < SUPPRESSION_THRESHOLD) hidden[index] = true;
  });
  addComplementarySuppression(
    cells.map((cell) => ({
      measureId: cell.indicator,
      dimensions: {
        crimeType: cell.crimeType,
        exploitation: cell.exploitation,
        sex: cell.sex,
        ageGroup: cell.ageGroup,
      },
      value: cell.value,
    })),
    counted,
    hidden,
    // Ties go to the smaller cell key, whatever the input order.
    { breakdownDimensions: DIMENSIONS, compareTies: (a, b) => keys[a]!.localeCompare(keys[b]!) },
  );
  return new Set(keys.filter((_, index) => hidden[index]));
}

/** Applies suppression for a role: values withheld become null with suppressed true; ANALYST sees every value. */
export function publishCells<T extends Cell>(cells: readonly T[], role: Role): PublishedCell<T>[] {
  const withheld = suppressionApplies(role) ? suppressedCellKeys(cells) : new Set<string>();
  return cells.map((cell) => {
    const hidden = withheld.has(cellKey(cell));
    return { ...cell, value: hidden ? null : cell.value, suppressed: hidden };
  });
}
