/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What raised an alert (docs/alerts.md). */
export type AlertKind =
  /** The corrective action of such a finding is still open after its due date. */
  | 'CORRECTIVE_ACTION_OVERDUE'
  /** A warehouse build found the supplier's risk band newly SEVERE. */
  | 'SUPPLIER_SEVERE'
  /** An audit brought a critical (S4) finding that carries an ILO forced-labour indicator. */
  | 'ZERO_TOLERANCE_FINDING';

/** The social-audit scheme an audit followed. */
export type AuditScheme =
  /** amfori Business Social Compliance Initiative. */
  | 'AMFORI_BSCI'
  /** The partner's own internal audit. */
  | 'INTERNAL'
  /** Any other scheme. */
  | 'OTHER'
  /** Responsible Business Alliance Validated Audit Process. */
  | 'RBA_VAP'
  /** Social Accountability International SA8000. */
  | 'SA8000'
  /** Sedex Members Ethical Trade Audit. */
  | 'SMETA';

/** Why the audit took place. */
export type AuditType =
  /** Audit closing out earlier findings. */
  | 'CLOSURE'
  /** Follow-up checking corrective actions. */
  | 'FOLLOW_UP'
  /** First audit of the facility. */
  | 'INITIAL'
  /** Scheduled re-audit. */
  | 'PERIODIC';

/** Progress of a corrective action. */
export type CorrectiveActionStatus =
  /** The facility reports it done (needs a closed date). */
  | 'CLOSED'
  /** Work under way. */
  | 'IN_PROGRESS'
  /** Agreed, work not started. */
  | 'OPEN'
  /** An auditor verified it done (needs a verified date); final. */
  | 'VERIFIED';

/** The 11 ILO indicators of forced labour. */
export type IloIndicator =
  /** Abuse of vulnerability. */
  | 'ABUSE_OF_VULNERABILITY'
  /** Abusive working and living conditions. */
  | 'ABUSIVE_WORKING_AND_LIVING_CONDITIONS'
  /** Debt bondage. */
  | 'DEBT_BONDAGE'
  /** Deception. */
  | 'DECEPTION'
  /** Excessive overtime. */
  | 'EXCESSIVE_OVERTIME'
  /** Intimidation and threats. */
  | 'INTIMIDATION_AND_THREATS'
  /** Isolation. */
  | 'ISOLATION'
  /** Physical and sexual violence. */
  | 'PHYSICAL_AND_SEXUAL_VIOLENCE'
  /** Restriction of movement. */
  | 'RESTRICTION_OF_MOVEMENT'
  /** Retention of identity documents. */
  | 'RETENTION_OF_IDENTITY_DOCUMENTS'
  /** Withholding of wages. */
  | 'WITHHOLDING_OF_WAGES';

/** The catalogue ids of the comparable measures (see Query.measures for definitions). */
export type MeasureId =
  /** Agency indicator ARRESTS. */
  | 'AGENCY_ARRESTS'
  /** Agency indicator CONVICTIONS. */
  | 'AGENCY_CONVICTIONS'
  /** Agency indicator INFO_REQUESTS_ANSWERED. */
  | 'AGENCY_INFO_REQUESTS_ANSWERED'
  /** Agency indicator INFO_REQUESTS_SENT. */
  | 'AGENCY_INFO_REQUESTS_SENT'
  /** Agency indicator INFO_RESPONSE_DAYS_MEDIAN (one country at a time: medians do not pool). */
  | 'AGENCY_INFO_RESPONSE_DAYS_MEDIAN'
  /** Agency indicator INVESTIGATIONS_OPENED. */
  | 'AGENCY_INVESTIGATIONS_OPENED'
  /** Agency indicator JOINT_INVESTIGATIONS. */
  | 'AGENCY_JOINT_INVESTIGATIONS'
  /** Agency indicator PROSECUTIONS. */
  | 'AGENCY_PROSECUTIONS'
  /** Agency indicator SUSPECTS_IDENTIFIED. */
  | 'AGENCY_SUSPECTS_IDENTIFIED'
  /** Agency indicator SYNDICATES_DISRUPTED. */
  | 'AGENCY_SYNDICATES_DISRUPTED'
  /** Agency indicator VICTIMS_IDENTIFIED (suppressed below 5 for every role but ANALYST). */
  | 'AGENCY_VICTIMS_IDENTIFIED'
  /** Agency indicator VICTIMS_REFERRED (suppressed below 5 for every role but ANALYST). */
  | 'AGENCY_VICTIMS_REFERRED'
  /** Campaign reach. */
  | 'CAMPAIGN_REACH'
  /** Reports to authorities attributed to campaigns. */
  | 'CAMPAIGN_REPORTS'
  /** Reports to authorities per 100,000 reached. */
  | 'CAMPAIGN_REPORTS_PER_100K_REACHED'
  /** Share of corrective actions due in the period that closed by their due date. */
  | 'CAP_CLOSURE_RATE'
  /** Convictions per prosecution. */
  | 'CONVICTION_RATIO'
  /** Information requests answered within 30 days (not yet available: the feeds lack the indicator). */
  | 'INFO_REQUESTS_ANSWERED_30D_SHARE'
  /** Information requests answered per request sent. */
  | 'INFO_REQUESTS_ANSWERED_SHARE'
  /** Median days from audit to closing a corrective action, over actions closed in the period. */
  | 'MEDIAN_DAYS_TO_CLOSE'
  /** Victims referred per victim identified (suppressed with its victim counts). */
  | 'REFERRAL_RATE'
  /** Share of indicators found at a supplier's previous audit that were found again. */
  | 'REPEAT_FINDING_RATE'
  /** Share of audits with an S3/S4 finding carrying an ILO forced-labour indicator. */
  | 'SEVERE_FINDING_SHARE'
  /** Distinct suppliers with at least one audit dated in the period. */
  | 'SUPPLIERS_AUDITED';

/** What kind of number a measure is; it decides the test and how gaps are filled. */
export type MeasureKind =
  /** Events or units in a period (rate-ratio test, periods' lengths as exposure). */
  | 'COUNT'
  /** A median of durations (no test). */
  | 'MEDIAN'
  /** Successes out of trials (Newcombe difference interval). */
  | 'PROPORTION'
  /** A count per unit of exposure (rate-ratio test, exposure from the denominator). */
  | 'RATE'
  /** One count over another that is not its denominator (no test). */
  | 'RATIO';

/** Kinds of reporting period. */
export type PeriodKind =
  /** Numbered Joint Periods of Action ('JPA5'). */
  | 'ACTION_PERIOD'
  /** Calendar months ('2019-07'). */
  | 'MONTH'
  /** Calendar quarters ('2019-Q3'). */
  | 'QUARTER'
  /** Calendar years ('2019'). */
  | 'YEAR';

/** Risk band of a score: LOW below 25, MEDIUM below 50, HIGH below 75, SEVERE from 75 (or by override). */
export type RiskBand =
  /** Score 50 to below 75. */
  | 'HIGH'
  /** Score below 25. */
  | 'LOW'
  /** Score 25 to below 50. */
  | 'MEDIUM'
  /** Score 75 or more, or forced by an override. */
  | 'SEVERE';

/** What a part of a risk score comes from. */
export type RiskDriverKind =
  /** All audit findings summed into one contribution without details (what a policy officer sees). */
  | 'AUDIT_EVIDENCE'
  /** The country's Global Slavery Index prevalence or vulnerability. */
  | 'COUNTRY'
  /** The country has no Global Slavery Index data: scored as 4 points, because unknown is not low risk. */
  | 'COUNTRY_DATA_MISSING'
  /** One audit finding that carries an ILO forced-labour indicator (the 20 largest of a supplier are listed one by one). */
  | 'FINDING'
  /** A supplier good on the ILAB list for the supplier's country. */
  | 'GOODS'
  /** Migrant workers make up at least 30% of the workforce. */
  | 'MIGRANT'
  /** The supplier's smaller findings beyond its 20 largest, summed into one contribution. */
  | 'MINOR_FINDINGS'
  /** Findings from other partners' audits, summed into one contribution without details (what a partner sees). */
  | 'OTHER_PARTNERS_EVIDENCE'
  /** The sector's exposure to forced labour. */
  | 'SECTOR';

/** Why a band was forced regardless of the score. */
export type RiskOverride =
  /**
   * An S4 finding that carries an ILO forced-labour indicator, from an audit within the last 365 days, whose
   * corrective action is not verified.
   */
  | 'S4_UNVERIFIED_WITHIN_365D';

/** Industry sector of a supplier facility. */
export type Sector =
  /** Farming, plantations and livestock. */
  | 'AGRICULTURE'
  /** Building and civil engineering. */
  | 'CONSTRUCTION'
  /** Work in private households. */
  | 'DOMESTIC_WORK'
  /** Electronics and electrical components. */
  | 'ELECTRONICS'
  /** Fishing at sea, including work on fishing vessels. */
  | 'FISHING'
  /** Apparel, textiles and footwear. */
  | 'GARMENTS'
  /** Hotels, restaurants and catering. */
  | 'HOSPITALITY'
  /** Transport, warehousing and logistics. */
  | 'LOGISTICS'
  /** Other manufacturing. */
  | 'MANUFACTURING'
  /** Mining and quarrying. */
  | 'MINING'
  /** Any other sector. */
  | 'OTHER'
  /** Processing of fish and seafood on land. */
  | 'SEAFOOD_PROCESSING';

/** Normalised finding severity, comparable across schemes. */
export type Severity =
  /** Conformance: checked and found in order. */
  | 'S0'
  /** Observation or risk of non-compliance. */
  | 'S1'
  /** Minor non-compliance. */
  | 'S2'
  /** Major non-compliance. */
  | 'S3'
  /** Critical or zero tolerance (amfori BSCI zero tolerance, RBA priority). */
  | 'S4';

/** The significance test a comparison applied. */
export type SignificanceTest =
  /** Newcombe (Wilson score) interval for the difference of two proportions; significant when it excludes 0. */
  | 'NEWCOMBE_DIFFERENCE'
  /** No test applies (medians, ratios, counts no model fits). */
  | 'NONE'
  /** Exact conditional interval for the ratio of two Poisson rates; significant when it excludes 1. */
  | 'RATE_RATIO_EXACT';

/** Why a value is withheld from you (DESIGN §5, docs/methodology.md "Suppression"). */
export type SuppressionReason =
  /** The count itself is below 5 (shown as "<5"). */
  | 'BELOW_THRESHOLD'
  /**
   * Withheld to protect another cell: the count may be large, but with it a hidden small count could be worked
   * out by subtraction (shown as "withheld").
   */
  | 'COMPLEMENTARY'
  /** Derived from a withheld count, e.g. a referral rate whose victim count is hidden (shown as "withheld"). */
  | 'COMPONENT_SUPPRESSED';

export type UnreadAlertsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnreadAlertsQuery = { alerts: { unacknowledgedCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, cursor: string, kind: AlertKind, raisedAt: string, iloIndicator: IloIndicator | null, dueDate: string | null, auditId: string | null, supplier: { id: string, name: string, country: { code: string } | null } } }> } | null };

export type AcknowledgeAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeAlertMutation = { acknowledgeAlert: { id: string, acknowledgedAt: string | null } };

export type DashboardAgencyCountryQueryVariables = Exact<{
  code: string | number;
}>;


export type DashboardAgencyCountryQuery = { country: { code: string, name: string, region: string | null } | null };

export type DashboardRegionCountriesQueryVariables = Exact<{
  region: string;
}>;


export type DashboardRegionCountriesQuery = { countries: Array<{ code: string }> | null };

export type DashboardAreaCompareQueryVariables = Exact<{
  current: string | number;
  previous?: string | number | null | undefined;
  countries: Array<string | number> | string | number;
}>;


export type DashboardAreaCompareQuery = { measures: Array<{ id: MeasureId, label: string, unit: string, kind: MeasureKind }> | null, compare: Array<{ measure: MeasureId, group: string, current: number | null, previous: number | null, delta: number | null, percentChange: number | null, currentPerDay: number | null, previousPerDay: number | null, percentChangePerDay: number | null, test: SignificanceTest, estimate: number | null, significant: boolean | null, suppressed: boolean, currentSuppression: SuppressionReason | null, previousSuppression: SuppressionReason | null, country: { code: string, name: string } | null, interval: { lower: number, upper: number | null } | null }> | null };

export type DashboardCampaignsQueryVariables = Exact<{
  current: string | number;
  previous?: string | number | null | undefined;
}>;


export type DashboardCampaignsQuery = { measures: Array<{ id: MeasureId, label: string, unit: string, kind: MeasureKind }> | null, compare: Array<{ measure: MeasureId, group: string, current: number | null, previous: number | null, delta: number | null, percentChange: number | null, currentPerDay: number | null, previousPerDay: number | null, percentChangePerDay: number | null, test: SignificanceTest, estimate: number | null, significant: boolean | null, suppressed: boolean, currentSuppression: SuppressionReason | null, previousSuppression: SuppressionReason | null, country: { code: string, name: string } | null, interval: { lower: number, upper: number | null } | null }> | null };

export type DashboardComparisonFragment = { measure: MeasureId, group: string, current: number | null, previous: number | null, delta: number | null, percentChange: number | null, currentPerDay: number | null, previousPerDay: number | null, percentChangePerDay: number | null, test: SignificanceTest, estimate: number | null, significant: boolean | null, suppressed: boolean, currentSuppression: SuppressionReason | null, previousSuppression: SuppressionReason | null, interval: { lower: number, upper: number | null } | null };

export type DashboardFunnelQueryVariables = Exact<{
  current: string | number;
  previous?: string | number | null | undefined;
}>;


export type DashboardFunnelQuery = { measures: Array<{ id: MeasureId, label: string, unit: string, kind: MeasureKind }> | null, compare: Array<{ measure: MeasureId, group: string, current: number | null, previous: number | null, delta: number | null, percentChange: number | null, currentPerDay: number | null, previousPerDay: number | null, percentChangePerDay: number | null, test: SignificanceTest, estimate: number | null, significant: boolean | null, suppressed: boolean, currentSuppression: SuppressionReason | null, previousSuppression: SuppressionReason | null, country: { code: string, name: string } | null, interval: { lower: number, upper: number | null } | null }> | null };

export type DashboardHeadlineQueryVariables = Exact<{
  current: string | number;
  previous?: string | number | null | undefined;
}>;


export type DashboardHeadlineQuery = { measures: Array<{ id: MeasureId, label: string, unit: string, kind: MeasureKind, higherIsBetter: boolean | null, description: string }> | null, compare: Array<{ measure: MeasureId, group: string, current: number | null, previous: number | null, delta: number | null, percentChange: number | null, currentPerDay: number | null, previousPerDay: number | null, percentChangePerDay: number | null, test: SignificanceTest, estimate: number | null, significant: boolean | null, suppressed: boolean, currentSuppression: SuppressionReason | null, previousSuppression: SuppressionReason | null, interval: { lower: number, upper: number | null } | null }> | null };

export type DashboardHotspotCellFragment = { sector: Sector | null, suppliers: number, auditedSuppliers: number, partners: number, averageScore: number, maxScore: number, overrides: number, country: { code: string, name: string } | null, bands: { low: number, medium: number, high: number, severe: number } };

export type DashboardHotspotsQueryVariables = Exact<{
  period?: string | number | null | undefined;
  previous?: string | number | null | undefined;
  withPrevious: boolean;
}>;


export type DashboardHotspotsQuery = { riskHotspots: { asOf: string, withheldCells: number, cells: Array<{ sector: Sector | null, suppliers: number, auditedSuppliers: number, partners: number, averageScore: number, maxScore: number, overrides: number, country: { code: string, name: string } | null, bands: { low: number, medium: number, high: number, severe: number } }> } | null, previous?: { withheldCells: number, cells: Array<{ sector: Sector | null, suppliers: number, auditedSuppliers: number, partners: number, averageScore: number, maxScore: number, overrides: number, country: { code: string, name: string } | null, bands: { low: number, medium: number, high: number, severe: number } }> } | null };

export type DashboardIndicatorsQueryVariables = Exact<{
  current: string | number;
  previous?: string | number | null | undefined;
}>;


export type DashboardIndicatorsQuery = { measures: Array<{ id: MeasureId, label: string, unit: string, kind: MeasureKind }> | null, compare: Array<{ measure: MeasureId, group: string, current: number | null, previous: number | null, delta: number | null, percentChange: number | null, currentPerDay: number | null, previousPerDay: number | null, percentChangePerDay: number | null, test: SignificanceTest, estimate: number | null, significant: boolean | null, suppressed: boolean, currentSuppression: SuppressionReason | null, previousSuppression: SuppressionReason | null, country: { code: string, name: string } | null, interval: { lower: number, upper: number | null } | null }> | null };

export type DashboardInfoSharingQueryVariables = Exact<{
  current: string | number;
  previous?: string | number | null | undefined;
}>;


export type DashboardInfoSharingQuery = { measures: Array<{ id: MeasureId, label: string, unit: string, kind: MeasureKind }> | null, compare: Array<{ measure: MeasureId, group: string, current: number | null, previous: number | null, delta: number | null, percentChange: number | null, currentPerDay: number | null, previousPerDay: number | null, percentChangePerDay: number | null, test: SignificanceTest, estimate: number | null, significant: boolean | null, suppressed: boolean, currentSuppression: SuppressionReason | null, previousSuppression: SuppressionReason | null, country: { code: string, name: string } | null, interval: { lower: number, upper: number | null } | null }> | null };

export type DashboardPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPeriodsQuery = { reportingPeriods: Array<{ id: string, label: string, number: number | null, startDate: string, endDate: string, lengthDays: number, previous: { id: string } | null }> | null };

export type DashboardDataPeriodsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardDataPeriodsQuery = { audits: Array<{ points: Array<{ startDate: string, value: number | null }> }> | null, agency: Array<{ points: Array<{ startDate: string, value: number | null }> }> | null };

export type DashboardLatestOwnAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardLatestOwnAuditQuery = { audits: { edges: Array<{ node: { auditDate: string } }> } | null };

export type DashboardSeriesQueryVariables = Exact<{
  measure: MeasureId;
  kind: PeriodKind;
  from: string;
  to: string;
}>;


export type DashboardSeriesQuery = { measures: Array<{ id: MeasureId, label: string, unit: string, kind: MeasureKind, available: boolean }> | null, series: Array<{ measure: MeasureId, group: string, points: Array<{ startDate: string, endDate: string, value: number | null, suppressed: boolean, suppressionReason: SuppressionReason | null, filled: boolean, period: { id: string, label: string } | null, interval: { lower: number, upper: number | null } | null }> }> | null };

export type DashboardStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardStatusQuery = { warehouseStatus: { buildId: string, builtAt: string, asOf: string, methodologyVersion: string | null } | null };

export type DashboardRankedSupplierFragment = { rank: number, supplierId: string, supplier: { name: string, sector: Sector, country: { code: string, name: string } | null } | null, risk: { score: number, band: RiskBand, override: RiskOverride | null, asOf: string, drivers: Array<{ kind: RiskDriverKind, label: string, contribution: number }> } | null };

export type DashboardSupplierScoreFragment = { score: number, band: RiskBand, override: RiskOverride | null, asOf: string, drivers: Array<{ kind: RiskDriverKind, label: string, contribution: number }> };

export type DashboardRiskiestSuppliersQueryVariables = Exact<{
  first: number;
}>;


export type DashboardRiskiestSuppliersQuery = { riskiestSuppliers: Array<{ rank: number, supplierId: string, supplier: { name: string, sector: Sector, country: { code: string, name: string } | null } | null, risk: { score: number, band: RiskBand, override: RiskOverride | null, asOf: string, drivers: Array<{ kind: RiskDriverKind, label: string, contribution: number }> } | null }> | null };

export type DashboardMySuppliersQueryVariables = Exact<{
  first: number;
}>;


export type DashboardMySuppliersQuery = { riskiestSuppliers: Array<{ rank: number, supplierId: string, supplier: { name: string, sector: Sector, correctiveActionCounts: { open: number, overdue: number }, country: { code: string, name: string } | null } | null, risk: { score: number, band: RiskBand, override: RiskOverride | null, asOf: string, drivers: Array<{ kind: RiskDriverKind, label: string, contribution: number }> } | null }> | null };

export type DashboardSupplierQueryVariables = Exact<{
  id: string | number;
  d1?: string | null | undefined;
  d2?: string | null | undefined;
  d3?: string | null | undefined;
  d4?: string | null | undefined;
  d5?: string | null | undefined;
  d6?: string | null | undefined;
}>;


export type DashboardSupplierQuery = { supplier: { id: string, name: string, address: string, sector: Sector, country: { code: string, name: string } | null, risk: { score: number, band: RiskBand, override: RiskOverride | null, asOf: string, drivers: Array<{ kind: RiskDriverKind, label: string, contribution: number }> } | null, r1: { score: number, band: RiskBand, asOf: string } | null, r2: { score: number, band: RiskBand, asOf: string } | null, r3: { score: number, band: RiskBand, asOf: string } | null, r4: { score: number, band: RiskBand, asOf: string } | null, r5: { score: number, band: RiskBand, asOf: string } | null, r6: { score: number, band: RiskBand, asOf: string } | null, audits: { edges: Array<{ node: { id: string, auditDate: string, scheme: AuditScheme, type: AuditType, partnerOrgId: string, findings: Array<{ id: string, severity: Severity, iloIndicator: IloIndicator | null, description: string, correctiveAction: { id: string, status: CorrectiveActionStatus, dueDate: string, closedDate: string | null, isOverdue: boolean } | null }> } }> } } | null };

export const DashboardComparisonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardComparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"percentChange"}},{"kind":"Field","name":{"kind":"Name","value":"currentPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"previousPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"percentChangePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"test"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"currentSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"previousSuppression"}}]}}]} as unknown as DocumentNode<DashboardComparisonFragment, unknown>;
export const DashboardHotspotCellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardHotspotCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskHotspot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"}},{"kind":"Field","name":{"kind":"Name","value":"auditedSuppliers"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"severe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}}]}}]} as unknown as DocumentNode<DashboardHotspotCellFragment, unknown>;
export const DashboardSupplierScoreFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSupplierScore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"override"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]} as unknown as DocumentNode<DashboardSupplierScoreFragment, unknown>;
export const DashboardRankedSupplierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRankedSupplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankedSupplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSupplierScore"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSupplierScore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"override"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]} as unknown as DocumentNode<DashboardRankedSupplierFragment, unknown>;
export const UnreadAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unacknowledgedOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unacknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"iloIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"auditId"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnreadAlertsQuery, UnreadAlertsQueryVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const DashboardAgencyCountryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAgencyCountry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<DashboardAgencyCountryQuery, DashboardAgencyCountryQueryVariables>;
export const DashboardRegionCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRegionCountries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DashboardRegionCountriesQuery, DashboardRegionCountriesQueryVariables>;
export const DashboardAreaCompareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAreaCompare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previous"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AGENCY_INVESTIGATIONS_OPENED"},{"kind":"EnumValue","value":"AGENCY_PROSECUTIONS"},{"kind":"EnumValue","value":"AGENCY_CONVICTIONS"},{"kind":"EnumValue","value":"AGENCY_VICTIMS_IDENTIFIED"},{"kind":"EnumValue","value":"CONVICTION_RATIO"},{"kind":"EnumValue","value":"INFO_REQUESTS_ANSWERED_SHARE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"Argument","name":{"kind":"Name","value":"previous"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previous"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"countryCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countries"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardComparison"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardComparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"percentChange"}},{"kind":"Field","name":{"kind":"Name","value":"currentPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"previousPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"percentChangePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"test"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"currentSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"previousSuppression"}}]}}]} as unknown as DocumentNode<DashboardAreaCompareQuery, DashboardAreaCompareQueryVariables>;
export const DashboardCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previous"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CAMPAIGN_REACH"},{"kind":"EnumValue","value":"CAMPAIGN_REPORTS"},{"kind":"EnumValue","value":"CAMPAIGN_REPORTS_PER_100K_REACHED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"Argument","name":{"kind":"Name","value":"previous"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previous"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COUNTRY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardComparison"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardComparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"percentChange"}},{"kind":"Field","name":{"kind":"Name","value":"currentPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"previousPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"percentChangePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"test"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"currentSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"previousSuppression"}}]}}]} as unknown as DocumentNode<DashboardCampaignsQuery, DashboardCampaignsQueryVariables>;
export const DashboardFunnelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardFunnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previous"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AGENCY_SUSPECTS_IDENTIFIED"},{"kind":"EnumValue","value":"AGENCY_ARRESTS"},{"kind":"EnumValue","value":"AGENCY_PROSECUTIONS"},{"kind":"EnumValue","value":"AGENCY_CONVICTIONS"},{"kind":"EnumValue","value":"AGENCY_VICTIMS_IDENTIFIED"},{"kind":"EnumValue","value":"AGENCY_VICTIMS_REFERRED"},{"kind":"EnumValue","value":"CONVICTION_RATIO"},{"kind":"EnumValue","value":"REFERRAL_RATE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"Argument","name":{"kind":"Name","value":"previous"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previous"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardComparison"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardComparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"percentChange"}},{"kind":"Field","name":{"kind":"Name","value":"currentPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"previousPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"percentChangePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"test"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"currentSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"previousSuppression"}}]}}]} as unknown as DocumentNode<DashboardFunnelQuery, DashboardFunnelQueryVariables>;
export const DashboardHeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardHeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previous"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUPPLIERS_AUDITED"},{"kind":"EnumValue","value":"SEVERE_FINDING_SHARE"},{"kind":"EnumValue","value":"REPEAT_FINDING_RATE"},{"kind":"EnumValue","value":"CAP_CLOSURE_RATE"},{"kind":"EnumValue","value":"MEDIAN_DAYS_TO_CLOSE"},{"kind":"EnumValue","value":"AGENCY_INVESTIGATIONS_OPENED"},{"kind":"EnumValue","value":"AGENCY_PROSECUTIONS"},{"kind":"EnumValue","value":"AGENCY_CONVICTIONS"},{"kind":"EnumValue","value":"AGENCY_VICTIMS_IDENTIFIED"},{"kind":"EnumValue","value":"AGENCY_VICTIMS_REFERRED"},{"kind":"EnumValue","value":"CONVICTION_RATIO"},{"kind":"EnumValue","value":"REFERRAL_RATE"},{"kind":"EnumValue","value":"CAMPAIGN_REACH"},{"kind":"EnumValue","value":"CAMPAIGN_REPORTS"},{"kind":"EnumValue","value":"CAMPAIGN_REPORTS_PER_100K_REACHED"}]}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"Argument","name":{"kind":"Name","value":"previous"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previous"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardComparison"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardComparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"percentChange"}},{"kind":"Field","name":{"kind":"Name","value":"currentPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"previousPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"percentChangePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"test"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"currentSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"previousSuppression"}}]}}]} as unknown as DocumentNode<DashboardHeadlineQuery, DashboardHeadlineQueryVariables>;
export const DashboardHotspotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardHotspots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previous"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPrevious"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskHotspots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COUNTRY_SECTOR"}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"withheldCells"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardHotspotCell"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previous"},"name":{"kind":"Name","value":"riskHotspots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COUNTRY_SECTOR"}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previous"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPrevious"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withheldCells"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardHotspotCell"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardHotspotCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskHotspot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"}},{"kind":"Field","name":{"kind":"Name","value":"auditedSuppliers"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"severe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overrides"}}]}}]} as unknown as DocumentNode<DashboardHotspotsQuery, DashboardHotspotsQueryVariables>;
export const DashboardIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previous"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AGENCY_VICTIMS_IDENTIFIED"},{"kind":"EnumValue","value":"AGENCY_VICTIMS_REFERRED"},{"kind":"EnumValue","value":"AGENCY_PROSECUTIONS"},{"kind":"EnumValue","value":"AGENCY_CONVICTIONS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"Argument","name":{"kind":"Name","value":"previous"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previous"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COUNTRY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardComparison"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardComparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"percentChange"}},{"kind":"Field","name":{"kind":"Name","value":"currentPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"previousPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"percentChangePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"test"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"currentSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"previousSuppression"}}]}}]} as unknown as DocumentNode<DashboardIndicatorsQuery, DashboardIndicatorsQueryVariables>;
export const DashboardInfoSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardInfoSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previous"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AGENCY_INFO_REQUESTS_SENT"},{"kind":"EnumValue","value":"AGENCY_INFO_REQUESTS_ANSWERED"},{"kind":"EnumValue","value":"INFO_REQUESTS_ANSWERED_SHARE"},{"kind":"EnumValue","value":"AGENCY_INFO_RESPONSE_DAYS_MEDIAN"}]}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}},{"kind":"Argument","name":{"kind":"Name","value":"previous"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previous"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"COUNTRY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardComparison"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardComparison"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureComparison"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}},{"kind":"Field","name":{"kind":"Name","value":"percentChange"}},{"kind":"Field","name":{"kind":"Name","value":"currentPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"previousPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"percentChangePerDay"}},{"kind":"Field","name":{"kind":"Name","value":"test"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"significant"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"currentSuppression"}},{"kind":"Field","name":{"kind":"Name","value":"previousSuppression"}}]}}]} as unknown as DocumentNode<DashboardInfoSharingQuery, DashboardInfoSharingQueryVariables>;
export const DashboardPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ACTION_PERIOD"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"lengthDays"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPeriodsQuery, DashboardPeriodsQueryVariables>;
export const DashboardDataPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDataPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"audits"},"name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"SUPPLIERS_AUDITED"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ACTION_PERIOD"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"agency"},"name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"AGENCY_INVESTIGATIONS_OPENED"}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ACTION_PERIOD"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardDataPeriodsQuery, DashboardDataPeriodsQueryVariables>;
export const DashboardLatestOwnAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardLatestOwnAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardLatestOwnAuditQuery, DashboardLatestOwnAuditQueryVariables>;
export const DashboardSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasureId"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measure"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionReason"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"interval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSeriesQuery, DashboardSeriesQueryVariables>;
export const DashboardStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouseStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildId"}},{"kind":"Field","name":{"kind":"Name","value":"builtAt"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"methodologyVersion"}}]}}]}}]} as unknown as DocumentNode<DashboardStatusQuery, DashboardStatusQueryVariables>;
export const DashboardRiskiestSuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRiskiestSuppliers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskiestSuppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRankedSupplier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSupplierScore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"override"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRankedSupplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankedSupplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSupplierScore"}}]}}]}}]} as unknown as DocumentNode<DashboardRiskiestSuppliersQuery, DashboardRiskiestSuppliersQueryVariables>;
export const DashboardMySuppliersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMySuppliers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskiestSuppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardRankedSupplier"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctiveActionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSupplierScore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"override"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardRankedSupplier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RankedSupplier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSupplierScore"}}]}}]}}]} as unknown as DocumentNode<DashboardMySuppliersQuery, DashboardMySuppliersQueryVariables>;
export const DashboardSupplierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSupplier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d1"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d2"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d3"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d4"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d5"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d6"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"risk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardSupplierScore"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"r1"},"name":{"kind":"Name","value":"risk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"r2"},"name":{"kind":"Name","value":"risk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"r3"},"name":{"kind":"Name","value":"risk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"r4"},"name":{"kind":"Name","value":"risk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d4"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"r5"},"name":{"kind":"Name","value":"risk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d5"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"r6"},"name":{"kind":"Name","value":"risk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d6"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"audits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditDate"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"partnerOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"iloIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"closedDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardSupplierScore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupplierRisk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"band"}},{"kind":"Field","name":{"kind":"Name","value":"override"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"drivers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]} as unknown as DocumentNode<DashboardSupplierQuery, DashboardSupplierQueryVariables>;