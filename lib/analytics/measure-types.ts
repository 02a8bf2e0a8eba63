/** Shapes shared by the measure catalogue (measures.ts), comparisons and suppression. */
import type { AgencyIndicator } from '../domain/agency-indicators.js';

/**
 * COUNT: events or units in a period (tested as a Poisson rate per day); PROPORTION: successes out of
 * trials in the same period (binomial); MEDIAN: a median of durations; RATIO: one count over another that
 * is not its denominator in the binomial sense (e.g. convictions may follow prosecutions of earlier
 * periods, so it can exceed 1); RATE: a count per unit of exposure (reports per 100,000 reached).
 */
export type MeasureKind = 'COUNT' | 'PROPORTION' | 'MEDIAN' | 'RATIO' | 'RATE';

type MeasureSource = 'AUDITS' | 'AGENCY' | 'CAMPAIGNS';

/** The significance test a comparison applies; NONE for medians, ratios and counts no model fits. */
export type SignificanceTest = 'RATE_RATIO_EXACT' | 'NEWCOMBE_DIFFERENCE' | 'NONE';

export interface MeasureDefinition {
  /** SCREAMING_SNAKE id; agency indicators are AGENCY_<INDICATOR>. */
  id: string;
  label: string;
  /** What one unit of the value is, for axis labels: 'suppliers', 'share', 'days', 'ratio', ... */
  unit: string;
  /** Exact definition: population, numerator, denominator, period attribution. */
  description: string;
  /** Direction of programme progress; null when a rise is not clearly good or bad. */
  higherIsBetter: boolean | null;
  source: MeasureSource;
  kind: MeasureKind;
  test: SignificanceTest;
  /** Subject to small-count suppression for every role but ANALYST (victim counts and values derived from them). */
  suppressible: boolean;
  /** AGENCY_* measures: the feed indicator they read (latest revision). */
  agencyIndicator?: AgencyIndicator;
  /** Derived measures: the catalogue ids of numerator and denominator. */
  numeratorMeasureId?: string;
  denominatorMeasureId?: string;
  /** RATE: value = numerator / denominator × scale. */
  scale?: number;
  /** How a time series fills a period without data: 0 when "no rows" really means none happened. */
  missingIsZero: boolean;
  /** False when the sources cannot yet produce the measure; `limitation` says what is missing. */
  available: boolean;
  /** Caveats an analyst must know before reading the number. */
  limitation?: string;
}
