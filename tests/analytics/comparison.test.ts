import { describe, expect, it } from 'vitest';
import { compareMeasure, fillSeries, periodLengthDays } from '../../lib/analytics/comparison.js';
import { rateRatioExact } from '../../lib/analytics/statistics.js';

describe('comparison: counts', () => {
  it('compares counts as rates per day with the exact rate-ratio interval', () => {
    const result = compareMeasure({
      kind: 'COUNT',
      current: { value: 45, exposureDays: 92 },
      previous: { value: 30, exposureDays: 91 },
    });
    const exact = rateRatioExact(45, 92, 30, 91);
    expect(result).toMatchObject({ current: 45, previous: 30, delta: 15, percentChange: 50, test: 'RATE_RATIO_EXACT' });
    expect(result.estimate).toBe(exact.estimate);
    expect(result.interval).toEqual(exact.interval);
    expect(result.interval!.lower).toBeCloseTo(0.9144, 4);
    expect(result.significant).toBe(false);
    expect(result.suppressed).toBe(false);
  });

  it('gives no percent change from a previous 0, never Infinity, and still tests', () => {
    const result = compareMeasure({
      kind: 'COUNT',
      current: { value: 9, exposureDays: 31 },
      previous: { value: 0, exposureDays: 30 },
    });
    expect(result.delta).toBe(9);
    expect(result.percentChange).toBeNull();
    expect(result.estimate).toBeNull();
    expect(result.interval!.upper).toBeNull();
    expect(result.significant).toBe(true);
  });

  it('reports 0 vs 0 as no change with no test: no interval and significant null, not false', () => {
    const result = compareMeasure({
      kind: 'COUNT',
      current: { value: 0, exposureDays: 31 },
      previous: { value: 0, exposureDays: 30 },
    });
    expect(result).toMatchObject({ delta: 0, percentChange: null, estimate: null, interval: null, significant: null });
  });

  it('leaves delta, percent change and the test empty when a side is missing', () => {
    for (const previous of [null, { value: null, exposureDays: 30 }]) {
      const result = compareMeasure({ kind: 'COUNT', current: { value: 12, exposureDays: 31 }, previous });
      expect(result).toMatchObject({
        current: 12,
        previous: null,
        delta: null,
        percentChange: null,
        interval: null,
        significant: null,
      });
    }
  });

  it('throws when a count has no exposure or is fractional', () => {
    expect(() =>
      compareMeasure({ kind: 'COUNT', current: { value: 3 }, previous: { value: 4, exposureDays: 30 } }),
    ).toThrow('current.exposureDays is required');
    expect(() =>
      compareMeasure({
        kind: 'COUNT',
        current: { value: 3.5, exposureDays: 30 },
        previous: { value: 4, exposureDays: 30 },
      }),
    ).toThrow('non-negative integer');
  });

  it('skips the test when the measure says so', () => {
    const result = compareMeasure({
      kind: 'COUNT',
      test: 'NONE',
      current: { value: 1_200_000, exposureDays: 92 },
      previous: { value: 1_000_000, exposureDays: 92 },
    });
    expect(result).toMatchObject({
      delta: 200_000,
      percentChange: 20,
      test: 'NONE',
      interval: null,
      significant: null,
    });
  });
});

describe('comparison: proportions, rates, medians and ratios', () => {
  it('compares proportions with the Newcombe interval for the difference', () => {
    const result = compareMeasure({
      kind: 'PROPORTION',
      current: { value: 0.8, numerator: 56, denominator: 70 },
      previous: { value: 0.6, numerator: 48, denominator: 80 },
    });
    expect(result.delta).toBeCloseTo(0.2, 12);
    expect(result.percentChange).toBeCloseTo(33.333333, 5);
    expect(result.test).toBe('NEWCOMBE_DIFFERENCE');
    expect(result.estimate).toBeCloseTo(0.2, 12);
    expect(result.interval!.lower).toBeCloseTo(0.0524, 4);
    expect(result.interval!.upper).toBeCloseTo(0.3339, 4);
    expect(result.significant).toBe(true);
  });

  it('has no test for a proportion without trials', () => {
    const result = compareMeasure({
      kind: 'PROPORTION',
      current: { value: 0.5, numerator: 3, denominator: 6 },
      previous: { value: null, numerator: 0, denominator: 0 },
    });
    expect(result).toMatchObject({
      previous: null,
      delta: null,
      percentChange: null,
      interval: null,
      significant: null,
    });
  });

  it('compares a rate per exposure with the exact rate ratio, exposure taken from the denominator', () => {
    const result = compareMeasure({
      kind: 'RATE',
      current: { value: 15, numerator: 30, denominator: 200_000 },
      previous: { value: 8, numerator: 12, denominator: 150_000 },
    });
    const exact = rateRatioExact(30, 200_000, 12, 150_000);
    expect(result.delta).toBe(7);
    expect(result.percentChange).toBeCloseTo(87.5, 10);
    expect(result.estimate).toBeCloseTo(1.875, 12);
    expect(result.interval).toEqual(exact.interval);
    expect(result.significant).toBe(exact.significant);
  });

  it('never tests medians or ratios', () => {
    const median = compareMeasure({ kind: 'MEDIAN', current: { value: 21 }, previous: { value: 28 } });
    expect(median).toMatchObject({
      delta: -7,
      percentChange: -25,
      test: 'NONE',
      estimate: null,
      interval: null,
      significant: null,
    });
    const ratio = compareMeasure({ kind: 'RATIO', current: { value: 0.4 }, previous: { value: 0 } });
    expect(ratio).toMatchObject({ percentChange: null, significant: null });
    expect(ratio.delta).toBeCloseTo(0.4, 12);
  });
});

describe('comparison: suppressed sides', () => {
  it('never shows or uses a suppressed value', () => {
    const result = compareMeasure({
      kind: 'COUNT',
      current: { value: 3, exposureDays: 92, suppressed: true },
      previous: { value: 40, exposureDays: 92 },
    });
    expect(result).toEqual({
      current: null,
      previous: 40,
      currentSuppressed: true,
      previousSuppressed: false,
      suppressed: true,
      delta: null,
      percentChange: null,
      test: 'RATE_RATIO_EXACT',
      estimate: null,
      interval: null,
      significant: null,
    });
  });
});

describe('comparison: series', () => {
  const periods = ['2019-Q1', '2019-Q2', '2019-Q3', '2019-Q4'];

  it('fills a count gap with 0 and other kinds with null', () => {
    const points = [
      { periodId: '2019-Q1', value: 4 },
      { periodId: '2019-Q3', value: 7 },
    ];
    expect(fillSeries(periods, points, 'COUNT').map((point) => point.value)).toEqual([4, 0, 7, 0]);
    for (const kind of ['PROPORTION', 'MEDIAN', 'RATIO', 'RATE'] as const) {
      expect(fillSeries(periods, points, kind).map((point) => point.value)).toEqual([4, null, 7, null]);
    }
    const filled = fillSeries(periods, points, 'COUNT');
    expect(filled[1]).toEqual({ periodId: '2019-Q2', value: 0, suppressed: false, filled: true, point: null });
    expect(filled[0]!.point).toBe(points[0]);
  });

  it('keeps a missing agency count unknown when missing does not mean zero', () => {
    const series = fillSeries(periods, [{ periodId: '2019-Q2', value: 12 }], 'COUNT', { missingIsZero: false });
    expect(series.map((point) => point.value)).toEqual([null, 12, null, null]);
  });

  it('never turns a suppressed point into 0', () => {
    const series = fillSeries(periods, [{ periodId: '2019-Q2', value: 3, suppressed: true }], 'COUNT');
    expect(series[1]).toMatchObject({ value: null, suppressed: true, filled: false });
  });

  it('rejects duplicate and out-of-range points', () => {
    expect(() =>
      fillSeries(
        periods,
        [
          { periodId: '2019-Q1', value: 1 },
          { periodId: '2019-Q1', value: 2 },
        ],
        'COUNT',
      ),
    ).toThrow('two points for period 2019-Q1');
    expect(() => fillSeries(periods, [{ periodId: '2020-Q1', value: 1 }], 'COUNT')).toThrow(
      'outside the requested periods',
    );
  });

  it('measures period lengths in days, both ends included', () => {
    expect(periodLengthDays('2019-07-02', '2019-12-03')).toBe(155);
    expect(periodLengthDays('2019-07-01', '2019-09-30')).toBe(92);
    expect(periodLengthDays('2020-01-01', '2020-12-31')).toBe(366);
    expect(periodLengthDays('2019-03-31', '2019-03-31')).toBe(1);
    expect(() => periodLengthDays('2019-02-30', '2019-03-31')).toThrow('startDate must be a date');
    expect(() => periodLengthDays('2019-03-31', '2019-03-01')).toThrow('before startDate');
  });
});
