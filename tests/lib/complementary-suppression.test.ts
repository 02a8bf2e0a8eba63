import { describe, expect, it } from 'vitest';
import {
  addComplementarySuppression,
  type AdditiveCell,
  type ComplementaryOptions,
} from '../../lib/suppression/complementary.js';

const DIMS = ['sex', 'ageGroup'];
const RULE: ComplementaryOptions = { breakdownDimensions: DIMS };

const cell = (value: number | null, dimensions: Record<string, string> = {}, measureId = 'M'): AdditiveCell => ({
  measureId,
  dimensions,
  value,
});

/** Runs the rule with primary suppression below 5 over every cell; returns the hidden flags and the indexes added. */
function run(cells: AdditiveCell[], options: ComplementaryOptions, indexes = cells.map((_, i) => i)) {
  const hidden = cells.map((c) => c.value !== null && c.value < 5);
  const added = addComplementarySuppression(cells, indexes, hidden, options);
  return { hidden, added };
}

describe('lib/suppression/complementary: a breakdown and its total', () => {
  it('hides the smallest visible cell when one entry of a breakdown is hidden', () => {
    const { hidden, added } = run(
      [cell(30), cell(2, { sex: 'F' }), cell(8, { sex: 'M' }), cell(20, { sex: 'U' })],
      RULE,
    );
    expect(hidden).toEqual([false, true, true, false]);
    expect(added).toEqual([2]);
  });

  it('hides the total when the hidden cell has no visible sibling', () => {
    const { hidden, added } = run([cell(8), cell(3, { sex: 'F' })], RULE);
    expect(hidden).toEqual([true, true]);
    expect(added).toEqual([0]);
  });

  it('treats a hidden total as an entry: one visible cell goes with it, or the cells would add up to it', () => {
    expect(run([cell(4), cell(9, { sex: 'F' }), cell(7, { sex: 'M' })], RULE).hidden).toEqual([true, false, true]);
  });

  it('protects a breakdown whose total is not among the cells: it may be shown by another response', () => {
    const { hidden, added } = run([cell(3, { sex: 'F' }), cell(30, { sex: 'M' }), cell(7, { sex: 'U' })], RULE);
    expect(hidden).toEqual([true, false, true]);
    expect(added).toEqual([2]);
  });

  it('ignores a lone cell without its total, and a lone total', () => {
    expect(run([cell(3, { sex: 'F' })], RULE).added).toEqual([]);
    expect(run([cell(3)], RULE).added).toEqual([]);
  });

  it('reads a missing breakdown dimension as ALL and keeps other coordinates apart', () => {
    const cells = [
      cell(12, { country: 'TH' }),
      cell(9, { country: 'TH', sex: 'F' }),
      cell(3, { country: 'TH', sex: 'M' }),
      cell(12, { country: 'VN', sex: 'ALL' }),
      cell(6, { country: 'VN', sex: 'F' }),
      cell(6, { country: 'VN', sex: 'M' }),
    ];
    expect(run(cells, RULE).hidden).toEqual([false, true, true, false, false, false]);
  });
});

describe('lib/suppression/complementary: common rules', () => {
  it('propagates through a cross-tabulation until no breakdown has a lone hidden entry', () => {
    const inner = [
      cell(2, { sex: 'F', ageGroup: 'MINOR' }),
      cell(10, { sex: 'F', ageGroup: 'ADULT' }),
      cell(8, { sex: 'M', ageGroup: 'MINOR' }),
      cell(20, { sex: 'M', ageGroup: 'ADULT' }),
    ];
    expect(run(inner, RULE).hidden).toEqual([true, true, true, true]);
    // With the margins in view, the same four cells go and the margins stay.
    const margins = [
      cell(12, { sex: 'F' }),
      cell(28, { sex: 'M' }),
      cell(10, { ageGroup: 'MINOR' }),
      cell(30, { ageGroup: 'ADULT' }),
    ];
    expect(run([...inner, ...margins], RULE).hidden).toEqual([true, true, true, true, false, false, false, false]);
  });

  it('leaves no breakdown with exactly one hidden entry, for random tables', () => {
    let seed = 3;
    const random = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed >>> 12) % limit;
    };
    const sexes = ['F', 'M', 'U'];
    const ages = ['MINOR', 'ADULT'];
    for (let table = 0; table < 200; table++) {
      const inner = sexes.flatMap((sex) =>
        ages.map((ageGroup) => cell(random(3) === 0 ? random(5) : random(40), { sex, ageGroup })),
      );
      const sum = (keep: (c: AdditiveCell) => boolean) => inner.filter(keep).reduce((s, c) => s + c.value!, 0);
      const cells = [
        cell(sum(() => true)),
        ...sexes.map((sex) =>
          cell(
            sum((c) => c.dimensions.sex === sex),
            { sex },
          ),
        ),
        ...ages.map((ageGroup) =>
          cell(
            sum((c) => c.dimensions.ageGroup === ageGroup),
            { ageGroup },
          ),
        ),
        ...inner,
      ];
      const { hidden } = run(cells, RULE);
      const at = (sex: string, age: string) =>
        hidden[
          cells.findIndex((c) => (c.dimensions.sex ?? 'ALL') === sex && (c.dimensions.ageGroup ?? 'ALL') === age)
        ]!;
      // The ALL cell is an entry of each breakdown: a lone hidden entry, total or cell, could be subtracted out.
      const breakdowns = [
        ...['ALL', ...ages].map((age) => ['ALL', ...sexes].map((sex) => at(sex, age))),
        ...['ALL', ...sexes].map((sex) => ['ALL', ...ages].map((age) => at(sex, age))),
      ];
      for (const breakdown of breakdowns) expect(breakdown.filter(Boolean).length).not.toBe(1);
    }
  });

  it('breaks ties by input order unless told otherwise', () => {
    const cells = [cell(1, { sex: 'F' }), cell(6, { sex: 'M' }), cell(6, { sex: 'U' })];
    expect(run(cells, RULE).added).toEqual([1]);
    expect(run(cells, { ...RULE, compareTies: (a, b) => b - a }).added).toEqual([2]);
  });

  it('takes part only the given indexes and keeps measures apart', () => {
    const cells = [
      cell(3, { sex: 'F' }),
      cell(9, { sex: 'M' }),
      cell(2, { sex: 'F' }, 'OTHER'),
      cell(8, { sex: 'M' }, 'OTHER'),
    ];
    const { hidden, added } = run(cells, RULE, [0, 1]);
    expect(added).toEqual([1]);
    expect(hidden).toEqual([true, true, true, false]);
  });

  it('adds nothing when two entries are already hidden, and leaves unhidden input alone', () => {
    expect(run([cell(7), cell(3, { sex: 'F' }), cell(4, { sex: 'M' })], RULE).added).toEqual([]);
    expect(run([cell(12), cell(5, { sex: 'F' }), cell(7, { sex: 'M' })], RULE).hidden).toEqual([false, false, false]);
  });

  it('throws for two cells with the same measure and coordinates', () => {
    expect(() => run([cell(7, { sex: 'M' }), cell(8, { sex: 'M', ageGroup: 'ALL' })], RULE)).toThrow(RangeError);
    expect(() => run([cell(7, { sex: 'M' }), cell(8, { sex: 'M' })], RULE)).toThrow(
      'two cells with the same measure and dimensions',
    );
  });
});
