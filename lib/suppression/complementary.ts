/**
 * Small-count suppression, the one rule for the agency subgraph and the warehouse's analytics (DESIGN §5):
 * a victim count below SUPPRESSION_THRESHOLD (zero included) is withheld from every role but ANALYST, and
 * complementary (secondary) suppression over additive breakdowns keeps it from being recovered by subtraction.
 *
 * A breakdown is the set of cells of one measure that agree on every coordinate but one breakdown dimension,
 * where they take that dimension's values; the cell with 'ALL' there is their total, and it is an entry of the
 * breakdown when it is among the cells. A breakdown is checked when it has two entries or more (two cells, or
 * one cell and its total): if exactly one entry is hidden, the smallest visible cell is hidden too, or the total
 * when no cell is left. A cell of a cross-tabulation sits in one breakdown per dimension, so hiding one entry
 * can expose another: the loop runs until no breakdown has exactly one hidden entry. This is the standard
 * greedy rule, not an optimal (fewest cells) solution.
 */

/** Victim counts below this are withheld from every role but ANALYST. */
export const SUPPRESSION_THRESHOLD = 5;

const TOTAL = 'ALL';

export interface AdditiveCell {
  /** Cells of different measures never add up. */
  measureId: string;
  /** Coordinates; a breakdown dimension missing here means 'ALL'. */
  dimensions: Readonly<Record<string, string>>;
  value: number | null;
}

export interface ComplementaryOptions {
  /** Dimensions whose values add up to their 'ALL' cell. */
  breakdownDimensions: readonly string[];
  /** Orders cells of equal value when picking the complement, by index; default input order. */
  compareTies?: (a: number, b: number) => number;
}

interface Breakdown {
  total?: number;
  members: number[];
}

function coordinates(cell: AdditiveCell, breakdownDimensions: readonly string[]): Record<string, string> {
  const full: Record<string, string> = {};
  for (const dimension of breakdownDimensions) full[dimension] = TOTAL;
  return { ...full, ...cell.dimensions };
}

function keyWithout(measureId: string, coords: Record<string, string>, skip: string | null): string {
  const parts = Object.keys(coords)
    .filter((dimension) => dimension !== skip)
    .sort()
    .map((dimension) => `${dimension}=${coords[dimension]}`);
  return JSON.stringify([measureId, ...parts]);
}

/**
 * The breakdowns among `indexes`, in the order their first cell appears (the order decides ties between breakdowns).
 */
function findBreakdowns(
  cells: readonly AdditiveCell[],
  indexes: readonly number[],
  options: ComplementaryOptions,
): Breakdown[] {
  const seen = new Set<string>();
  const groups = new Map<string, Breakdown>();
  for (const index of indexes) {
    const cell = cells[index]!;
    const coords = coordinates(cell, options.breakdownDimensions);
    const fullKey = keyWithout(cell.measureId, coords, null);
    if (seen.has(fullKey)) throw new RangeError(`two cells with the same measure and dimensions: ${fullKey}`);
    seen.add(fullKey);
    for (const dimension of options.breakdownDimensions) {
      const isTotal = coords[dimension] === TOTAL;
      const groupKey = `${dimension}:${keyWithout(cell.measureId, coords, dimension)}`;
      const group = groups.get(groupKey) ?? { members: [] };
      if (isTotal) group.total = index;
      else group.members.push(index);
      groups.set(groupKey, group);
    }
  }
  // A lone total, or a lone cell without its total, has nothing to be subtracted from.
  return [...groups.values()].filter((group) => group.members.length + (group.total === undefined ? 0 : 1) > 1);
}

/**
 * Marks cells to hide so that no breakdown has exactly one hidden entry. `hidden[i]` is true for cells already
 * hidden (primary suppression) and is updated in place; returns the indexes newly hidden, in the order hidden.
 * Only `indexes` (cells with a value, of suppressible count measures) take part; two of them with the same
 * measure and coordinates throw.
 */
export function addComplementarySuppression(
  cells: readonly AdditiveCell[],
  indexes: readonly number[],
  hidden: boolean[],
  options: ComplementaryOptions,
): number[] {
  const compareTies = options.compareTies ?? ((a: number, b: number) => a - b);
  const breakdowns = findBreakdowns(cells, indexes, options);
  const added: number[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const breakdown of breakdowns) {
      const entries = breakdown.total === undefined ? breakdown.members : [breakdown.total, ...breakdown.members];
      if (entries.filter((index) => hidden[index]).length !== 1) continue;
      const visible = breakdown.members
        .filter((index) => !hidden[index])
        .sort((a, b) => cells[a]!.value! - cells[b]!.value! || compareTies(a, b));
      const next =
        visible[0] ?? (breakdown.total !== undefined && !hidden[breakdown.total] ? breakdown.total : undefined);
      if (next === undefined) continue;
      hidden[next] = true;
      added.push(next);
      changed = true;
    }
  }
  return added;
}
