/**
 * Interval estimates behind period-over-period comparisons (DESIGN §4):
 * - clopperPearson: exact binomial interval, as R `binom.test(x, n)$conf.int`;
 * - rateRatioExact: exact conditional interval for a ratio of Poisson rates, as R
 *   `poisson.test(c(c1, c0), c(E1, E0))$conf.int`;
 * - wilson / newcombeDifference: score interval for a proportion and Newcombe's (1998) method 10 for the
 *   difference of two independent proportions.
 * Bad arguments (negative or fractional counts, x > n, a level outside (0, 1)) throw a RangeError: they are
 * programming errors upstream, never data to be silently turned into "not significant".
 */
import { inverseRegularizedIncompleteBeta } from './beta.js';
import { normalQuantile } from './normal.js';

export interface ProportionInterval {
  /** x / n. */
  estimate: number;
  lower: number;
  upper: number;
}

export interface RateRatioResult {
  /** (c1 / E1) / (c0 / E0); 0 when c1 = 0, null when c0 = 0 (no finite ratio). */
  estimate: number | null;
  /** null when both counts are 0 (nothing to condition on). `upper` null means unbounded (c0 = 0). */
  interval: { lower: number; upper: number | null } | null;
  /** The interval excludes 1; null when there is no interval (0 against 0: no test applies, DESIGN §4). */
  significant: boolean | null;
}

export interface DifferenceResult {
  /** p1 − p2. */
  estimate: number;
  lower: number;
  upper: number;
  /** The interval excludes 0. */
  significant: boolean;
}

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

function assertTrials(x: number, n: number): void {
  assertCount('x', x);
  assertCount('n', n);
  if (x > n) throw new RangeError(`x must not exceed n, got x=${x}, n=${n}`);
}

function assertLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must lie strictly between 0 and 1, got ${level}`);
}

function assertExposure(name: string, value: number): void {
  if (!(value > 0 && Number.isFinite(value))) throw new RangeError(`${name} must be positive and finite, got ${value}`);
}

/** Exact (Clopper–Pearson) interval for a binomial proportion; null when n = 0. */
export function clopperPearson(x: number, n: number, level = 0.95): ProportionInterval | null {
  assertTrials(x, n);
  assertLevel(level);
  if (n === 0) return null;
  const alpha = 1 - level;
  return {
    estimate: x / n,
    lower: x === 0 ? 0 : inverseRegularizedIncompleteBeta(alpha / 2, x, n - x + 1),
    upper: x === n ? 1 : inverseRegularizedIncompleteBeta(1 - alpha / 2, x + 1, n - x),
  };
}

/**
 * Exact interval for the rate ratio RR = (λ1 / λ0) of two Poisson counts c1 over exposure E1 (current) and
 * c0 over E0 (previous). Given N = c1 + c0, c1 ~ Binomial(N, p) with p = E1·RR / (E1·RR + E0), so the
 * Clopper–Pearson limits for p map to RR = p / (1 − p) · E0 / E1. The odds p / (1 − p) are computed from two
 * beta quantiles (1 − p_U is itself the α/2 quantile of Beta(c0, c1 + 1)) so that neither side loses
 * digits when p is close to 0 or 1.
 */
export function rateRatioExact(
  currentCount: number,
  currentExposure: number,
  previousCount: number,
  previousExposure: number,
  level = 0.95,
): RateRatioResult {
  assertCount('currentCount', currentCount);
  assertCount('previousCount', previousCount);
  assertExposure('currentExposure', currentExposure);
  assertExposure('previousExposure', previousExposure);
  assertLevel(level);
  const c1 = currentCount;
  const c0 = previousCount;
  const exposureRatio = previousExposure / currentExposure;
  if (c1 + c0 === 0) return { estimate: null, interval: null, significant: null };
  const half = (1 - level) / 2;
  // Lower: p_L is the α/2 quantile of Beta(c1, c0 + 1); 1 − p_L the 1 − α/2 quantile of Beta(c0 + 1, c1).
  const lower =
    c1 === 0
      ? 0
      : (inverseRegularizedIncompleteBeta(half, c1, c0 + 1) / inverseRegularizedIncompleteBeta(1 - half, c0 + 1, c1)) *
        exposureRatio;
  // Upper: p_U is the 1 − α/2 quantile of Beta(c1 + 1, c0); 1 − p_U the α/2 quantile of Beta(c0, c1 + 1).
  const upper =
    c0 === 0
      ? null
      : (inverseRegularizedIncompleteBeta(1 - half, c1 + 1, c0) / inverseRegularizedIncompleteBeta(half, c0, c1 + 1)) *
        exposureRatio;
  const estimate = c0 === 0 ? null : c1 / currentExposure / (c0 / previousExposure);
  return { estimate, interval: { lower, upper }, significant: lower > 1 || (upper !== null && upper < 1) };
}

/** Trials of the binomial whose limit the Poisson interval is: relative error about x / 10⁹. */
const POISSON_TRIALS = 1e9;

/**
 * Exact (Garwood) interval for the mean of a Poisson count x: the limit of n · Clopper–Pearson(x, n) as n
 * grows, taken at n = 10⁹ (for x = 10: 4.7954–18.3904, as R's poisson.test(10)). Null for x above 10⁶,
 * where the limit would lose digits (and the interval is a hair's width around x anyway).
 */
export function poissonExact(x: number, level = 0.95): { lower: number; upper: number } | null {
  if (!Number.isInteger(x) || x < 0) throw new RangeError(`poissonExact: x must be a whole count, got ${x}`);
  if (x > 1e6) return null;
  const interval = clopperPearson(x, POISSON_TRIALS, level)!;
  return { lower: interval.lower * POISSON_TRIALS, upper: interval.upper * POISSON_TRIALS };
}

/** Wilson score interval for a proportion (no continuity correction); null when n = 0. */
export function wilson(x: number, n: number, level = 0.95): ProportionInterval | null {
  assertTrials(x, n);
  assertLevel(level);
  if (n === 0) return null;
  const z = normalQuantile(1 - (1 - level) / 2);
  const z2 = z * z;
  const centre = (x + z2 / 2) / (n + z2);
  const halfWidth = (z / (n + z2)) * Math.sqrt((x * (n - x)) / n + z2 / 4);
  // At x = 0 or x = n the limit is exactly 0 or 1; pin it rather than keep a rounding residue like −3e-17.
  return {
    estimate: x / n,
    lower: x === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: x === n ? 1 : Math.min(1, centre + halfWidth),
  };
}

/**
 * Newcombe (1998) method 10, the hybrid score interval for p1 − p2 built from each proportion's Wilson
 * interval; null when either n is 0.
 */
export function newcombeDifference(
  x1: number,
  n1: number,
  x2: number,
  n2: number,
  level = 0.95,
): DifferenceResult | null {
  const first = wilson(x1, n1, level);
  const second = wilson(x2, n2, level);
  if (first === null || second === null) return null;
  const p1 = first.estimate;
  const p2 = second.estimate;
  const estimate = p1 - p2;
  const lower = estimate - Math.hypot(p1 - first.lower, second.upper - p2);
  const upper = estimate + Math.hypot(first.upper - p1, p2 - second.lower);
  return { estimate, lower, upper, significant: lower > 0 || upper < 0 };
}
