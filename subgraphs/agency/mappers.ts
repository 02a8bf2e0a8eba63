/** GraphQL type → the value resolvers pass around (read by codegen.ts). */
import type { CountryRow, IndicatorFeedRow } from './db-types.js';
import type { Cell } from './indicators.js';
import type { ReportingPeriod } from './periods.js';
import type { PublishedCell } from './suppression.js';

export type CountryMapper = CountryRow;
export type ReportingPeriodMapper = ReportingPeriod;
export type IndicatorFeedMapper = IndicatorFeedRow;
export type IndicatorValueMapper = PublishedCell<Cell>;
