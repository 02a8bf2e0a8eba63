/**
 * Audit finding vocabulary (DESIGN §2) shared by the audits store and the insights risk views: ILO forced-labour
 * indicators, finding severities and risk overrides. tests/contracts checks them against the SDL enums.
 */
export const ILO_INDICATORS = [
  'ABUSE_OF_VULNERABILITY',
  'DECEPTION',
  'RESTRICTION_OF_MOVEMENT',
  'ISOLATION',
  'PHYSICAL_AND_SEXUAL_VIOLENCE',
  'INTIMIDATION_AND_THREATS',
  'RETENTION_OF_IDENTITY_DOCUMENTS',
  'WITHHOLDING_OF_WAGES',
  'DEBT_BONDAGE',
  'ABUSIVE_WORKING_AND_LIVING_CONDITIONS',
  'EXCESSIVE_OVERTIME',
] as const;
export type IloIndicator = (typeof ILO_INDICATORS)[number];

export const SEVERITIES = ['S0', 'S1', 'S2', 'S3', 'S4'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Why a supplier's band is raised whatever its score (the risk model, warehouse/risk). */
export const RISK_OVERRIDES = ['S4_UNVERIFIED_WITHIN_365D'] as const;
