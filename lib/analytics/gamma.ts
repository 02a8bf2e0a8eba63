/**
 * Log-gamma and the saddle-point binomial term behind the incomplete beta function (beta.ts).
 * The binomial term follows Loader (2000), "Fast and accurate computation of binomial probabilities":
 * writing x^a (1-x)^b / B(a, b) through Stirling errors and deviances keeps full double precision for
 * counts in the millions, where exp(lgamma sums) would lose ~8 digits to cancellation.
 */

const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (Lanczos, g = 7; relative error ~1e-15). */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** δ(n) = ln Γ(n + 1) − [(n + ½) ln n − n + ln √(2π)], the error of Stirling's formula. */
function stirlingError(n: number): number {
  if (n <= 15) return logGamma(n + 1) - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
  const nn = n * n;
  const s0 = 1 / 12;
  const s1 = 1 / 360;
  const s2 = 1 / 1260;
  const s3 = 1 / 1680;
  const s4 = 1 / 1188;
  if (n > 500) return (s0 - s1 / nn) / n;
  if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
  if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
  return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}

/** x ln(x / m) + m − x, computed without cancellation when x ≈ m. */
function devianceTerm(x: number, m: number): number {
  if (Math.abs(x - m) < 0.1 * (x + m)) {
    let v = (x - m) / (x + m);
    let sum = (x - m) * v;
    let term = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      term *= v;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return x * Math.log(x / m) + m - x;
}

/**
 * Γ(a + b + 1) / (Γ(a + 1) Γ(b + 1)) · p^a · q^b for a, b > 0 and p + q = 1 (both passed so that the caller
 * keeps whichever of them is small exact). For integer a, b this is the binomial probability of a successes.
 */
export function binomialTerm(a: number, b: number, p: number, q: number): number {
  const n = a + b;
  const logCore =
    stirlingError(n) - stirlingError(a) - stirlingError(b) - devianceTerm(a, n * p) - devianceTerm(b, n * q);
  const logScale = Math.log(2 * Math.PI) + Math.log(a) + Math.log(b) - Math.log(n);
  return Math.exp(logCore - 0.5 * logScale);
}
