/**
 * The catalogue of period-over-period measures (DESIGN §4). Every comparison, series and suppression
 * decision looks its measure up here, so a measure's kind, test and suppression rule live in one place.
 */
import { AGENCY_MEASURES } from './agency-measures.js';
import type { AgencyIndicator } from '../domain/agency-indicators.js';
import type { MeasureDefinition } from './measure-types.js';

export * from './measure-types.js';

const AUDIT_MEASURES: readonly MeasureDefinition[] = [
  {
    id: 'SUPPLIERS_AUDITED',
    label: 'Suppliers audited',
    unit: 'suppliers',
    higherIsBetter: true,
    description: 'Distinct suppliers with at least one audit dated in the period.',
    source: 'AUDITS',
    kind: 'COUNT',
    test: 'RATE_RATIO_EXACT',
    suppressible: false,
    missingIsZero: true,
    available: true,
    limitation:
      'Audits are scheduled rather than random events; read the test as "is the audit pace per day different".',
  },
  {
    id: 'SEVERE_FINDING_SHARE',
    label: 'Audits with a severe forced-labour finding',
    unit: 'share',
    higherIsBetter: false,
    description:
      'Audits dated in the period with at least one S3 or S4 finding that carries an ILO ' +
      'forced-labour indicator, out of all audits dated in the period.',
    source: 'AUDITS',
    kind: 'PROPORTION',
    test: 'NEWCOMBE_DIFFERENCE',
    suppressible: false,
    missingIsZero: false,
    available: true,
    limitation:
      'Also rises with better detection (more unannounced audits). Audits of one ' +
      'supplier are not independent, so the interval is somewhat too narrow.',
  },
  {
    id: 'REPEAT_FINDING_RATE',
    label: 'Repeat-finding rate',
    unit: 'share',
    higherIsBetter: false,
    description:
      'For each supplier audited in the period, the ILO indicators found at its previous audit: the share found again.',
    source: 'AUDITS',
    kind: 'PROPORTION',
    test: 'NEWCOMBE_DIFFERENCE',
    suppressible: false,
    missingIsZero: false,
    available: true,
    limitation: 'Only suppliers audited at least twice count; indicators of one supplier are correlated.',
  },
  {
    id: 'CAP_CLOSURE_RATE',
    label: 'Corrective actions closed on time',
    unit: 'share',
    higherIsBetter: true,
    description:
      'Corrective actions due in the period that were closed on or before their due date, ' +
      'out of all due in the period (only due dates already passed count).',
    source: 'AUDITS',
    kind: 'PROPORTION',
    test: 'NEWCOMBE_DIFFERENCE',
    suppressible: false,
    missingIsZero: false,
    available: true,
  },
  {
    id: 'MEDIAN_DAYS_TO_CLOSE',
    label: 'Median days to close a corrective action',
    unit: 'days',
    higherIsBetter: false,
    description: 'Median days from the audit date to the closed date, over corrective actions closed in the period.',
    source: 'AUDITS',
    kind: 'MEDIAN',
    test: 'NONE',
    suppressible: false,
    missingIsZero: false,
    available: true,
    limitation: 'Counts only actions that closed: slow actions still open are missing, so the median is optimistic.',
  },
];

const DERIVED_AGENCY_MEASURES: readonly MeasureDefinition[] = [
  {
    id: 'CONVICTION_RATIO',
    label: 'Convictions per prosecution',
    unit: 'ratio',
    higherIsBetter: true,
    description: 'Convictions in the period divided by prosecutions in the period.',
    source: 'AGENCY',
    kind: 'RATIO',
    test: 'NONE',
    suppressible: false,
    numeratorMeasureId: 'AGENCY_CONVICTIONS',
    denominatorMeasureId: 'AGENCY_PROSECUTIONS',
    missingIsZero: false,
    available: true,
    limitation:
      'Convictions usually follow prosecutions of earlier periods, so this is ' +
      'a ratio (it can exceed 1), not a proportion; no test.',
  },
  {
    id: 'REFERRAL_RATE',
    label: 'Victims referred per victim identified',
    unit: 'ratio',
    higherIsBetter: true,
    description: 'Victims referred in the period divided by victims identified in the period.',
    source: 'AGENCY',
    kind: 'RATIO',
    test: 'NONE',
    suppressible: true,
    numeratorMeasureId: 'AGENCY_VICTIMS_REFERRED',
    denominatorMeasureId: 'AGENCY_VICTIMS_IDENTIFIED',
    missingIsZero: false,
    available: true,
    limitation:
      'Suppressed whenever either victim count is suppressed, or the ratio would give the hidden ' +
      'count away. Referrals can concern victims identified earlier, so it can exceed 1.',
  },
  {
    id: 'INFO_REQUESTS_ANSWERED_SHARE',
    label: 'Information requests answered per request sent',
    unit: 'ratio',
    higherIsBetter: true,
    description:
      'Requests answered in the period divided by requests sent in the period, shown with the median days to answer.',
    source: 'AGENCY',
    kind: 'RATIO',
    test: 'NONE',
    suppressible: false,
    numeratorMeasureId: 'AGENCY_INFO_REQUESTS_ANSWERED',
    denominatorMeasureId: 'AGENCY_INFO_REQUESTS_SENT',
    missingIsZero: false,
    available: true,
    limitation: 'Answers in a period can concern requests sent earlier; says nothing about speed on its own.',
  },
  {
    id: 'INFO_REQUESTS_ANSWERED_30D_SHARE',
    label: 'Information requests answered within 30 days',
    unit: 'share',
    higherIsBetter: true,
    description: 'Requests sent in the period that were answered within 30 days, out of requests sent in the period.',
    source: 'AGENCY',
    kind: 'PROPORTION',
    test: 'NEWCOMBE_DIFFERENCE',
    suppressible: false,
    denominatorMeasureId: 'AGENCY_INFO_REQUESTS_SENT',
    missingIsZero: false,
    available: false,
    limitation:
      'Needs a new feed indicator INFO_REQUESTS_ANSWERED_WITHIN_30D: the feed has only requests sent, answered and ' +
      'the median days, which cannot give this share. ' +
      'Until then read INFO_REQUESTS_ANSWERED_SHARE with AGENCY_INFO_RESPONSE_DAYS_MEDIAN.',
  },
];

const CAMPAIGN_MEASURES: readonly MeasureDefinition[] = [
  {
    id: 'CAMPAIGN_REACH',
    label: 'Campaign reach',
    unit: 'people reached',
    higherIsBetter: true,
    description: 'Sum of daily reach over channels for campaign days in the period.',
    source: 'CAMPAIGNS',
    kind: 'COUNT',
    test: 'NONE',
    suppressible: false,
    missingIsZero: true,
    available: true,
    limitation:
      'People reached on several days or channels count each time. Reach is bought, not a random ' +
      'count: a Poisson test would call a 0.3% change "significant", so none is applied.',
  },
  {
    id: 'CAMPAIGN_REPORTS',
    label: 'Reports to authorities',
    unit: 'reports',
    higherIsBetter: true,
    description: 'Reports to authorities attributed to campaigns, for campaign days in the period.',
    source: 'CAMPAIGNS',
    kind: 'COUNT',
    test: 'RATE_RATIO_EXACT',
    suppressible: false,
    missingIsZero: true,
    available: true,
  },
  {
    id: 'CAMPAIGN_REPORTS_PER_100K_REACHED',
    label: 'Reports per 100,000 reached',
    unit: 'reports per 100,000 reached',
    higherIsBetter: true,
    description: 'Reports to authorities per 100,000 reach, for campaign days in the period.',
    source: 'CAMPAIGNS',
    kind: 'RATE',
    test: 'RATE_RATIO_EXACT',
    suppressible: false,
    scale: 100_000,
    numeratorMeasureId: 'CAMPAIGN_REPORTS',
    denominatorMeasureId: 'CAMPAIGN_REACH',
    missingIsZero: false,
    available: true,
    limitation: 'Tested as reports over reach taken as exposure; reach double-counts people seen twice.',
  },
];

export const MEASURES: readonly MeasureDefinition[] = [
  ...AUDIT_MEASURES,
  ...AGENCY_MEASURES,
  ...DERIVED_AGENCY_MEASURES,
  ...CAMPAIGN_MEASURES,
];

const BY_ID = new Map(MEASURES.map((measure) => [measure.id, measure]));

export function findMeasure(id: string): MeasureDefinition | undefined {
  return BY_ID.get(id);
}

/** The measure with this id; throws for an unknown id so a typo can never skip suppression. */
export function requireMeasure(id: string): MeasureDefinition {
  const measure = BY_ID.get(id);
  if (!measure) throw new RangeError(`unknown measure id ${id}; ids are listed in lib/analytics/measures.ts`);
  return measure;
}

export function agencyMeasureId(indicator: AgencyIndicator): string {
  return `AGENCY_${indicator}`;
}
