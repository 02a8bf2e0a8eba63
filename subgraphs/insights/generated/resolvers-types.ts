import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SupplierMapper, CountryMapper, CampaignMapper, ReportingPeriodMapper, SupplierRiskMapper, RankedSupplierMapper, RiskDriverMapper, RiskHotspotsMapper, RiskHotspotMapper, RiskBandCountsMapper, CountryRiskProfileMapper, RiskDriverTotalMapper, CountryIndicatorValueMapper, CampaignImpactMapper, MeasureComparisonMapper, MeasureSeriesMapper, SeriesPointMapper, MeasureMapper, WarehouseStatusMapper, SourceTableStatusMapper, SnapshotTableStatusMapper } from '../mappers.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD, with no time zone. */
  Date: { input: string; output: string; }
  /** An instant, ISO-8601 in UTC, e.g. 2019-07-02T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Age group of the persons counted; ALL means not broken down. */
export type AgeGroup =
  /** 18 or over. */
  | 'ADULT'
  /** Not broken down by age. */
  | 'ALL'
  /** Under 18. */
  | 'MINOR';

/** A breakdown dimension of indicator values. */
export type BreakdownDimension =
  /** By age group. */
  | 'AGE_GROUP'
  /** By crime type. */
  | 'CRIME_TYPE'
  /** By form of exploitation. */
  | 'EXPLOITATION'
  /** By sex. */
  | 'SEX';

/** A public-awareness campaign against trafficking in persons and forced labour, run in one country. */
export type Campaign = {
  __typename?: 'Campaign';
  /** Stable campaign id. */
  id: Scalars['ID']['output'];
  /**
   * Reach and reports of this campaign in a period, compared with the preceding period of the same kind
   * (zeros when the build holds no metrics of the campaign in the period).
   */
  impact?: Maybe<CampaignImpact>;
};


/** A public-awareness campaign against trafficking in persons and forced labour, run in one country. */
export type CampaignImpactArgs = {
  period: Scalars['ID']['input'];
};

/** Reach and reports of a campaign in a period. */
export type CampaignImpact = {
  __typename?: 'CampaignImpact';
  /** CAMPAIGN_REACH, CAMPAIGN_REPORTS and CAMPAIGN_REPORTS_PER_100K_REACHED against the previous period. */
  comparison: Array<MeasureComparison>;
  /** The period. */
  period?: Maybe<ReportingPeriod>;
  /** The preceding period of the same kind, compared with; null when there is none. */
  previousPeriod?: Maybe<ReportingPeriod>;
  /** Sum of daily reach over channels, for campaign days in the period. */
  reach: Scalars['Float']['output'];
  /** Reports to authorities attributed to the campaign in the period. */
  reports: Scalars['Float']['output'];
  /** Reports per 100,000 reached; null when nothing was reached. */
  reportsPer100kReached?: Maybe<Scalars['Float']['output']>;
};

/** A country, keyed by ISO 3166-1 alpha-2, with UN M49 regions. */
export type Country = {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-2 code, e.g. VN. */
  code: Scalars['ID']['output'];
  /**
   * This country's agency indicator values for a period, from each feed's latest revision (summed over the
   * country's agencies). `indicators` limits the indicators; `breakdown` selects the cells broken down by exactly
   * those dimensions ([] = totals only; omitted = every cell). Victim counts below 5 are suppressed for every role
   * but ANALYST, with complementary suppression.
   */
  indicators?: Maybe<Array<CountryIndicatorValue>>;
  /**
   * Supplier risk in this country: without `period` the whole registry, with it the suppliers audited in that
   * period. Null for every role but ANALYST when the country holds fewer than 3 suppliers audited by at least 2 partners.
   */
  riskProfile?: Maybe<CountryRiskProfile>;
};


/** A country, keyed by ISO 3166-1 alpha-2, with UN M49 regions. */
export type CountryIndicatorsArgs = {
  breakdown?: InputMaybe<Array<BreakdownDimension>>;
  indicators?: InputMaybe<Array<Indicator>>;
  period: Scalars['ID']['input'];
};


/** A country, keyed by ISO 3166-1 alpha-2, with UN M49 regions. */
export type CountryRiskProfileArgs = {
  period?: InputMaybe<Scalars['ID']['input']>;
};

/** One cell of a country's agency indicators: an indicator for one combination of breakdowns (ALL where not broken down). */
export type CountryIndicatorValue = {
  __typename?: 'CountryIndicatorValue';
  /** Age group, or ALL. */
  ageGroup: AgeGroup;
  /** Agencies whose latest revision reports this cell. */
  agencies: Scalars['Int']['output'];
  /** Crime type, or ALL. */
  crimeType: CrimeType;
  /** Form of exploitation, or ALL. */
  exploitation: Exploitation;
  /** The indicator. */
  indicator: Indicator;
  /** Sex, or ALL. */
  sex: Sex;
  /** True when the value is withheld to protect victims (small count, or the complement of one). */
  suppressed: Scalars['Boolean']['output'];
  /** Why the value is withheld; null when it is shown. */
  suppressionReason?: Maybe<SuppressionReason>;
  /** The value summed over the country's agencies (latest revisions); null when suppressed or not summable. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Supplier risk in one country. */
export type CountryRiskProfile = {
  __typename?: 'CountryRiskProfile';
  /** The date the scores are computed at. */
  asOf: Scalars['Date']['output'];
  /** Suppliers with at least one audit (in the period, when one is given). */
  audited: Scalars['Int']['output'];
  /** Average score, one decimal; null without suppliers. */
  averageScore?: Maybe<Scalars['Float']['output']>;
  /** Suppliers per band. */
  bands: RiskBandCounts;
  /** Highest score; null without suppliers. */
  maxScore?: Maybe<Scalars['Float']['output']>;
  /** Distinct partners whose audits stand behind the profile. */
  partners: Scalars['Int']['output'];
  /** The period the population is restricted to, or null for the whole registry. */
  period?: Maybe<ReportingPeriod>;
  /** Suppliers counted. */
  suppliers: Scalars['Int']['output'];
  /**
   * The drivers that add the most score points over the country's suppliers, largest first (at most 5);
   * findings are grouped by ILO indicator, without details.
   */
  topDrivers: Array<RiskDriverTotal>;
};

/** Crime type of a value; ALL means not broken down. */
export type CrimeType =
  /** Not broken down by crime type. */
  | 'ALL'
  /** People smuggling. */
  | 'SMUGGLING'
  /** Trafficking in persons. */
  | 'TRAFFICKING';

/** Form of exploitation of a value; ALL means not broken down. */
export type Exploitation =
  /** Not broken down by exploitation. */
  | 'ALL'
  /** Labour exploitation. */
  | 'LABOUR'
  /** Any other form. */
  | 'OTHER'
  /** Sexual exploitation. */
  | 'SEXUAL';

/** How hotspot cells are formed. */
export type HotspotGrouping =
  /** One cell per country. */
  | 'COUNTRY'
  /** One cell per country and sector. */
  | 'COUNTRY_SECTOR'
  /** One cell per sector. */
  | 'SECTOR';

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

/** The agency indicators a feed can report. */
export type Indicator =
  /** Arrests made. */
  | 'ARRESTS'
  /** Convictions obtained. */
  | 'CONVICTIONS'
  /** Information requests answered. */
  | 'INFO_REQUESTS_ANSWERED'
  /** Information requests sent to other countries. */
  | 'INFO_REQUESTS_SENT'
  /** Median days to answer an information request (may be fractional; never summed). */
  | 'INFO_RESPONSE_DAYS_MEDIAN'
  /** Investigations opened in the period. */
  | 'INVESTIGATIONS_OPENED'
  /** Investigations run jointly with another country's agency. */
  | 'JOINT_INVESTIGATIONS'
  /** Prosecutions started. */
  | 'PROSECUTIONS'
  /** Suspects identified. */
  | 'SUSPECTS_IDENTIFIED'
  /** Criminal syndicates disrupted. */
  | 'SYNDICATES_DISRUPTED'
  /** Victims identified (suppressed below 5 for every role but ANALYST). */
  | 'VICTIMS_IDENTIFIED'
  /** Victims referred to support services (suppressed below 5 for every role but ANALYST). */
  | 'VICTIMS_REFERRED';

/** A confidence interval; `upper` null means unbounded. */
export type Interval = {
  __typename?: 'Interval';
  /** Lower bound. */
  lower: Scalars['Float']['output'];
  /** Upper bound, or null when unbounded. */
  upper?: Maybe<Scalars['Float']['output']>;
};

/** A measure of the catalogue. */
export type Measure = {
  __typename?: 'Measure';
  /** False when the sources cannot produce the measure yet (see limitation). */
  available: Scalars['Boolean']['output'];
  /** Exact definition: population, numerator, denominator, period attribution. */
  description: Scalars['String']['output'];
  /** True when a rise is progress, false when it is a setback, null when neither is clear. */
  higherIsBetter?: Maybe<Scalars['Boolean']['output']>;
  /** Catalogue id. */
  id: MeasureId;
  /** Kind of number. */
  kind: MeasureKind;
  /** Short name for charts. */
  label: Scalars['String']['output'];
  /** Caveats to know before reading the number. */
  limitation?: Maybe<Scalars['String']['output']>;
  /** Where the data comes from. */
  source: MeasureSource;
  /** Small values are suppressed for every role but ANALYST. */
  suppressible: Scalars['Boolean']['output'];
  /** The test a comparison applies. */
  test: SignificanceTest;
  /** What one unit of the value is, e.g. 'suppliers', 'share', 'days'. */
  unit: Scalars['String']['output'];
};

/** One measure for one group, current against previous period. */
export type MeasureComparison = {
  __typename?: 'MeasureComparison';
  /** The group's country, when grouped by country. */
  country?: Maybe<Country>;
  /** Value in the current period; null when there is no data or it is suppressed. */
  current?: Maybe<Scalars['Float']['output']>;
  /** COUNT measures only: the current value per day of its period (the basis of the rate-ratio test); else null. */
  currentPerDay?: Maybe<Scalars['Float']['output']>;
  /** The current period. */
  currentPeriod?: Maybe<ReportingPeriod>;
  /** Why the current value is withheld from you; null when it is shown. */
  currentSuppression?: Maybe<SuppressionReason>;
  /** current − previous; null unless both are shown. */
  delta?: Maybe<Scalars['Float']['output']>;
  /** The effect the interval is about: rate ratio (RATE_RATIO_EXACT) or difference of proportions (NEWCOMBE_DIFFERENCE). */
  estimate?: Maybe<Scalars['Float']['output']>;
  /** The group: 'ALL', an ISO alpha-2 country code, or a sector. */
  group: Scalars['String']['output'];
  /** 95% interval of the estimate; null when no test applies. */
  interval?: Maybe<Interval>;
  /** The measure. */
  measure: MeasureId;
  /** 100 · delta / previous; null when previous is 0 or missing. */
  percentChange?: Maybe<Scalars['Float']['output']>;
  /**
   * COUNT measures only: 100 · (currentPerDay − previousPerDay) / previousPerDay, the change on the test's basis
   * (periods differ in length); null when either side is missing or previousPerDay is 0.
   */
  percentChangePerDay?: Maybe<Scalars['Float']['output']>;
  /** Value in the previous period; null when there is no data or it is suppressed. */
  previous?: Maybe<Scalars['Float']['output']>;
  /** COUNT measures only: the previous value per day of its period; else null. */
  previousPerDay?: Maybe<Scalars['Float']['output']>;
  /** The period compared with, or null when there is none. */
  previousPeriod?: Maybe<ReportingPeriod>;
  /** Why the previous value is withheld from you; null when it is shown. */
  previousSuppression?: Maybe<SuppressionReason>;
  /** The group's sector, when grouped by sector. */
  sector?: Maybe<Sector>;
  /** True when the interval excludes no change; null when no test applies or a side is missing or suppressed. */
  significant?: Maybe<Scalars['Boolean']['output']>;
  /** True when either side is withheld from you. */
  suppressed: Scalars['Boolean']['output'];
  /** The test applied. */
  test: SignificanceTest;
};

/** Restricts the population a measure counts. */
export type MeasureFilter = {
  /** Only these countries (ISO alpha-2). */
  countryCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these sectors (audit measures only). */
  sectors?: InputMaybe<Array<Sector>>;
};

/** How measure rows are grouped. */
export type MeasureGrouping =
  /** One row per country. */
  | 'COUNTRY'
  /** One row for everything the filter admits. */
  | 'NONE'
  /** One row per sector (audit measures only). */
  | 'SECTOR';

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

/** A measure over consecutive periods for one group. */
export type MeasureSeries = {
  __typename?: 'MeasureSeries';
  /** The group's country, when grouped by country. */
  country?: Maybe<Country>;
  /** The group: 'ALL', an ISO alpha-2 country code, or a sector. */
  group: Scalars['String']['output'];
  /** The measure. */
  measure: MeasureId;
  /** One point per period, oldest first. */
  points: Array<SeriesPoint>;
  /** The group's sector, when grouped by sector. */
  sector?: Maybe<Sector>;
};

/** Where a measure's data comes from. */
export type MeasureSource =
  /** Indicator feeds submitted by law-enforcement agencies. */
  | 'AGENCY'
  /** Social audits submitted by business partners. */
  | 'AUDITS'
  /** Awareness-campaign metrics. */
  | 'CAMPAIGNS';

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

/**
 * Analytics over the warehouse's latest published build: hotspots, period comparisons, dashboard series,
 * the measure catalogue and the warehouse's freshness. Every answer of one request comes from one build.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Period-over-period comparison of measures, one row per measure and group. `previous` defaults to the
   * preceding period of the same kind (for action periods the previous number). Victim counts below 5 (and the
   * values derived from them) are suppressed for every role but ANALYST; deltas use only values you may see.
   */
  compare?: Maybe<Array<MeasureComparison>>;
  /** The measures `compare` and `series` know, with their exact definitions. */
  measures?: Maybe<Array<Measure>>;
  /**
   * Where supplier abuse risk concentrates, by country, sector or both. Without `period`, every supplier in the
   * registry counts; with it, only suppliers audited in that period (scores stay as of the build's asOf).
   * Every role but ANALYST sees a cell only when it holds at least 3 suppliers audited by at least 2 partners
   * (a partner: at least 2 partners besides itself); the others are counted in `withheldCells`.
   */
  riskHotspots?: Maybe<RiskHotspots>;
  /**
   * Suppliers by abuse-risk score at the build's asOf, highest first (analyst work lists, a partner's own
   * suppliers). A partner gets only suppliers it has audited. Null only when insights could not answer.
   */
  riskiestSuppliers?: Maybe<Array<RankedSupplier>>;
  /**
   * A measure over consecutive periods of one kind that overlap from..to (at most 240 periods), one series per
   * group. Periods without data are filled: 0 for counts that count events, null for rates, shares and medians
   * (and for agency counts, where a missing feed is unknown).
   */
  series?: Maybe<Array<MeasureSeries>>;
  /** Which warehouse build insights is serving and how fresh each synced source table is. */
  warehouseStatus?: Maybe<WarehouseStatus>;
};


/**
 * Analytics over the warehouse's latest published build: hotspots, period comparisons, dashboard series,
 * the measure catalogue and the warehouse's freshness. Every answer of one request comes from one build.
 */
export type QueryCompareArgs = {
  current: Scalars['ID']['input'];
  filter?: InputMaybe<MeasureFilter>;
  groupBy?: InputMaybe<MeasureGrouping>;
  measures: Array<MeasureId>;
  previous?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Analytics over the warehouse's latest published build: hotspots, period comparisons, dashboard series,
 * the measure catalogue and the warehouse's freshness. Every answer of one request comes from one build.
 */
export type QueryRiskHotspotsArgs = {
  groupBy: HotspotGrouping;
  period?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Analytics over the warehouse's latest published build: hotspots, period comparisons, dashboard series,
 * the measure catalogue and the warehouse's freshness. Every answer of one request comes from one build.
 */
export type QueryRiskiestSuppliersArgs = {
  countryCode?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sector?: InputMaybe<Sector>;
};


/**
 * Analytics over the warehouse's latest published build: hotspots, period comparisons, dashboard series,
 * the measure catalogue and the warehouse's freshness. Every answer of one request comes from one build.
 */
export type QuerySeriesArgs = {
  filter?: InputMaybe<MeasureFilter>;
  from: Scalars['Date']['input'];
  groupBy?: InputMaybe<MeasureGrouping>;
  kind: PeriodKind;
  measure: MeasureId;
  to: Scalars['Date']['input'];
};

/** One place in a ranking of suppliers by risk score. */
export type RankedSupplier = {
  __typename?: 'RankedSupplier';
  /** 1 for the highest score. */
  rank: Scalars['Int']['output'];
  /** The supplier's risk at the build's asOf, with drivers shaped for your role. */
  risk?: Maybe<SupplierRisk>;
  /** The supplier (name, country, sector from the registry); null when the registry could not answer. */
  supplier?: Maybe<Supplier>;
  /** The supplier's id. */
  supplierId: Scalars['ID']['output'];
};

/** A period that agency indicators are reported for and compared over. */
export type ReportingPeriod = {
  __typename?: 'ReportingPeriod';
  /** 'JPA5', '2019-07', '2019-Q3' or '2019'. */
  id: Scalars['ID']['output'];
};

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

/** Suppliers per risk band. */
export type RiskBandCounts = {
  __typename?: 'RiskBandCounts';
  /** Suppliers in band HIGH. */
  high: Scalars['Int']['output'];
  /** Suppliers in band LOW. */
  low: Scalars['Int']['output'];
  /** Suppliers in band MEDIUM. */
  medium: Scalars['Int']['output'];
  /** Suppliers in band SEVERE. */
  severe: Scalars['Int']['output'];
};

/** One contribution to a risk score. Finding details are shown to analysts, and to a partner for its own audits. */
export type RiskDriver = {
  __typename?: 'RiskDriver';
  /** FINDING only: the date of the audit that reported it. */
  auditDate?: Maybe<Scalars['Date']['output']>;
  /** Score points, one decimal; the drivers of a score sum to it. */
  contribution: Scalars['Float']['output'];
  /** FINDING only: the finding. */
  findingId?: Maybe<Scalars['ID']['output']>;
  /** FINDING only: the ILO indicator. */
  iloIndicator?: Maybe<IloIndicator>;
  /** What the contribution comes from. */
  kind: RiskDriverKind;
  /** A readable description, e.g. 'Sector FISHING (4 points)' or 'S3 finding: DEBT_BONDAGE'. */
  label: Scalars['String']['output'];
  /** FINDING only: normalised severity. */
  severity?: Maybe<Severity>;
};

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

/** Score points one kind of driver adds up to over a set of suppliers. */
export type RiskDriverTotal = {
  __typename?: 'RiskDriverTotal';
  /** Average score points per supplier counted in the profile. */
  averageContribution: Scalars['Float']['output'];
  /** FINDING only: the ILO indicator the findings carry. */
  iloIndicator?: Maybe<IloIndicator>;
  /** The driver kind (FINDING for findings of one ILO indicator). */
  kind: RiskDriverKind;
  /** A readable description. */
  label: Scalars['String']['output'];
  /** Suppliers with this driver. */
  suppliers: Scalars['Int']['output'];
  /** Score points summed over the suppliers. */
  totalContribution: Scalars['Float']['output'];
};

/** One hotspot cell. */
export type RiskHotspot = {
  __typename?: 'RiskHotspot';
  /** Suppliers in the cell with at least one audit (in the period, when one is given). */
  auditedSuppliers: Scalars['Int']['output'];
  /** Average score of the cell's suppliers, one decimal. */
  averageScore: Scalars['Float']['output'];
  /** Suppliers per band. */
  bands: RiskBandCounts;
  /** The cell's country (null when grouped by sector only). */
  country?: Maybe<Country>;
  /** Highest score in the cell. */
  maxScore: Scalars['Float']['output'];
  /** Suppliers whose band an override forced to SEVERE. */
  overrides: Scalars['Int']['output'];
  /** Distinct partners whose audits the cell draws on. */
  partners: Scalars['Int']['output'];
  /** The cell's sector (null when grouped by country only). */
  sector?: Maybe<Sector>;
  /** Suppliers in the cell. */
  suppliers: Scalars['Int']['output'];
};

/** Risk hotspots of one build. */
export type RiskHotspots = {
  __typename?: 'RiskHotspots';
  /** The date the scores are computed at. */
  asOf: Scalars['Date']['output'];
  /** The cells you may see, highest average score first. */
  cells: Array<RiskHotspot>;
  /** How the cells are formed. */
  groupBy: HotspotGrouping;
  /** The period the population is restricted to, or null for the whole registry. */
  period?: Maybe<ReportingPeriod>;
  /** Cells withheld from you because too few suppliers or partners stand behind them. */
  withheldCells: Scalars['Int']['output'];
};

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

/** One point of a series. */
export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  /** Last day of the period (inclusive). */
  endDate: Scalars['Date']['output'];
  /** True when the period had no data and the value was filled in. */
  filled: Scalars['Boolean']['output'];
  /**
   * 95% interval of the value where a model fits: exact Poisson for counts that are tested as rates (scaled by
   * the exposure for rates such as reports per 100,000 reached), Wilson for shares; null for medians, ratios,
   * untested counts (reach), and filled or withheld points.
   */
  interval?: Maybe<Interval>;
  /** The period. */
  period?: Maybe<ReportingPeriod>;
  /** First day of the period. */
  startDate: Scalars['Date']['output'];
  /** True when the value is withheld from you. */
  suppressed: Scalars['Boolean']['output'];
  /** Why the value is withheld from you; null when it is shown. A withheld point is a gap, never a zero. */
  suppressionReason?: Maybe<SuppressionReason>;
  /** The value; null when unknown, undefined (a rate of nothing) or suppressed. */
  value?: Maybe<Scalars['Float']['output']>;
};

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

/** Sex of the persons counted; ALL means not broken down. */
export type Sex =
  /** Not broken down by sex. */
  | 'ALL'
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE'
  /** Another sex. */
  | 'OTHER'
  /** Not recorded. */
  | 'UNKNOWN';

/** The significance test a comparison applied. */
export type SignificanceTest =
  /** Newcombe (Wilson score) interval for the difference of two proportions; significant when it excludes 0. */
  | 'NEWCOMBE_DIFFERENCE'
  /** No test applies (medians, ratios, counts no model fits). */
  | 'NONE'
  /** Exact conditional interval for the ratio of two Poisson rates; significant when it excludes 1. */
  | 'RATE_RATIO_EXACT';

/** One table of the served build. */
export type SnapshotTableStatus = {
  __typename?: 'SnapshotTableStatus';
  /** Table name, e.g. mart_supplier_risk. */
  name: Scalars['String']['output'];
  /** Rows in the build. */
  rows: Scalars['Float']['output'];
};

/** Sync state of one source table. */
export type SourceTableStatus = {
  __typename?: 'SourceTableStatus';
  /** Seconds from the last load to now; null when none has been. */
  lagSeconds?: Maybe<Scalars['Float']['output']>;
  /** When the last non-empty batch was loaded; null when none has been. */
  lastSyncedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Rows received over all batches. */
  rowsReceived: Scalars['Float']['output'];
  /** Source subgraph, e.g. audits. */
  source: Scalars['String']['output'];
  /** Table name in the source. */
  table: Scalars['String']['output'];
  /** Highest change_seq loaded. */
  watermark: Scalars['Float']['output'];
};

/** A supplier facility in the shared registry; matched on normalised name, address and country. */
export type Supplier = {
  __typename?: 'Supplier';
  /** Stable supplier id. */
  id: Scalars['ID']['output'];
  /**
   * The supplier's risk-v1 abuse-risk score. Without `asOf`, as of the build's date; another date re-scores on
   * demand. Null when the supplier does not exist, or when a partner has not audited it. A partner's score counts
   * other partners' audits only as they stood at month boundaries (their dates moved to the first of the next
   * month), whatever `asOf` is: it can differ from an analyst's score for the same date (docs/security.md).
   */
  risk?: Maybe<SupplierRisk>;
};


/** A supplier facility in the shared registry; matched on normalised name, address and country. */
export type SupplierRiskArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/**
 * A supplier's abuse-risk score under methodology risk-v1: inherent (context) risk, discounted by audit
 * confidence, combined with evidence from forced-labour findings. The drivers sum to the score.
 */
export type SupplierRisk = {
  __typename?: 'SupplierRisk';
  /** The date the score is computed at. */
  asOf: Scalars['Date']['output'];
  /** Band of the score, or SEVERE when an override applies. */
  band: RiskBand;
  /** Confidence C (0–1) from the most recent audit: announcement credibility halved every 365 days; 0 without audits. */
  confidence: Scalars['Float']['output'];
  /**
   * What the score is made of, largest contribution first: inherent-risk points, the 20 largest findings one by
   * one and the rest summed. The drivers shown are rounded together to one decimal (largest remainder), so they
   * sum exactly to the score; a driver that rounds to 0 points is left out.
   */
  drivers: Array<RiskDriver>;
  /** Evidence E (0–1): noisy-OR of the forced-labour findings' strengths. */
  evidence: Scalars['Float']['output'];
  /** Score points from audit evidence (the sum of the finding drivers); inherentPart + evidencePart = score. */
  evidencePart: Scalars['Float']['output'];
  /** Inherent risk I (0–10): country + sector + goods + migrant points. */
  inherent: Scalars['Float']['output'];
  /** Score points from inherent risk (the sum of the COUNTRY, COUNTRY_DATA_MISSING, SECTOR, GOODS and MIGRANT drivers). */
  inherentPart: Scalars['Float']['output'];
  /** Methodology version of the parameters, e.g. risk-v1. */
  methodologyVersion: Scalars['String']['output'];
  /** The override that forced the band, or null. */
  override?: Maybe<RiskOverride>;
  /**
   * The findings behind the override (S4, carrying an ILO indicator, within 365 days, not verified) that you may
   * see: all of them for analysts, your own audits' findings for a partner, none for other roles (finding details
   * are not theirs). Empty without an override.
   */
  overrideFindingIds: Array<Scalars['ID']['output']>;
  /** 0–100, one decimal. */
  score: Scalars['Float']['output'];
};

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

/** The build insights serves and the freshness of its inputs. */
export type WarehouseStatus = {
  __typename?: 'WarehouseStatus';
  /** The date risk is scored at in this build. */
  asOf: Scalars['Date']['output'];
  /** Id of the build being served. */
  buildId: Scalars['ID']['output'];
  /** When the build was published. */
  builtAt: Scalars['DateTime']['output'];
  /** Risk methodology version of the build. */
  methodologyVersion?: Maybe<Scalars['String']['output']>;
  /** Per synced source table: watermark, last sync, lag, rows received (ANALYST and POLICY). */
  sources: Array<SourceTableStatus>;
  /** Rows per table of the build (ANALYST and POLICY). */
  tables: Array<SnapshotTableStatus>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Campaign: Campaign;
  Country: Country;
  Supplier: Supplier;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  Country:
    ( { __typename: 'Country' }
    & GraphQLRecursivePick<FederationTypes['Country'], {"code":true}> );
  Supplier:
    ( { __typename: 'Supplier' }
    & GraphQLRecursivePick<FederationTypes['Supplier'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AgeGroup: AgeGroup;
  BreakdownDimension: BreakdownDimension;
  Campaign: ResolverTypeWrapper<CampaignMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CampaignImpact: ResolverTypeWrapper<CampaignImpactMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Country: ResolverTypeWrapper<CountryMapper>;
  CountryIndicatorValue: ResolverTypeWrapper<CountryIndicatorValueMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CountryRiskProfile: ResolverTypeWrapper<CountryRiskProfileMapper>;
  CrimeType: CrimeType;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Exploitation: Exploitation;
  HotspotGrouping: HotspotGrouping;
  IloIndicator: IloIndicator;
  Indicator: Indicator;
  Interval: ResolverTypeWrapper<Interval>;
  Measure: ResolverTypeWrapper<MeasureMapper>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  MeasureComparison: ResolverTypeWrapper<MeasureComparisonMapper>;
  MeasureFilter: MeasureFilter;
  MeasureGrouping: MeasureGrouping;
  MeasureId: MeasureId;
  MeasureKind: MeasureKind;
  MeasureSeries: ResolverTypeWrapper<MeasureSeriesMapper>;
  MeasureSource: MeasureSource;
  PeriodKind: PeriodKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankedSupplier: ResolverTypeWrapper<RankedSupplierMapper>;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriodMapper>;
  RiskBand: RiskBand;
  RiskBandCounts: ResolverTypeWrapper<RiskBandCountsMapper>;
  RiskDriver: ResolverTypeWrapper<RiskDriverMapper>;
  RiskDriverKind: RiskDriverKind;
  RiskDriverTotal: ResolverTypeWrapper<RiskDriverTotalMapper>;
  RiskHotspot: ResolverTypeWrapper<RiskHotspotMapper>;
  RiskHotspots: ResolverTypeWrapper<RiskHotspotsMapper>;
  RiskOverride: RiskOverride;
  Sector: Sector;
  SeriesPoint: ResolverTypeWrapper<SeriesPointMapper>;
  Severity: Severity;
  Sex: Sex;
  SignificanceTest: SignificanceTest;
  SnapshotTableStatus: ResolverTypeWrapper<SnapshotTableStatusMapper>;
  SourceTableStatus: ResolverTypeWrapper<SourceTableStatusMapper>;
  Supplier: ResolverTypeWrapper<SupplierMapper>;
  SupplierRisk: ResolverTypeWrapper<SupplierRiskMapper>;
  SuppressionReason: SuppressionReason;
  WarehouseStatus: ResolverTypeWrapper<WarehouseStatusMapper>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Campaign: CampaignMapper;
  ID: Scalars['ID']['output'];
  CampaignImpact: CampaignImpactMapper;
  Float: Scalars['Float']['output'];
  Country: CountryMapper;
  CountryIndicatorValue: CountryIndicatorValueMapper;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  CountryRiskProfile: CountryRiskProfileMapper;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Interval: Interval;
  Measure: MeasureMapper;
  String: Scalars['String']['output'];
  MeasureComparison: MeasureComparisonMapper;
  MeasureFilter: MeasureFilter;
  MeasureSeries: MeasureSeriesMapper;
  Query: Record<PropertyKey, never>;
  RankedSupplier: RankedSupplierMapper;
  ReportingPeriod: ReportingPeriodMapper;
  RiskBandCounts: RiskBandCountsMapper;
  RiskDriver: RiskDriverMapper;
  RiskDriverTotal: RiskDriverTotalMapper;
  RiskHotspot: RiskHotspotMapper;
  RiskHotspots: RiskHotspotsMapper;
  SeriesPoint: SeriesPointMapper;
  SnapshotTableStatus: SnapshotTableStatusMapper;
  SourceTableStatus: SourceTableStatusMapper;
  Supplier: SupplierMapper;
  SupplierRisk: SupplierRiskMapper;
  WarehouseStatus: WarehouseStatusMapper;
}>;

export type CampaignResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impact?: Resolver<Maybe<ResolversTypes['CampaignImpact']>, ParentType, ContextType, RequireFields<CampaignImpactArgs, 'period'>>;
}>;

export type CampaignImpactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignImpact'] = ResolversParentTypes['CampaignImpact']> = ResolversObject<{
  comparison?: Resolver<Array<ResolversTypes['MeasureComparison']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  previousPeriod?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reportsPer100kReached?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CountryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country'], FederationReferenceType extends FederationReferenceTypes['Country'] = FederationReferenceTypes['Country']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Country']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Maybe<Array<ResolversTypes['CountryIndicatorValue']>>, ParentType, ContextType, RequireFields<CountryIndicatorsArgs, 'period'>>;
  riskProfile?: Resolver<Maybe<ResolversTypes['CountryRiskProfile']>, ParentType, ContextType, Partial<CountryRiskProfileArgs>>;
}>;

export type CountryIndicatorValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryIndicatorValue'] = ResolversParentTypes['CountryIndicatorValue']> = ResolversObject<{
  ageGroup?: Resolver<ResolversTypes['AgeGroup'], ParentType, ContextType>;
  agencies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  crimeType?: Resolver<ResolversTypes['CrimeType'], ParentType, ContextType>;
  exploitation?: Resolver<ResolversTypes['Exploitation'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  suppressionReason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type CountryRiskProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CountryRiskProfile'] = ResolversParentTypes['CountryRiskProfile']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  audited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  bands?: Resolver<ResolversTypes['RiskBandCounts'], ParentType, ContextType>;
  maxScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  suppliers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topDrivers?: Resolver<Array<ResolversTypes['RiskDriverTotal']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IntervalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Interval'] = ResolversParentTypes['Interval']> = ResolversObject<{
  lower?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  upper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  higherIsBetter?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['MeasureId'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MeasureKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limitation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['MeasureSource'], ParentType, ContextType>;
  suppressible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  test?: Resolver<ResolversTypes['SignificanceTest'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MeasureComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureComparison'] = ResolversParentTypes['MeasureComparison']> = ResolversObject<{
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  current?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currentPerDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currentPeriod?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  currentSuppression?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  delta?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['Interval']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['MeasureId'], ParentType, ContextType>;
  percentChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentChangePerDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousPerDay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousPeriod?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  previousSuppression?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  significant?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  test?: Resolver<ResolversTypes['SignificanceTest'], ParentType, ContextType>;
}>;

export type MeasureSeriesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureSeries'] = ResolversParentTypes['MeasureSeries']> = ResolversObject<{
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['MeasureId'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['SeriesPoint']>, ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  compare?: Resolver<Maybe<Array<ResolversTypes['MeasureComparison']>>, ParentType, ContextType, RequireFields<QueryCompareArgs, 'current' | 'measures'>>;
  measures?: Resolver<Maybe<Array<ResolversTypes['Measure']>>, ParentType, ContextType>;
  riskHotspots?: Resolver<Maybe<ResolversTypes['RiskHotspots']>, ParentType, ContextType, RequireFields<QueryRiskHotspotsArgs, 'groupBy'>>;
  riskiestSuppliers?: Resolver<Maybe<Array<ResolversTypes['RankedSupplier']>>, ParentType, ContextType, Partial<QueryRiskiestSuppliersArgs>>;
  series?: Resolver<Maybe<Array<ResolversTypes['MeasureSeries']>>, ParentType, ContextType, RequireFields<QuerySeriesArgs, 'from' | 'kind' | 'measure' | 'to'>>;
  warehouseStatus?: Resolver<Maybe<ResolversTypes['WarehouseStatus']>, ParentType, ContextType>;
}>;

export type RankedSupplierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RankedSupplier'] = ResolversParentTypes['RankedSupplier']> = ResolversObject<{
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  risk?: Resolver<Maybe<ResolversTypes['SupplierRisk']>, ParentType, ContextType>;
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType>;
  supplierId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ReportingPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type RiskBandCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskBandCounts'] = ResolversParentTypes['RiskBandCounts']> = ResolversObject<{
  high?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medium?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severe?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RiskDriverResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskDriver'] = ResolversParentTypes['RiskDriver']> = ResolversObject<{
  auditDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  findingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  iloIndicator?: Resolver<Maybe<ResolversTypes['IloIndicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RiskDriverKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<Maybe<ResolversTypes['Severity']>, ParentType, ContextType>;
}>;

export type RiskDriverTotalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskDriverTotal'] = ResolversParentTypes['RiskDriverTotal']> = ResolversObject<{
  averageContribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  iloIndicator?: Resolver<Maybe<ResolversTypes['IloIndicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RiskDriverKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppliers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalContribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type RiskHotspotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskHotspot'] = ResolversParentTypes['RiskHotspot']> = ResolversObject<{
  auditedSuppliers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  bands?: Resolver<ResolversTypes['RiskBandCounts'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  maxScore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overrides?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partners?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  suppliers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RiskHotspotsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RiskHotspots'] = ResolversParentTypes['RiskHotspots']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['RiskHotspot']>, ParentType, ContextType>;
  groupBy?: Resolver<ResolversTypes['HotspotGrouping'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  withheldCells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SeriesPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SeriesPoint'] = ResolversParentTypes['SeriesPoint']> = ResolversObject<{
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  filled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['Interval']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  suppressionReason?: Resolver<Maybe<ResolversTypes['SuppressionReason']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SnapshotTableStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SnapshotTableStatus'] = ResolversParentTypes['SnapshotTableStatus']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SourceTableStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceTableStatus'] = ResolversParentTypes['SourceTableStatus']> = ResolversObject<{
  lagSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lastSyncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rowsReceived?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  watermark?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SupplierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Supplier'] = ResolversParentTypes['Supplier'], FederationReferenceType extends FederationReferenceTypes['Supplier'] = FederationReferenceTypes['Supplier']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Supplier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  risk?: Resolver<Maybe<ResolversTypes['SupplierRisk']>, ParentType, ContextType, Partial<SupplierRiskArgs>>;
}>;

export type SupplierRiskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplierRisk'] = ResolversParentTypes['SupplierRisk']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  band?: Resolver<ResolversTypes['RiskBand'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  drivers?: Resolver<Array<ResolversTypes['RiskDriver']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  evidencePart?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  inherent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  inherentPart?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  methodologyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  override?: Resolver<Maybe<ResolversTypes['RiskOverride']>, ParentType, ContextType>;
  overrideFindingIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type WarehouseStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WarehouseStatus'] = ResolversParentTypes['WarehouseStatus']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  buildId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  builtAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  methodologyVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceTableStatus']>, ParentType, ContextType>;
  tables?: Resolver<Array<ResolversTypes['SnapshotTableStatus']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Campaign?: CampaignResolvers<ContextType>;
  CampaignImpact?: CampaignImpactResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CountryIndicatorValue?: CountryIndicatorValueResolvers<ContextType>;
  CountryRiskProfile?: CountryRiskProfileResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Interval?: IntervalResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  MeasureComparison?: MeasureComparisonResolvers<ContextType>;
  MeasureSeries?: MeasureSeriesResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankedSupplier?: RankedSupplierResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  RiskBandCounts?: RiskBandCountsResolvers<ContextType>;
  RiskDriver?: RiskDriverResolvers<ContextType>;
  RiskDriverTotal?: RiskDriverTotalResolvers<ContextType>;
  RiskHotspot?: RiskHotspotResolvers<ContextType>;
  RiskHotspots?: RiskHotspotsResolvers<ContextType>;
  SeriesPoint?: SeriesPointResolvers<ContextType>;
  SnapshotTableStatus?: SnapshotTableStatusResolvers<ContextType>;
  SourceTableStatus?: SourceTableStatusResolvers<ContextType>;
  Supplier?: SupplierResolvers<ContextType>;
  SupplierRisk?: SupplierRiskResolvers<ContextType>;
  WarehouseStatus?: WarehouseStatusResolvers<ContextType>;
}>;

