/**
 * Complementary (secondary) suppression over additive breakdowns, shared by the agency subgraph and the
 * warehouse (DESIGN §5). A breakdown is the set of cells of one measure that agree on every coordinate but one
 * breakdown dimension, where they take that dimension's values; the cell with 'ALL' there is their total.
 * If exactly one entry of a breakdown is hidden and the rest are visible, subtraction recovers it, so the
 * smallest visible cell is hidden too. A cell of a cross-tabulation sits in one breakdown per dimension, so
 * hiding one entry can expose another: the loop runs until no breakdown has exactly one hidden entry. This is
 * the standard greedy rule, not an optimal (fewest cells) solution.
 *
 * Two callers, two views of the total (`options.total`):
 * - 'INCLUDED' (warehouse): the total is an entry of its breakdown, so a breakdown counts only when its total
 *   is in view, and a lone hidden entry with no visible sibling takes the total with it;
 * - 'EXCLUDED' (agency subgraph): a breakdown is its cells alone (two or more), whether or not the total is
 *   in view; the total is never hidden as a complement.
 */

export const TOTAL = 'ALL';

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
  /** Whether the total cell is an entry of its breakdown (see the module comment). */
  total: 'INCLUDED' | 'EXCLUDED';
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

/** The breakdowns among `indexes`, in the order their first cell appears (the order decides ties between breakdowns). */
function findBreakdowns(cells: readonly AdditiveCell[], indexes: readonly number[], options: ComplementaryOptions): Breakdown[] {
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
      if (isTotal && options.total === 'EXCLUDED') continue;
      const groupKey = `${dimension}:${keyWithout(cell.measureId, coords, dimension)}`;
      const group = groups.get(groupKey) ?? { members: [] };
      if (isTotal) group.total = index;
      else group.members.push(index);
      groups.set(groupKey, group);
    }
  }
  return [...groups.values()].filter((group) =>
    // Without a total in view, the members' sum is unknown and nothing can be subtracted; a lone cell without
    // its total has no sibling to subtract.
    options.total === 'INCLUDED' ? group.total !== undefined && group.members.length > 0 : group.members.length > 1,
  );
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
      const next = visible[0] ?? breakdown.total;
      if (next === undefined) continue;
      hidden[next] = true;
      added.push(next);
      changed = true;
    }
  }
  return added;
}
