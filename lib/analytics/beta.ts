/**
 * The regularized incomplete beta function I_x(a, b) and its inverse in x, in double precision.
 * Exact binomial (Clopper–Pearson) and Poisson rate-ratio intervals are beta quantiles, so everything in
 * statistics.ts rests on these two functions. No dependencies: a continued fraction evaluated with the
 * modified Lentz method, and a Newton iteration kept inside a shrinking bracket (falls back to bisection
 * whenever a step would leave it), so it always converges.
 */
import { binomialTerm } from './gamma.js';

const TINY = 1e-300;
const EPS = Number.EPSILON;

function assertShape(a: number, b: number): void {
  if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
    throw new RangeError(`beta shape parameters must be positive and finite, got a=${a}, b=${b}`);
  }
}

/** Continued fraction for I_x(a, b) (Numerical Recipes §6.4), converging fast for x < (a+1)/(a+b+2). */
function continuedFraction(x: number, a: number, b: number): number {
  // The number of terms needed grows like √max(a, b); the cap only guards against a runaway loop.
  const maxIterations = 1000 + Math.ceil(20 * Math.sqrt(Math.max(a, b)));
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= maxIterations; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPS) return h;
  }
  throw new Error(`incomplete beta continued fraction did not converge for x=${x}, a=${a}, b=${b}`);
}

/** I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b). */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  assertShape(a, b);
  if (!(x >= 0 && x <= 1)) throw new RangeError(`incomplete beta needs 0 ≤ x ≤ 1, got ${x}`);
  if (x === 0) return 0;
  if (x === 1) return 1;
  const y = 1 - x;
  // x^a y^b / (a B(a, b)) = binomialTerm · b / (a + b); evaluate the fraction on the side where it converges.
  if (x < (a + 1) / (a + b + 2)) return ((binomialTerm(a, b, x, y) * b) / (a + b)) * continuedFraction(x, a, b);
  return 1 - ((binomialTerm(b, a, y, x) * a) / (a + b)) * continuedFraction(y, b, a);
}

/** Density of Beta(a, b) at 0 < x < 1. */
export function betaDensity(x: number, a: number, b: number): number {
  assertShape(a, b);
  if (!(x > 0 && x < 1)) return 0;
  const y = 1 - x;
  return (binomialTerm(a, b, x, y) * a * b) / ((a + b) * x * y);
}

/** A starting point close to the quantile (Numerical Recipes §6.14), so Newton needs few steps. */
function initialGuess(p: number, a: number, b: number): number {
  let x: number;
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    x = a / (a + b * Math.exp(2 * w));
  } else {
    const t = Math.exp(a * Math.log(a / (a + b))) / a;
    const u = Math.exp(b * Math.log(b / (a + b))) / b;
    const w = t + u;
    x = p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
  }
  return x > 0 && x < 1 ? x : 0.5;
}

/** The x with I_x(a, b) = p: the p-quantile of Beta(a, b). */
export function inverseRegularizedIncompleteBeta(p: number, a: number, b: number): number {
  assertShape(a, b);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`beta quantile needs 0 ≤ p ≤ 1, got ${p}`);
  if (p === 0) return 0;
  if (p === 1) return 1;
  let lo = 0;
  let hi = 1;
  let x = initialGuess(p, a, b);
  for (let iteration = 0; iteration < 400; iteration++) {
    const f = regularizedIncompleteBeta(x, a, b) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = betaDensity(x, a, b);
    let next = density > 0 ? x - f / density : Number.NaN;
    if (!(next > lo && next < hi)) next = lo + (hi - lo) / 2;
    if (Math.abs(next - x) <= 4 * EPS * next || hi - lo <= 4 * EPS * hi) return next;
    x = next;
  }
  throw new Error(`beta quantile did not converge for p=${p}, a=${a}, b=${b}`);
}
