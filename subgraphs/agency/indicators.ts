/**
 * The agency indicators and their breakdown dimensions (DESIGN §2), as the store and validation see them: the
 * lists themselves are shared (lib/domain/agency-indicators.ts); the cell keys and breakdowns are the agency's.
 */
import {
  AGE_GROUPS,
  AGENCY_INDICATORS,
  BREAKDOWN_DIMENSIONS,
  CRIME_TYPES,
  EXPLOITATIONS,
  MEDIAN_INDICATORS as MEDIAN_LIST,
  SEXES,
  VICTIM_INDICATORS as VICTIM_LIST,
  type BreakdownDimension,
} from '../../lib/domain/agency-indicators.js';

export const INDICATORS = AGENCY_INDICATORS;

/** Victim counts: suppressed below the threshold for every role but ANALYST. */
export const VICTIM_INDICATORS: ReadonlySet<string> = new Set(VICTIM_LIST);

/** A median of days: may be fractional, and neither adds up over cells nor over agencies. */
export const MEDIAN_INDICATORS: ReadonlySet<string> = new Set(MEDIAN_LIST);

/** Breakdown dimensions, in key order; 'ALL' on a dimension means "not broken down by it". */
export const DIMENSIONS = BREAKDOWN_DIMENSIONS;
export type Dimension = BreakdownDimension;

export const DIMENSION_VALUES: Readonly<Record<Dimension, readonly string[]>> = {
  crimeType: CRIME_TYPES,
  exploitation: EXPLOITATIONS,
  sex: SEXES,
  ageGroup: AGE_GROUPS,
};

/** GraphQL BreakdownDimension → cell dimension. */
export const BREAKDOWN_DIMENSION: Readonly<Record<'CRIME_TYPE' | 'EXPLOITATION' | 'SEX' | 'AGE_GROUP', Dimension>> = {
  CRIME_TYPE: 'crimeType',
  EXPLOITATION: 'exploitation',
  SEX: 'sex',
  AGE_GROUP: 'ageGroup',
};

/** One cell's key: an indicator and a value (or ALL) per dimension. */
export interface CellKey {
  indicator: string;
  crimeType: string;
  exploitation: string;
  sex: string;
  ageGroup: string;
}

export interface Cell extends CellKey {
  value: number;
}

export function cellKey(cell: CellKey): string {
  return `${cell.indicator}|${cell.crimeType}|${cell.exploitation}|${cell.sex}|${cell.ageGroup}`;
}

/** The dimensions a cell is broken down by (not ALL). */
export function brokenDownBy(cell: CellKey): Dimension[] {
  return DIMENSIONS.filter((d) => cell[d] !== 'ALL');
}

/** The cells of one indicator that differ only on `dimension` (none ALL there); they add up to the cell `totalKey`. */
export interface Breakdown<T extends CellKey> {
  dimension: Dimension;
  totalKey: string;
  cells: T[];
}

export function breakdownsOf<T extends CellKey>(cells: readonly T[]): Breakdown<T>[] {
  const groups = new Map<string, Breakdown<T>>();
  for (const cell of cells) {
    for (const dimension of DIMENSIONS) {
      if (cell[dimension] === 'ALL') continue;
      const totalKey = cellKey({ ...cell, [dimension]: 'ALL' });
      const id = `${dimension}@${totalKey}`;
      const group = groups.get(id);
      if (group) group.cells.push(cell);
      else groups.set(id, { dimension, totalKey, cells: [cell] });
    }
  }
  return [...groups.values()];
}

const INDICATOR_ORDER = new Map<string, number>(INDICATORS.map((code, i) => [code, i]));

/** Enum order: indicators as listed in DESIGN §2, then each dimension's values with ALL first. */
export function compareCells(a: CellKey, b: CellKey): number {
  const byIndicator = (INDICATOR_ORDER.get(a.indicator) ?? 99) - (INDICATOR_ORDER.get(b.indicator) ?? 99);
  if (byIndicator !== 0) return byIndicator;
  for (const d of DIMENSIONS) {
    const diff = DIMENSION_VALUES[d].indexOf(a[d]) - DIMENSION_VALUES[d].indexOf(b[d]);
    if (diff !== 0) return diff;
  }
  return 0;
}
