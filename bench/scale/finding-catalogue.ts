/** Text and gradings for generated findings and corrective actions. */
import { ILO_INDICATORS } from '../../lib/domain/audit-vocabulary.js';

type Indicator = (typeof ILO_INDICATORS)[number];

/** How often each indicator shows up among forced-labour findings (overtime and wages dominate real audits). */
export const INDICATOR_WEIGHTS: readonly (readonly [Indicator, number])[] = [
  ['EXCESSIVE_OVERTIME', 24],
  ['WITHHOLDING_OF_WAGES', 16],
  ['ABUSIVE_WORKING_AND_LIVING_CONDITIONS', 15],
  ['RETENTION_OF_IDENTITY_DOCUMENTS', 10],
  ['DEBT_BONDAGE', 8],
  ['DECEPTION', 7],
  ['ABUSE_OF_VULNERABILITY', 6],
  ['RESTRICTION_OF_MOVEMENT', 5],
  ['INTIMIDATION_AND_THREATS', 5],
  ['ISOLATION', 2],
  ['PHYSICAL_AND_SEXUAL_VIOLENCE', 2],
];

/** Scheme gradings for S0..S4, kept verbatim in `scheme_severity`. */
export const SCHEME_GRADES: Readonly<Record<string, readonly [string, string, string, string, string]>> = {
  SMETA: ['Good practice', 'Observation', 'Non-compliance (minor)', 'Non-compliance (major)', 'Business critical'],
  AMFORI_BSCI: ['Rating A', 'Rating B', 'Rating C', 'Rating D', 'Zero tolerance'],
  RBA_VAP: [
    'Conformance',
    'Risk of nonconformance',
    'Minor nonconformance',
    'Major nonconformance',
    'Priority nonconformance',
  ],
  SA8000: ['Conformance', 'Observation', 'Minor', 'Major', 'Critical'],
  INTERNAL: ['OK', 'Low', 'Medium', 'High', 'Critical'],
  OTHER: ['Compliant', 'Observation', 'Minor', 'Major', 'Critical'],
};

export const FINDING_TEXT: Readonly<Record<Indicator | 'NONE', readonly [string, string]>> = {
  ABUSE_OF_VULNERABILITY: [
    'Workers without valid permits paid below the legal minimum',
    'Recruitment targets workers who do not speak the local language',
  ],
  DECEPTION: [
    'Contract terms differ from those promised at recruitment',
    'Contracts only in a language the workers do not read',
  ],
  RESTRICTION_OF_MOVEMENT: [
    'Dormitory gates locked at night',
    'Workers need permission to leave the site on rest days',
  ],
  ISOLATION: [
    'Workers housed on site with no means of contacting family',
    'Vessel crew at sea for months without port calls',
  ],
  PHYSICAL_AND_SEXUAL_VIOLENCE: [
    'Supervisors reported to strike workers',
    'Reports of sexual harassment left uninvestigated',
  ],
  INTIMIDATION_AND_THREATS: [
    'Workers threatened with denunciation to immigration',
    'Threats of dismissal for refusing overtime',
  ],
  RETENTION_OF_IDENTITY_DOCUMENTS: ['Passports held by the employer', 'Work permits kept by the labour broker'],
  WITHHOLDING_OF_WAGES: ['Wages paid two months in arrears', 'Deposits deducted from wages and not returned'],
  DEBT_BONDAGE: ['Recruitment fees repaid through wage deductions', 'Workers owe loans to the labour broker'],
  ABUSIVE_WORKING_AND_LIVING_CONDITIONS: [
    'Overcrowded dormitories without ventilation',
    'No protective equipment for chemical handling',
  ],
  EXCESSIVE_OVERTIME: ['Weekly hours above 72 in peak season', 'No rest day in 14 consecutive days'],
  NONE: ['Fire exits obstructed', 'Incomplete working-hours records'],
};

export const ACTION_TEXT: Readonly<Record<Indicator | 'NONE', string>> = {
  ABUSE_OF_VULNERABILITY: 'Regularise permits and pay arrears to the legal minimum',
  DECEPTION: "Issue contracts in the workers' language matching recruitment terms",
  RESTRICTION_OF_MOVEMENT: 'Remove movement restrictions and publish the policy',
  ISOLATION: 'Provide phone and internet access and regular shore leave',
  PHYSICAL_AND_SEXUAL_VIOLENCE: 'Dismiss the supervisors involved and set up a grievance channel',
  INTIMIDATION_AND_THREATS: 'Train managers and set up an anonymous grievance channel',
  RETENTION_OF_IDENTITY_DOCUMENTS: 'Return documents and provide personal lockers',
  WITHHOLDING_OF_WAGES: 'Pay outstanding wages and refund deposits',
  DEBT_BONDAGE: 'Reimburse recruitment fees and adopt the employer-pays principle',
  ABUSIVE_WORKING_AND_LIVING_CONDITIONS: 'Reduce dormitory occupancy and supply protective equipment',
  EXCESSIVE_OVERTIME: 'Cap weekly hours at 60 and guarantee one rest day in seven',
  NONE: 'Fix and document the issue',
};
