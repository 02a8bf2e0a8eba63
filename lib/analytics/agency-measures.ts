/** Catalogue entries for the agency feed indicators (DESIGN §2, §4): one AGENCY_<INDICATOR> measure each. */
import { AGENCY_INDICATORS, VICTIM_INDICATORS, type AgencyIndicator } from '../domain/agency-indicators.js';
import type { MeasureDefinition } from './measure-types.js';

interface AgencyIndicatorText {
  label: string;
  unit: string;
  description: string;
  higherIsBetter: boolean | null;
}

// Enforcement outputs count as "higher is better" from the programme's point of view; a rise can also
// mean more crime, which methodology.md spells out.
const TEXT: Record<AgencyIndicator, AgencyIndicatorText> = {
  INVESTIGATIONS_OPENED: {
    label: 'Investigations opened',
    unit: 'investigations',
    higherIsBetter: true,
    description: 'Criminal investigations opened in the period.',
  },
  ARRESTS: { label: 'Arrests', unit: 'arrests', higherIsBetter: true, description: 'Arrests made in the period.' },
  SUSPECTS_IDENTIFIED: {
    label: 'Suspects identified',
    unit: 'suspects',
    higherIsBetter: true,
    description: 'Suspects identified in the period.',
  },
  PROSECUTIONS: {
    label: 'Prosecutions',
    unit: 'prosecutions',
    higherIsBetter: true,
    description: 'Prosecutions initiated in the period.',
  },
  CONVICTIONS: {
    label: 'Convictions',
    unit: 'convictions',
    higherIsBetter: true,
    description: 'Convictions obtained in the period, whatever the year the prosecution began.',
  },
  VICTIMS_IDENTIFIED: {
    label: 'Victims identified',
    unit: 'victims',
    higherIsBetter: true,
    description:
      'Presumed victims identified in the period. Values below 5 ' + 'are suppressed for every role but analysts.',
  },
  VICTIMS_REFERRED: {
    label: 'Victims referred',
    unit: 'victims',
    higherIsBetter: true,
    description:
      'Victims referred to protection or support services in the period. ' +
      'Values below 5 are suppressed for every role but analysts.',
  },
  JOINT_INVESTIGATIONS: {
    label: 'Joint investigations',
    unit: 'investigations',
    higherIsBetter: true,
    description: "Investigations run jointly with another country's agency in the period.",
  },
  INFO_REQUESTS_SENT: {
    label: 'Information requests sent',
    unit: 'requests',
    higherIsBetter: null,
    description: 'Requests for information sent to partner agencies in the period.',
  },
  INFO_REQUESTS_ANSWERED: {
    label: 'Information requests answered',
    unit: 'requests',
    higherIsBetter: true,
    description: 'Requests for information answered in the period, whenever they were sent.',
  },
  INFO_RESPONSE_DAYS_MEDIAN: {
    label: 'Median days to answer an information request',
    unit: 'days',
    higherIsBetter: false,
    description:
      'Median days between a request and its answer, as reported by the agency for requests answered in the period.',
  },
  SYNDICATES_DISRUPTED: {
    label: 'Syndicates disrupted',
    unit: 'syndicates',
    higherIsBetter: true,
    description: 'Organised crime groups disrupted or dismantled in the period.',
  },
};

const COUNT_LIMITATION =
  'A period without a feed is missing, not zero. The exact test assumes independent events (Poisson); ' +
  'operations that produce many arrests at once make real variation larger than the interval shows.';

function defineAgencyMeasure(indicator: AgencyIndicator): MeasureDefinition {
  const text = TEXT[indicator];
  const isMedian = indicator === 'INFO_RESPONSE_DAYS_MEDIAN';
  return {
    id: `AGENCY_${indicator}`,
    ...text,
    source: 'AGENCY',
    kind: isMedian ? 'MEDIAN' : 'COUNT',
    test: isMedian ? 'NONE' : 'RATE_RATIO_EXACT',
    suppressible: VICTIM_INDICATORS.includes(indicator),
    agencyIndicator: indicator,
    missingIsZero: false,
    available: true,
    limitation: isMedian
      ? 'Agencies report only the median, not the durations, so no test or pooled median across countries is possible.'
      : COUNT_LIMITATION,
  };
}

export const AGENCY_MEASURES: readonly MeasureDefinition[] = AGENCY_INDICATORS.map(defineAgencyMeasure);
