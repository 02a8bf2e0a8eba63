/**
 * Small-count suppression (DESIGN §5). For every role but ANALYST:
 * - a victim count (AGENCY_VICTIMS_IDENTIFIED, AGENCY_VICTIMS_REFERRED) below 5, zero included, is withheld
 *   (value null, suppressed true): see docs/methodology.md for why 0 is withheld too;
 * - complementary suppression: within every breakdown that sums to a total, a lone hidden entry takes the
 *   next smallest cell with it, the total counting as an entry (the shared rule, lib/suppression/complementary.ts);
 * - a value derived from a suppressed count (REFERRAL_RATE) is withheld too;
 * - comparisons use only values the caller may see (insights marks suppressed sides before comparing).
 * Pass every cell of a measure, country and period that the response (or any other response) can show,
 * totals included: suppression can only protect relations it sees. Only `value`, `numerator` and
 * `denominator` are cleared, so cells must not carry the value in any other field.
 */
import type { Role } from '../identity.js';
import { BREAKDOWN_DIMENSIONS } from '../domain/agency-indicators.js';
import { addComplementarySuppression, SUPPRESSION_THRESHOLD } from '../suppression/complementary.js';
import { requireMeasure } from './measures.js';

export { withholdSmallHotspots } from './hotspot-suppression.js';

export interface SuppressionCell {
  /** A catalogue id (measures.ts); an unknown id throws rather than risk showing a victim count. */
  measureId: string;
  /** Fixed coordinates (country, period, ...) and breakdown dimensions; a missing breakdown dimension means 'ALL'. */
  dimensions: Readonly<Record<string, string>>;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

/**
 * BELOW_THRESHOLD: the count itself is under 5; COMPLEMENTARY: hidden so the first cannot be recovered by subtraction;
 * COMPONENT_SUPPRESSED: derived from a hidden count.
 */
export type SuppressionReason = 'BELOW_THRESHOLD' | 'COMPLEMENTARY' | 'COMPONENT_SUPPRESSED';

export type SuppressedCell<T extends SuppressionCell> = T & {
  suppressed: boolean;
  suppressionReason: SuppressionReason | null;
};

export interface SuppressionOptions {
  /** Dimensions whose values sum to their 'ALL' cell; default crimeType, exploitation, sex, ageGroup. */
  breakdownDimensions?: readonly string[];
}

function componentKey(
  measureId: string,
  dimensions: Readonly<Record<string, string>>,
  breakdown: readonly string[],
): string {
  const coords: Record<string, string> = {};
  for (const dimension of breakdown) coords[dimension] = 'ALL';
  Object.assign(coords, dimensions);
  return JSON.stringify([
    measureId,
    ...Object.keys(coords)
      .sort()
      .map((key) => `${key}=${coords[key]}`),
  ]);
}

/** Decides, for one caller's role, which cells are withheld. Analysts see every value. */
export function applySuppression<T extends SuppressionCell>(
  cells: readonly T[],
  role: Role,
  options: SuppressionOptions = {},
): SuppressedCell<T>[] {
  const measures = cells.map((cell) => requireMeasure(cell.measureId));
  const reasons: (SuppressionReason | null)[] = cells.map(() => null);
  if (role !== 'ANALYST') {
    const breakdown = options.breakdownDimensions ?? BREAKDOWN_DIMENSIONS;
    const counted: number[] = [];
    const hidden = cells.map(() => false);
    cells.forEach((cell, index) => {
      const measure = measures[index]!;
      if (!measure.suppressible || measure.kind !== 'COUNT' || cell.value === null) return;
      counted.push(index);
      if (cell.value < SUPPRESSION_THRESHOLD) {
        hidden[index] = true;
        reasons[index] = 'BELOW_THRESHOLD';
      }
    });
    for (const index of addComplementarySuppression(cells, counted, hidden, { breakdownDimensions: breakdown })) {
      reasons[index] = 'COMPLEMENTARY';
    }
    const hiddenKeys = new Set<string>();
    const presentKeys = new Set<string>();
    for (const index of counted) {
      const key = componentKey(cells[index]!.measureId, cells[index]!.dimensions, breakdown);
      presentKeys.add(key);
      if (hidden[index]) hiddenKeys.add(key);
    }
    cells.forEach((cell, index) => {
      const measure = measures[index]!;
      if (!measure.suppressible || measure.kind === 'COUNT') return;
      for (const componentId of [measure.numeratorMeasureId, measure.denominatorMeasureId]) {
        if (componentId === undefined) continue;
        const key = componentKey(componentId, cell.dimensions, breakdown);
        if (cell.value !== null && !presentKeys.has(key)) {
          throw new RangeError(
            `${measure.id} needs its component ${componentId} with the same dimensions in the same call, ` +
              'so that complementary suppression carries over to it',
          );
        }
        if (hiddenKeys.has(key)) reasons[index] = 'COMPONENT_SUPPRESSED';
      }
    });
  }
  return cells.map((cell, index) => {
    const reason = reasons[index]!;
    if (reason === null) return { ...cell, suppressed: false, suppressionReason: null };
    const cleared = { ...cell, value: null, suppressed: true, suppressionReason: reason };
    if ('numerator' in cell) cleared.numerator = null;
    if ('denominator' in cell) cleared.denominator = null;
    return cleared;
  });
}
