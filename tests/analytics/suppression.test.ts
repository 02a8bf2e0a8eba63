import { describe, expect, it } from 'vitest';
import type { Role } from '../../lib/identity.js';
import { applySuppression, type SuppressionCell } from '../../lib/analytics/suppression.js';

const VICTIMS = 'AGENCY_VICTIMS_IDENTIFIED';
const REFERRED = 'AGENCY_VICTIMS_REFERRED';

function cell(value: number | null, dimensions: Record<string, string> = {}, measureId = VICTIMS): SuppressionCell {
  return { measureId, dimensions: { countryCode: 'TH', periodId: '2019-Q3', ...dimensions }, value };
}

function shown(cells: readonly SuppressionCell[], role: Role = 'POLICY'): Array<number | null> {
  return applySuppression(cells, role).map((result) => result.value);
}

describe('suppression: victim counts', () => {
  it('withholds a count below 5 and the next smallest cell of its breakdown', () => {
    const cells = [cell(12), cell(9, { sex: 'FEMALE' }), cell(3, { sex: 'MALE' })];
    const result = applySuppression(cells, 'POLICY');
    expect(result.map((r) => [r.value, r.suppressed, r.suppressionReason])).toEqual([
      [12, false, null],
      [null, true, 'COMPLEMENTARY'],
      [null, true, 'BELOW_THRESHOLD'],
    ]);
  });

  it('withholds 0 like any other count below 5', () => {
    expect(shown([cell(10), cell(10, { sex: 'FEMALE' }), cell(0, { sex: 'MALE' })])).toEqual([10, null, null]);
  });

  it('shows values of 5 and more, and every value to analysts', () => {
    const cells = [cell(12), cell(5, { sex: 'FEMALE' }), cell(7, { sex: 'MALE' })];
    expect(shown(cells)).toEqual([12, 5, 7]);
    const small = [cell(4), cell(1, { sex: 'FEMALE' }), cell(3, { sex: 'MALE' })];
    expect(shown(small, 'ANALYST')).toEqual([4, 1, 3]);
    expect(applySuppression(small, 'ANALYST').every((r) => !r.suppressed)).toBe(true);
  });

  it('applies to every role but ANALYST', () => {
    const cells = [cell(12), cell(9, { sex: 'FEMALE' }), cell(3, { sex: 'MALE' })];
    for (const role of ['PARTNER', 'AGENCY', 'POLICY', 'WAREHOUSE'] as const) {
      expect(shown(cells, role)).toEqual([12, null, null]);
    }
  });

  it('picks the smallest visible cell as the complement', () => {
    const cells = [cell(30), cell(2, { sex: 'FEMALE' }), cell(8, { sex: 'MALE' }), cell(20, { sex: 'UNKNOWN' })];
    expect(shown(cells)).toEqual([30, null, null, 20]);
  });

  it('needs no complement when two cells are already withheld', () => {
    expect(shown([cell(7), cell(3, { sex: 'FEMALE' }), cell(4, { sex: 'MALE' })])).toEqual([7, null, null]);
  });

  it('withholds the total when the hidden cell has no sibling to hide', () => {
    const result = applySuppression([cell(8), cell(3, { sex: 'FEMALE' })], 'POLICY');
    expect(result.map((r) => r.suppressionReason)).toEqual(['COMPLEMENTARY', 'BELOW_THRESHOLD']);
  });

  it('protects every margin of a cross-tabulation', () => {
    const cells = [
      cell(20),
      cell(12, { sex: 'FEMALE' }),
      cell(8, { sex: 'MALE' }),
      cell(6, { ageGroup: 'MINOR' }),
      cell(14, { ageGroup: 'ADULT' }),
      cell(2, { sex: 'FEMALE', ageGroup: 'MINOR' }),
      cell(10, { sex: 'FEMALE', ageGroup: 'ADULT' }),
      cell(4, { sex: 'MALE', ageGroup: 'MINOR' }),
      cell(4, { sex: 'MALE', ageGroup: 'ADULT' }),
    ];
    // (M, ADULT) = 4 is hidden, so (F, ADULT) must go too, or 14 − 10 would give it back.
    expect(shown(cells)).toEqual([20, 12, 8, 6, 14, null, null, null, null]);
    expect(applySuppression(cells, 'POLICY')[6]!.suppressionReason).toBe('COMPLEMENTARY');
  });

  it('leaves no breakdown with exactly one hidden entry, for any table', () => {
    let seed = 7;
    const random = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % limit;
    };
    const sexes = ['FEMALE', 'MALE', 'UNKNOWN'];
    const ages = ['MINOR', 'ADULT'];
    for (let table = 0; table < 200; table++) {
      const inner = sexes.flatMap((sex) =>
        ages.map((ageGroup) => ({ sex, ageGroup, value: random(3) === 0 ? random(5) : random(40) })),
      );
      const sum = (keep: (c: (typeof inner)[number]) => boolean) => inner.filter(keep).reduce((s, c) => s + c.value, 0);
      const cells = [
        cell(sum(() => true)),
        ...sexes.map((sex) =>
          cell(
            sum((c) => c.sex === sex),
            { sex },
          ),
        ),
        ...ages.map((ageGroup) =>
          cell(
            sum((c) => c.ageGroup === ageGroup),
            { ageGroup },
          ),
        ),
        ...inner.map((c) => cell(c.value, { sex: c.sex, ageGroup: c.ageGroup })),
      ];
      const result = applySuppression(cells, 'POLICY');
      const hidden = (sex: string, ageGroup: string) =>
        result.find((r) => (r.dimensions.sex ?? 'ALL') === sex && (r.dimensions.ageGroup ?? 'ALL') === ageGroup)!
          .suppressed;
      const relations = [
        ...['ALL', ...ages].map((age) => ['ALL', ...sexes].map((sex) => hidden(sex, age))),
        ...['ALL', ...sexes].map((sex) => ['ALL', ...ages].map((age) => hidden(sex, age))),
      ];
      for (const relation of relations) expect(relation.filter(Boolean).length).not.toBe(1);
      for (const r of result) if (r.suppressionReason === null) expect(r.value).toBeGreaterThanOrEqual(5);
    }
  });

  it('keeps countries and periods apart and defaults missing breakdown dimensions to ALL', () => {
    const cells = [
      cell(12),
      cell(9, { sex: 'FEMALE' }),
      cell(3, { sex: 'MALE' }),
      cell(12, { countryCode: 'VN' }),
      cell(6, { countryCode: 'VN', sex: 'FEMALE' }),
      cell(6, { countryCode: 'VN', sex: 'MALE' }),
      cell(9, { periodId: '2019-Q4', sex: 'FEMALE' }),
    ];
    expect(shown(cells)).toEqual([12, null, null, 12, 6, 6, 9]);
  });

  it('never touches other measures, and ignores cells without a value', () => {
    const cells = [cell(2, {}, 'AGENCY_ARRESTS'), cell(12), cell(null, { sex: 'FEMALE' }), cell(12, { sex: 'MALE' })];
    expect(shown(cells)).toEqual([2, 12, null, 12]);
    expect(applySuppression(cells, 'POLICY')[2]!.suppressed).toBe(false);
  });

  it('throws for unknown measure ids and duplicate cells', () => {
    expect(() => applySuppression([cell(2, {}, 'VICTIMS_IDENTIFIED')], 'ANALYST')).toThrow(
      'unknown measure id VICTIMS_IDENTIFIED',
    );
    expect(() => applySuppression([cell(7, { sex: 'MALE' }), cell(8, { sex: 'MALE' })], 'POLICY')).toThrow('two cells');
  });
});

describe('suppression: values derived from victim counts', () => {
  function referralRate(
    numerator: number,
    denominator: number,
    dimensions: Record<string, string> = {},
  ): SuppressionCell {
    return { ...cell(numerator / denominator, dimensions, 'REFERRAL_RATE'), numerator, denominator };
  }

  it('withholds the referral rate, with its numerator and denominator, when a component is withheld', () => {
    const cells = [cell(12), cell(3, {}, REFERRED), referralRate(3, 12)];
    const result = applySuppression(cells, 'AGENCY');
    expect(result[2]).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      suppressed: true,
      suppressionReason: 'COMPONENT_SUPPRESSED',
    });
  });

  it('follows complementary suppression of a component', () => {
    const cells = [
      cell(40),
      cell(15, { sex: 'FEMALE' }),
      cell(25, { sex: 'MALE' }),
      cell(20, {}, REFERRED),
      cell(3, { sex: 'FEMALE' }, REFERRED),
      cell(17, { sex: 'MALE' }, REFERRED),
      referralRate(20, 40),
      referralRate(3, 15, { sex: 'FEMALE' }),
      referralRate(17, 25, { sex: 'MALE' }),
    ];
    // 17 is hidden only as a complement, yet 0.68 × 25 would give it back: the male rate goes too.
    expect(shown(cells)).toEqual([40, 15, 25, 20, null, null, 0.5, null, null]);
  });

  it('refuses to decide without the component cells', () => {
    expect(() => applySuppression([referralRate(6, 12)], 'POLICY')).toThrow('needs its component');
    expect(shown([referralRate(3, 12)], 'ANALYST')).toEqual([0.25]);
  });
});
