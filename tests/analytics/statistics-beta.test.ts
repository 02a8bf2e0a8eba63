import { describe, expect, it } from 'vitest';
import { betaDensity, inverseRegularizedIncompleteBeta, regularizedIncompleteBeta } from '../../lib/analytics/beta.js';
import { logGamma } from '../../lib/analytics/gamma.js';
import { normalQuantile } from '../../lib/analytics/normal.js';

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(tolerance);
}

/** P(X ≤ k) for X ~ Binomial(n, p), summed term by term from log factorials: independent of beta.ts. */
function binomialCdf(k: number, n: number, p: number): number {
  const logFactorial = [0];
  for (let i = 1; i <= n; i++) logFactorial.push(logFactorial[i - 1]! + Math.log(i));
  let sum = 0;
  for (let j = 0; j <= k; j++) {
    sum += Math.exp(
      logFactorial[n]! - logFactorial[j]! - logFactorial[n - j]! + j * Math.log(p) + (n - j) * Math.log1p(-p),
    );
  }
  return sum;
}

describe('statistics: log-gamma', () => {
  it('matches factorials and Γ(½) = √π', () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expectRelative(logGamma(11), Math.log(3628800), 1e-15);
    expectRelative(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    expectRelative(logGamma(171), 706.5730622457874, 1e-14);
  });
});

describe('statistics: regularized incomplete beta', () => {
  it('agrees with closed forms', () => {
    for (const x of [1e-9, 0.01, 0.3, 0.5, 0.77, 0.999]) {
      expectRelative(regularizedIncompleteBeta(x, 1, 1), x, 1e-14);
      expectRelative(regularizedIncompleteBeta(x, 3, 1), x ** 3, 1e-13);
      expectRelative(regularizedIncompleteBeta(x, 1, 4), -Math.expm1(4 * Math.log1p(-x)), 1e-13);
      expectRelative(regularizedIncompleteBeta(x, 0.5, 0.5), (2 / Math.PI) * Math.asin(Math.sqrt(x)), 1e-13);
    }
    expect(regularizedIncompleteBeta(0.5, 7.5, 7.5)).toBeCloseTo(0.5, 14);
  });

  it('equals a binomial tail: P(X ≤ k) = I_(1−p)(n − k, k + 1)', () => {
    for (const [k, n, p] of [
      [3, 20, 0.3],
      [0, 15, 0.1],
      [47, 120, 0.41],
      [199, 200, 0.97],
    ] as const) {
      expectRelative(regularizedIncompleteBeta(1 - p, n - k, k + 1), binomialCdf(k, n, p), 1e-12);
    }
  });

  it('matches reference values (scipy.special.betainc, Boost) including shapes in the millions', () => {
    expectRelative(regularizedIncompleteBeta(0.3, 2.5, 7.25), 0.6604822735819071, 1e-13);
    expectRelative(regularizedIncompleteBeta(0.45, 30, 40), 0.6447480085585666, 1e-13);
    expectRelative(regularizedIncompleteBeta(0.9, 0.2, 3), 0.9999063076430293, 1e-14);
    expectRelative(regularizedIncompleteBeta(0.0245, 5000, 200000), 0.6278706064518457, 1e-11);
    expectRelative(regularizedIncompleteBeta(0.5, 1e7, 1e7 + 3000), 0.7488165018684481, 1e-11);
  });

  it('has the beta density as its derivative', () => {
    const [a, b, x, h] = [4.5, 2.25, 0.6, 1e-6];
    const slope = (regularizedIncompleteBeta(x + h, a, b) - regularizedIncompleteBeta(x - h, a, b)) / (2 * h);
    expectRelative(betaDensity(x, a, b), slope, 1e-8);
  });

  it('rejects shapes and arguments outside the domain', () => {
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(1.2, 1, 1)).toThrow('0 ≤ x ≤ 1');
    expect(() => inverseRegularizedIncompleteBeta(-0.1, 2, 2)).toThrow('0 ≤ p ≤ 1');
  });
});

describe('statistics: inverse incomplete beta', () => {
  it('matches reference quantiles (scipy.special.betaincinv)', () => {
    expectRelative(inverseRegularizedIncompleteBeta(0.025, 3, 18), 0.0320709371854637, 1e-13);
    expectRelative(inverseRegularizedIncompleteBeta(0.975, 8, 14), 0.5696754829041243, 1e-13);
    expectRelative(inverseRegularizedIncompleteBeta(1e-12, 2, 50), 2.8005614491025892e-8, 1e-11);
    expectRelative(inverseRegularizedIncompleteBeta(0.5, 0.3, 0.7), 0.15877468697850153, 1e-12);
    expectRelative(inverseRegularizedIncompleteBeta(0.999, 200, 5), 0.9963463340781995, 1e-14);
    expectRelative(inverseRegularizedIncompleteBeta(0.025, 100000, 99001), 0.5003132495404861, 1e-12);
  });

  it('round-trips through the incomplete beta', () => {
    for (const [a, b] of [
      [1, 1],
      [0.4, 9],
      [12, 0.6],
      [3, 250],
      [1500, 1800],
    ] as const) {
      for (const p of [1e-8, 0.025, 0.3, 0.5, 0.975, 1 - 1e-6]) {
        const x = inverseRegularizedIncompleteBeta(p, a, b);
        // Next to 1 a single ulp of x moves I by density × ulp, so that is as close as any x can get.
        const reachable = 1e-12 * p + 8 * Number.EPSILON * betaDensity(x, a, b);
        expect(Math.abs(regularizedIncompleteBeta(x, a, b) - p)).toBeLessThan(reachable);
      }
    }
    expect(inverseRegularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(inverseRegularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});

describe('statistics: normal quantile', () => {
  it('matches reference values (scipy.stats.norm.ppf, R qnorm)', () => {
    expectRelative(normalQuantile(0.975), 1.959963984540054, 1e-15);
    expectRelative(normalQuantile(0.995), 2.5758293035489004, 1e-15);
    expectRelative(normalQuantile(0.9), 1.2815515655446004, 1e-15);
    expectRelative(normalQuantile(0.02425), -1.972961051311885, 1e-15);
    expectRelative(normalQuantile(1e-20), -9.262340089798409, 1e-15);
    expect(normalQuantile(0.5)).toBe(0);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});
