/**
 * Rounding at read time (docs/methodology.md §1.5): the warehouse keeps every driver's exact share of the score;
 * only the drivers one answer shows are rounded, together, to tenths by largest remainder, so that they sum
 * exactly to the score shown (itself the exact total rounded to one decimal). Each contribution is first floored
 * to tenths; the tenths still missing go to the largest remainders, ties to the driver listed first.
 */

/** Tenths of a point (integers) for each exact contribution, summing to round(score × 10). */
export function roundToScore(exact: readonly number[], score: number): number[] {
  // The epsilon keeps a share like 11.1 (11.0999…9 in binary) from flooring a whole tenth too low.
  const floors = exact.map((x) => Math.floor(x * 10 + 1e-9));
  const remainders = exact.map((x, i) => x * 10 - floors[i]!);
  let left = Math.round(score * 10) - floors.reduce((n, f) => n + f, 0);
  const byRemainder = exact.map((_, i) => i).sort((a, b) => remainders[b]! - remainders[a]! || a - b);
  const tenths = [...floors];
  // With exact shares summing to the unrounded score, 0 ≤ left ≤ count; the loops also settle a total a few
  // tenths off (float residue), taking from the smallest remainders first.
  for (let k = 0; left > 0 && byRemainder.length > 0; k = (k + 1) % byRemainder.length, left--)
    tenths[byRemainder[k]!]! += 1;
  const fromSmallest = [...byRemainder].reverse().filter((i) => tenths[i]! > 0);
  for (let k = 0; left < 0 && k < fromSmallest.length; k++, left++) tenths[fromSmallest[k]!]! -= 1;
  return tenths;
}
