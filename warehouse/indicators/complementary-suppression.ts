/**
 * Complementary (secondary) suppression over additive breakdowns. A breakdown is a set of cells that sum to
 * a total: the cells of one measure that agree on every dimension but one, where that dimension takes its
 * values and the total has 'ALL'. If exactly one entry of such a relation is hidden, total − visible cells
 * recovers it, so the smallest visible cell is hidden too (or the total, when no cell is left). A cell of a
 * cross-tabulation sits in one relation per dimension, so hiding one entry can expose another: the loop
 * runs until no relation has exactly one hidden entry. This is the standard greedy rule, not an optimal
 * (fewest cells) solution.
 */

export const TOTAL = 'ALL';

/** Breakdown dimensions of agency indicator values (DESIGN §2), keyed as the warehouse names them. */
export const BREAKDOWN_DIMENSIONS: readonly string[] = ['crimeType', 'exploitation', 'sex', 'ageGroup'];

export interface AdditiveCell {
  /** Cells of different measures never add up. */
  measureId: string;
  dimensions: Readonly<Record<string, string>>;
  value: number | null;
}

interface Relation {
  total: number;
  members: number[];
}

function coordinates(cell: AdditiveCell, breakdown: readonly string[]): Record<string, string> {
  const full: Record<string, string> = {};
  for (const dimension of breakdown) full[dimension] = TOTAL;
  return { ...full, ...cell.dimensions };
}

function keyWithout(measureId: string, coords: Record<string, string>, skip: string | null): string {
  const parts = Object.keys(coords)
    .filter((dimension) => dimension !== skip)
    .sort()
    .map((dimension) => `${dimension}=${coords[dimension]}`);
  return JSON.stringify([measureId, ...parts]);
}

function findRelations(cells: readonly AdditiveCell[], indexes: readonly number[], breakdown: readonly string[]): Relation[] {
  const seen = new Set<string>();
  const groups = new Map<string, { total?: number; members: number[] }>();
  for (const index of indexes) {
    const cell = cells[index]!;
    const coords = coordinates(cell, breakdown);
    const fullKey = keyWithout(cell.measureId, coords, null);
    if (seen.has(fullKey)) throw new RangeError(`two cells with the same measure and dimensions: ${fullKey}`);
    seen.add(fullKey);
    for (const dimension of breakdown) {
      const groupKey = `${dimension}:${keyWithout(cell.measureId, coords, dimension)}`;
      const group = groups.get(groupKey) ?? { members: [] };
      if (coords[dimension] === TOTAL) group.total = index;
      else group.members.push(index);
      groups.set(groupKey, group);
    }
  }
  const relations: Relation[] = [];
  for (const group of groups.values()) {
    // Without a total in view, the members' sum is unknown and nothing can be subtracted.
    if (group.total !== undefined && group.members.length > 0) relations.push({ total: group.total, members: group.members });
  }
  return relations;
}

/**
 * Marks cells to hide so that no additive relation has exactly one hidden entry. `hidden[i]` is true for
 * cells already hidden (primary suppression); returns the indexes newly hidden. Only `indexes` (cells with a
 * value, of suppressible count measures) take part.
 */
export function addComplementarySuppression(
  cells: readonly AdditiveCell[],
  indexes: readonly number[],
  hidden: boolean[],
  breakdown: readonly string[] = BREAKDOWN_DIMENSIONS,
): number[] {
  const relations = findRelations(cells, indexes, breakdown);
  const added: number[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of relations) {
      const entries = [relation.total, ...relation.members];
      if (entries.filter((index) => hidden[index]).length !== 1) continue;
      const visible = relation.members
        .filter((index) => !hidden[index])
        .sort((a, b) => cells[a]!.value! - cells[b]!.value! || a - b);
      const next = visible[0] ?? relation.total;
      hidden[next] = true;
      added.push(next);
      changed = true;
    }
  }
  return added;
}
