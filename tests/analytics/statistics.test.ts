import { describe, expect, it } from 'vitest';
import {
  clopperPearson,
  poissonExact,
  newcombeDifference,
  rateRatioExact,
  wilson,
} from '../../lib/analytics/statistics.js';

function expectRelative(actual: number | null | undefined, expected: number, tolerance: number): void {
  expect(actual).toBeTypeOf('number');
  expect(Math.abs(actual! - expected) / Math.abs(expected)).toBeLessThan(tolerance);
}

/** P(X ≥ k) and P(X ≤ k) for X ~ Binomial(n, p), summed from log factorials: shares no code with beta.ts. */
function binomialTails(k: number, n: number, p: number): { atLeast: number; atMost: number } {
  const logFactorial = [0];
  for (let i = 1; i <= n; i++) logFactorial.push(logFactorial[i - 1]! + Math.log(i));
  const pmf = (j: number) =>
    Math.exp(logFactorial[n]! - logFactorial[j]! - logFactorial[n - j]! + j * Math.log(p) + (n - j) * Math.log1p(-p));
  let atLeast = 0;
  for (let j = k; j <= n; j++) atLeast += pmf(j);
  let atMost = 0;
  for (let j = 0; j <= k; j++) atMost += pmf(j);
  return { atLeast, atMost };
}

/** Bisection for the p in (0, 1) where a monotone tail probability equals target. */
function solve(tail: (p: number) => number, target: number, increasing: boolean): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (tail(mid) < target === increasing) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The exact rate-ratio interval the long way: Clopper–Pearson limits for p by root finding, then p/(1−p)·E0/E1.
 */
function bruteForceRateRatio(c1: number, e1: number, c0: number, e0: number): { lower: number; upper: number } {
  const n = c1 + c0;
  const pLower = solve((p) => binomialTails(c1, n, p).atLeast, 0.025, true);
  const pUpper = solve((p) => binomialTails(c1, n, p).atMost, 0.025, false);
  return { lower: (pLower / (1 - pLower)) * (e0 / e1), upper: (pUpper / (1 - pUpper)) * (e0 / e1) };
}

describe('statistics: exact Poisson interval', () => {
  it('matches R poisson.test (Garwood limits), with 0 as the lower end of a zero count', () => {
    const ten = poissonExact(10)!;
    expect(ten.lower).toBeCloseTo(4.795389, 5);
    expect(ten.upper).toBeCloseTo(18.390356, 5);
    expect(poissonExact(0)).toEqual({ lower: 0, upper: expect.closeTo(-Math.log(0.025), 5) });
    const hundred = poissonExact(100)!;
    expect(hundred.lower).toBeCloseTo(81.36397, 3);
    expect(hundred.upper).toBeCloseTo(121.6268, 3);
  });

  it('refuses what is not a whole count, and leaves huge counts without an interval', () => {
    expect(() => poissonExact(2.5)).toThrow('whole count');
    expect(() => poissonExact(-1)).toThrow('whole count');
    expect(poissonExact(2_000_000)).toBeNull();
  });
});

describe('statistics: Clopper–Pearson interval', () => {
  it('matches R binom.test(x, n)$conf.int', () => {
    const seven = clopperPearson(7, 20)!;
    expect(seven.estimate).toBe(0.35);
    expect(seven.lower).toBeCloseTo(0.1539092, 7);
    expect(seven.upper).toBeCloseTo(0.5921885, 7);
    expect(clopperPearson(0, 10)).toEqual({ estimate: 0, lower: 0, upper: expect.closeTo(0.3084971, 7) });
    expect(clopperPearson(10, 10)).toEqual({ estimate: 1, lower: expect.closeTo(0.6915029, 7), upper: 1 });
  });

  it('has the closed form 1 − (α/2)^(1/n) when x = 0 and honours the level', () => {
    expectRelative(clopperPearson(0, 25, 0.9)!.upper, 1 - 0.05 ** (1 / 25), 1e-12);
    const wide = clopperPearson(30, 100, 0.99)!;
    const narrow = clopperPearson(30, 100, 0.8)!;
    expect(wide.lower).toBeLessThan(narrow.lower);
    expect(wide.upper).toBeGreaterThan(narrow.upper);
  });

  it('returns null for no trials and rejects impossible counts', () => {
    expect(clopperPearson(0, 0)).toBeNull();
    expect(() => clopperPearson(3, 2)).toThrow('x must not exceed n');
    expect(() => clopperPearson(1.5, 4)).toThrow('non-negative integer');
    expect(() => clopperPearson(1, 4, 1)).toThrow('level');
  });
});

describe('statistics: exact rate-ratio interval', () => {
  it("matches R poisson.test(c(11, 21), c(800, 3011)) from R's own documentation", () => {
    const result = rateRatioExact(11, 800, 21, 3011);
    expectRelative(result.estimate, 1.971488, 1e-6);
    expectRelative(result.interval!.lower, 0.8584264, 1e-6);
    expectRelative(result.interval!.upper!, 4.2772659, 1e-6);
    expect(result.significant).toBe(false);
  });

  it('matches limits derived from the Clopper–Pearson relation', () => {
    // Expected = qbeta limits mapped by p/(1−p)·E0/E1 (computed with scipy.stats.beta.ppf, Boost), and
    // confirmed independently by the brute-force root finding in the next test.
    const cases: Array<[number, number, number, number, number, number]> = [
      [10, 184, 5, 92, 0.3114297771746786, 3.7286479554287486],
      [3, 155, 12, 184, 0.0537432703445612, 1.0997005654455334],
      [45, 92, 30, 91, 0.9143996308840591, 2.4391694521911353],
      [250, 365, 200, 366, 1.0365753015216028, 1.5172157896608391],
      [1, 10, 1, 10, 0.012739367083666627, 78.49683531626293],
      [100000, 365, 99000, 365, 1.0012537836562527, 1.0190265098910642],
    ];
    for (const [c1, e1, c0, e0, lower, upper] of cases) {
      const { interval } = rateRatioExact(c1, e1, c0, e0);
      expectRelative(interval!.lower, lower, 1e-10);
      expectRelative(interval!.upper!, upper, 1e-10);
    }
    expect(rateRatioExact(250, 365, 200, 366).significant).toBe(true);
    expect(rateRatioExact(45, 92, 30, 91).significant).toBe(false);
  });

  it('agrees with brute-force root finding on the binomial distribution', () => {
    const cases: Array<[number, number, number, number]> = [
      [7, 31, 3, 30],
      [12, 184, 19, 92],
      [40, 155, 25, 213],
      [2, 90, 9, 91],
      [60, 365, 61, 365],
    ];
    for (const [c1, e1, c0, e0] of cases) {
      const expected = bruteForceRateRatio(c1, e1, c0, e0);
      const { interval } = rateRatioExact(c1, e1, c0, e0);
      expectRelative(interval!.lower, expected.lower, 1e-9);
      expectRelative(interval!.upper!, expected.upper, 1e-9);
    }
  });

  it('handles zero counts: lower 0, unbounded upper as null, no interval for 0 vs 0', () => {
    const none = rateRatioExact(0, 30, 7, 31);
    expect(none.estimate).toBe(0);
    expect(none.interval!.lower).toBe(0);
    expectRelative(none.interval!.upper!, 0.7169411127663343, 1e-10);
    expect(none.significant).toBe(true);

    const fromNothing = rateRatioExact(7, 31, 0, 30);
    expect(fromNothing.estimate).toBeNull();
    expect(fromNothing.interval!.upper).toBeNull();
    expectRelative(fromNothing.interval!.lower, 1.3948146956470056, 1e-10);
    expect(fromNothing.significant).toBe(true);

    const fewFromNothing = rateRatioExact(2, 31, 0, 30);
    expect(fewFromNothing.interval!.upper).toBeNull();
    expect(fewFromNothing.significant).toBe(false);

    expect(rateRatioExact(0, 30, 0, 31)).toEqual({ estimate: null, interval: null, significant: null });
  });

  it('accounts for exposure: the same count over twice the days halves the rate', () => {
    const result = rateRatioExact(40, 184, 40, 92);
    expect(result.estimate).toBeCloseTo(0.5, 12);
    expect(result.interval!.upper).toBeLessThan(1);
    expect(result.significant).toBe(true);
  });

  it('rejects fractional counts and non-positive exposure', () => {
    expect(() => rateRatioExact(2.5, 30, 1, 30)).toThrow('currentCount must be a non-negative integer');
    expect(() => rateRatioExact(2, 0, 1, 30)).toThrow('currentExposure must be positive');
    expect(() => rateRatioExact(2, 30, 1, Number.POSITIVE_INFINITY)).toThrow('previousExposure');
  });
});

describe('statistics: Wilson and Newcombe intervals', () => {
  it('gives the Wilson score interval', () => {
    const interval = wilson(7, 20)!;
    expect(interval.lower).toBeCloseTo(0.1811918, 7);
    expect(interval.upper).toBeCloseTo(0.5671457, 7);
    expect(wilson(0, 10)).toEqual({ estimate: 0, lower: 0, upper: expect.closeTo(0.2775328, 7) });
    expect(wilson(0, 0)).toBeNull();
  });

  it('reproduces Newcombe (1998) Table II, method 10, to 4 decimals', () => {
    const table: Array<[number, number, number, number, number, number]> = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      // Method 10's formula, which reproduces every other row, gives 0.0582 to 0.8062 here.
      [6, 7, 2, 7, 0.0582, 0.8062],
      [5, 56, 0, 29, -0.0381, 0.1926],
      [0, 10, 0, 20, -0.1611, 0.2775],
      [0, 10, 0, 10, -0.2775, 0.2775],
      [10, 10, 0, 20, 0.6791, 1],
      [10, 10, 0, 10, 0.6075, 1],
    ];
    for (const [x1, n1, x2, n2, lower, upper] of table) {
      const result = newcombeDifference(x1, n1, x2, n2)!;
      expect(result.estimate).toBeCloseTo(x1 / n1 - x2 / n2, 12);
      expect(result.lower).toBeCloseTo(lower, 4);
      expect(result.upper).toBeCloseTo(upper, 4);
    }
  });

  it('is significant only when the interval excludes 0', () => {
    expect(newcombeDifference(56, 70, 48, 80)!.significant).toBe(true);
    expect(newcombeDifference(5, 56, 0, 29)!.significant).toBe(false);
    expect(newcombeDifference(3, 10, 9, 10)!.significant).toBe(true);
    expect(newcombeDifference(3, 10, 9, 10)!.upper).toBeLessThan(0);
  });

  it('returns null when either group has no trials', () => {
    expect(newcombeDifference(0, 0, 3, 10)).toBeNull();
    expect(newcombeDifference(3, 10, 0, 0)).toBeNull();
  });
});
