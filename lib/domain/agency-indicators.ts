/**
 * The agency feed indicators (DESIGN §2), their breakdown dimensions, and which of them are victim counts
 * (suppressed, lib/suppression/complementary.ts) or medians (neither add up nor test). One list for the agency
 * subgraph, the measure catalogue and insights; tests/contracts checks it against the SDL enums.
 */
export const AGENCY_INDICATORS = [
  'INVESTIGATIONS_OPENED',
  'ARRESTS',
  'SUSPECTS_IDENTIFIED',
  'PROSECUTIONS',
  'CONVICTIONS',
  'VICTIMS_IDENTIFIED',
  'VICTIMS_REFERRED',
  'JOINT_INVESTIGATIONS',
  'INFO_REQUESTS_SENT',
  'INFO_REQUESTS_ANSWERED',
  'INFO_RESPONSE_DAYS_MEDIAN',
  'SYNDICATES_DISRUPTED',
] as const;
export type AgencyIndicator = (typeof AGENCY_INDICATORS)[number];

/** Victim counts: below the threshold they are withheld from every role but ANALYST. */
export const VICTIM_INDICATORS: readonly AgencyIndicator[] = ['VICTIMS_IDENTIFIED', 'VICTIMS_REFERRED'];

/** A median of days: may be fractional, and adds up neither over cells nor over agencies. */
export const MEDIAN_INDICATORS: readonly AgencyIndicator[] = ['INFO_RESPONSE_DAYS_MEDIAN'];

/** Breakdown dimensions of an indicator value, in key order; 'ALL' on one means "not broken down by it". */
export const BREAKDOWN_DIMENSIONS = ['crimeType', 'exploitation', 'sex', 'ageGroup'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** The values of each breakdown dimension, in display order: the SDL enums CrimeType, Exploitation, Sex, AgeGroup. */
export const CRIME_TYPES = ['ALL', 'TRAFFICKING', 'SMUGGLING'] as const;
export const EXPLOITATIONS = ['ALL', 'LABOUR', 'SEXUAL', 'OTHER'] as const;
export const SEXES = ['ALL', 'FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const;
export const AGE_GROUPS = ['ALL', 'MINOR', 'ADULT'] as const;
export type CrimeType = (typeof CRIME_TYPES)[number];
export type Exploitation = (typeof EXPLOITATIONS)[number];
export type Sex = (typeof SEXES)[number];
export type AgeGroup = (typeof AGE_GROUPS)[number];
