/**
 * Period-over-period comparison of one measure for one group (DESIGN §4): values, delta, percent change
 * and, where a model fits, an interval and a significance flag. Suppressed values never reach the output
 * or any derived number: a suppressed side makes delta, percent change, interval and significance null.
 */
import type { MeasureKind, SignificanceTest } from './measure-types.js';
import { newcombeDifference, rateRatioExact } from './statistics.js';

export { fillSeries, periodLengthDays } from './series.js';
export type { SeriesPoint } from './series.js';

/** One side of a comparison: the measure's value in a period and what a test needs. */
export interface Observation {
  /** The measure's value; null when there is no data (e.g. a proportion with no trials). */
  value: number | null;
  /** Withheld from this caller (suppression.ts); the value is then never shown or used. */
  suppressed?: boolean;
  /** PROPORTION: successes; RATE: the event count. */
  numerator?: number | null;
  /** PROPORTION: trials; RATE: the exposure (e.g. people reached). */
  denominator?: number | null;
  /** COUNT: the period's length in days, the exposure of the rate-ratio test. */
  exposureDays?: number | null;
}

export interface CompareMeasureInput {
  kind: MeasureKind;
  /** Defaults by kind: COUNT and RATE → RATE_RATIO_EXACT, PROPORTION → NEWCOMBE_DIFFERENCE, else NONE. */
  test?: SignificanceTest;
  current: Observation | null;
  previous: Observation | null;
  /** Confidence level of the interval, default 0.95. */
  level?: number;
}

export interface Comparison {
  current: number | null;
  previous: number | null;
  currentSuppressed: boolean;
  previousSuppressed: boolean;
  /** Either side is suppressed. */
  suppressed: boolean;
  /** current − previous, in the measure's unit. */
  delta: number | null;
  /** 100 · delta / previous (percent); null when previous is 0 or missing. */
  percentChange: number | null;
  /** The test applied; NONE when the kind has none. */
  test: SignificanceTest;
  /** The effect the interval is about: rate ratio (RATE_RATIO_EXACT) or difference of proportions. */
  estimate: number | null;
  /** upper null = unbounded (no previous events). */
  interval: { lower: number; upper: number | null } | null;
  /** null when no test applies or one side is missing or suppressed. */
  significant: boolean | null;
}

function defaultTest(kind: MeasureKind): SignificanceTest {
  if (kind === 'COUNT' || kind === 'RATE') return 'RATE_RATIO_EXACT';
  if (kind === 'PROPORTION') return 'NEWCOMBE_DIFFERENCE';
  return 'NONE';
}

interface TestOutcome {
  estimate: number | null;
  interval: { lower: number; upper: number | null } | null;
  significant: boolean | null;
}

const NO_TEST: TestOutcome = { estimate: null, interval: null, significant: null };

function requireNumber(side: string, field: string, value: number | null | undefined): number {
  if (value === null || value === undefined) {
    throw new RangeError(`${side}.${field} is required for this test`);
  }
  return value;
}

function runTest(
  kind: MeasureKind,
  test: SignificanceTest,
  current: Observation,
  previous: Observation,
  level: number,
): TestOutcome {
  if (test === 'NONE' || current.value === null || previous.value === null) return NO_TEST;
  if (test === 'RATE_RATIO_EXACT' && kind === 'COUNT') {
    // A count is compared as events per day, so periods of different lengths compare fairly.
    return rateRatioExact(
      current.value,
      requireNumber('current', 'exposureDays', current.exposureDays),
      previous.value,
      requireNumber('previous', 'exposureDays', previous.exposureDays),
      level,
    );
  }
  const x1 = requireNumber('current', 'numerator', current.numerator);
  const n1 = requireNumber('current', 'denominator', current.denominator);
  const x0 = requireNumber('previous', 'numerator', previous.numerator);
  const n0 = requireNumber('previous', 'denominator', previous.denominator);
  if (test === 'NEWCOMBE_DIFFERENCE') {
    const result = newcombeDifference(x1, n1, x0, n0, level);
    return result === null
      ? NO_TEST
      : {
          estimate: result.estimate,
          interval: { lower: result.lower, upper: result.upper },
          significant: result.significant,
        };
  }
  // A rate over an exposure (reports over reach): no exposure on a side means no rate to compare.
  if (n1 <= 0 || n0 <= 0) return NO_TEST;
  return rateRatioExact(x1, n1, x0, n0, level);
}

/**
 * Compares a measure across two periods. COUNT observations need `exposureDays`; PROPORTION and RATE
 * observations need `numerator` and `denominator`. A missing input a test needs throws a RangeError.
 */
export function compareMeasure(input: CompareMeasureInput): Comparison {
  const test = input.test ?? defaultTest(input.kind);
  const level = input.level ?? 0.95;
  const currentSuppressed = input.current?.suppressed === true;
  const previousSuppressed = input.previous?.suppressed === true;
  const current = currentSuppressed ? null : (input.current?.value ?? null);
  const previous = previousSuppressed ? null : (input.previous?.value ?? null);
  for (const [side, value] of [
    ['current', current],
    ['previous', previous],
  ] as const) {
    if (value !== null && !Number.isFinite(value)) throw new RangeError(`${side}.value must be finite, got ${value}`);
  }
  const bothShown = current !== null && previous !== null;
  const delta = bothShown ? current - previous : null;
  const percentChange = bothShown && previous !== 0 ? (100 * (current - previous)) / Math.abs(previous) : null;
  const outcome =
    bothShown && input.current && input.previous
      ? runTest(input.kind, test, input.current, input.previous, level)
      : NO_TEST;
  return {
    current,
    previous,
    currentSuppressed,
    previousSuppressed,
    suppressed: currentSuppressed || previousSuppressed,
    delta,
    percentChange,
    test,
    ...outcome,
  };
}
