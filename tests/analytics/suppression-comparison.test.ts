import { describe, expect, it } from 'vitest';
import { suppressComparisonRows, type ComparisonRowInput } from '../../lib/analytics/suppression.js';

const VICTIMS = 'AGENCY_VICTIMS_IDENTIFIED';

function row(
  measureId: string,
  dimensions: Record<string, string>,
  current: number | null,
  previous: number | null,
): ComparisonRowInput {
  return {
    measureId,
    dimensions: { countryCode: 'TH', ...dimensions },
    current: current === null ? null : { value: current, exposureDays: 92 },
    previous: previous === null ? null : { value: previous, exposureDays: 92 },
  };
}

describe('suppression: comparisons', () => {
  const rows = [
    row(VICTIMS, {}, 12, 10),
    row(VICTIMS, { sex: 'FEMALE' }, 9, 6),
    row(VICTIMS, { sex: 'MALE' }, 3, 4),
    row('AGENCY_ARRESTS', {}, 2, 1),
  ];

  it('compares only what the caller may see, suppressing each period with its own complements', () => {
    const [total, female, male, arrests] = suppressComparisonRows(rows, 'POLICY').map((r) => r.comparison);
    expect(total).toMatchObject({ current: 12, previous: 10, delta: 2, percentChange: 20, suppressed: false, significant: false });
    expect(total!.interval).not.toBeNull();
    for (const hidden of [female, male]) {
      expect(hidden).toMatchObject({
        current: null, previous: null, currentSuppressed: true, previousSuppressed: true,
        delta: null, percentChange: null, estimate: null, interval: null, significant: null,
      });
    }
    expect(arrests).toMatchObject({ current: 2, previous: 1, delta: 1, percentChange: 100, suppressed: false });
  });

  it('nulls every derived number when only one side is withheld', () => {
    const [total] = suppressComparisonRows([row(VICTIMS, {}, 30, 4)], 'PARTNER').map((r) => r.comparison);
    expect(total).toMatchObject({
      current: 30, previous: null, currentSuppressed: false, previousSuppressed: true,
      suppressed: true, delta: null, percentChange: null, interval: null, significant: null,
    });
  });

  it('shows analysts every value with its test', () => {
    const [, , male] = suppressComparisonRows(rows, 'ANALYST').map((r) => r.comparison);
    expect(male).toMatchObject({ current: 3, previous: 4, delta: -1, percentChange: -25, suppressed: false, significant: false });
    expect(male!.interval!.lower).toBeGreaterThan(0);
  });

  it('returns measure, group and comparison only, never the raw observations', () => {
    const [first] = suppressComparisonRows(rows, 'POLICY');
    expect(Object.keys(first!).sort()).toEqual(['comparison', 'dimensions', 'measureId']);
    // The withheld rows carry no number at all: not the counts, not a delta, not an interval.
    expect(JSON.stringify(suppressComparisonRows(rows, 'POLICY').slice(1, 3))).not.toMatch(/\d/);
  });

  it('withholds a referral-rate comparison whose victim count is withheld', () => {
    const ratio = (current: [number, number], previous: [number, number]): ComparisonRowInput => ({
      measureId: 'REFERRAL_RATE',
      dimensions: { countryCode: 'TH' },
      current: { value: current[0] / current[1], numerator: current[0], denominator: current[1] },
      previous: { value: previous[0] / previous[1], numerator: previous[0], denominator: previous[1] },
    });
    const result = suppressComparisonRows(
      [row(VICTIMS, {}, 20, 16), row('AGENCY_VICTIMS_REFERRED', {}, 10, 4), ratio([10, 20], [4, 16])],
      'POLICY',
    ).map((r) => r.comparison);
    expect(result[2]).toMatchObject({ current: 0.5, previous: null, previousSuppressed: true, delta: null, test: 'NONE', significant: null });
  });
});
