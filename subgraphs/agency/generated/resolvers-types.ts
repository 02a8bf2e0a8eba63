import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CountryMapper, ReportingPeriodMapper, IndicatorFeedMapper, IndicatorValueMapper } from '../mappers.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

/** A Parquet batch of changed rows for the warehouse. */
export type ChangeBatch = {
  __typename?: 'ChangeBatch';
  /** The batch holds rows with change_seq above this. */
  fromSeqExclusive: Scalars['Int']['output'];
  /** Absolute path of the Parquet file, or null when nothing changed. */
  path?: Maybe<Scalars['String']['output']>;
  /** Rows in the batch. */
  rowCount: Scalars['Int']['output'];
  /** Subgraph that wrote the batch. */
  source: Scalars['String']['output'];
  /** Table the rows belong to. */
  table: Scalars['String']['output'];
  /** The batch holds rows with change_seq up to and including this. */
  toSeqInclusive: Scalars['Int']['output'];
};

/** A country, keyed by ISO 3166-1 alpha-2, with UN M49 regions. */
export type Country = {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-3 code, e.g. VNM. */
  alpha3: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 code, e.g. VN. */
  code: Scalars['ID']['output'];
  /** This country's indicator feeds at their latest revision, most recent first (same visibility as Query.indicatorFeeds). */
  indicatorFeeds: IndicatorFeedConnection;
  /** This country's latest values for a period (see Query.latestIndicatorValues). */
  latestIndicatorValues: Array<IndicatorValue>;
  /** ISO 3166-1 short name, e.g. 'Viet Nam'. */
  name: Scalars['String']['output'];
  /** ISO 3166-1 numeric code with leading zeros, e.g. '704'. */
  numericCode: Scalars['String']['output'];
  /** UN M49 region, e.g. 'Asia'; null where M49 assigns none. */
  region?: Maybe<Scalars['String']['output']>;
  /** UN M49 sub-region, e.g. 'South-eastern Asia'; null where M49 assigns none. */
  subRegion?: Maybe<Scalars['String']['output']>;
};


/** A country, keyed by ISO 3166-1 alpha-2, with UN M49 regions. */
export type CountryIndicatorFeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  periodId?: InputMaybe<Scalars['ID']['input']>;
};


/** A country, keyed by ISO 3166-1 alpha-2, with UN M49 regions. */
export type CountryLatestIndicatorValuesArgs = {
  breakdown?: InputMaybe<Array<BreakdownDimension>>;
  indicators?: InputMaybe<Array<Indicator>>;
  periodId: Scalars['ID']['input'];
};

/** A new Joint Period of Action. */
export type CreateActionPeriodInput = {
  /** Last day (inclusive); three to twelve months after startDate. */
  endDate: Scalars['Date']['input'];
  /** Display name; defaults to e.g. '6th Joint Period of Action'. */
  label?: InputMaybe<Scalars['String']['input']>;
  /** The period's number (the id becomes JPA<number>); unique and in date order. */
  number: Scalars['Int']['input'];
  /** First day. */
  startDate: Scalars['Date']['input'];
};

/** Crime type of a value; ALL means not broken down. */
export type CrimeType =
  /** Not broken down by crime type. */
  | 'ALL'
  /** People smuggling. */
  | 'SMUGGLING'
  /** Trafficking in persons. */
  | 'TRAFFICKING';

/** A standard export the gateway serves as a file (docs/exports.md). */
export type DataExport = {
  __typename?: 'DataExport';
  /** What the file holds. */
  description: Scalars['String']['output'];
  /** Values of the `format` query parameter. */
  formats: Array<Scalars['String']['output']>;
  /** Export id, e.g. 'indicators'. */
  id: Scalars['ID']['output'];
  /** Gateway path to GET with your bearer token, e.g. /exports/indicators.csv. */
  path: Scalars['String']['output'];
  /** Short name. */
  title: Scalars['String']['output'];
};

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

/** One revision of an agency's submission for its country and one period. Holds aggregates only: no personal data. */
export type IndicatorFeed = {
  __typename?: 'IndicatorFeed';
  /** The submitting agency. */
  agencyId: Scalars['String']['output'];
  /** The country reported on (the agency's own). */
  country: Country;
  /** Feed id: agency id and period id, e.g. 'th-police:JPA5'. Every revision shares it. */
  id: Scalars['ID']['output'];
  /** Admiralty information credibility, 1 (confirmed) to 6 (cannot be judged). */
  informationCredibility: Scalars['Int']['output'];
  /** The submitter's note on this revision (e.g. what was corrected). */
  note?: Maybe<Scalars['String']['output']>;
  /** The period reported on. */
  period: ReportingPeriod;
  /** Revision number, 1 for the first submission; the highest is the one that counts. */
  revision: Scalars['Int']['output'];
  /** Every revision of this feed, oldest first (this one included). */
  revisions: Array<IndicatorFeed>;
  /** Admiralty source reliability, A–F. */
  sourceReliability: SourceReliability;
  /** When this revision was stored. */
  submittedAt: Scalars['DateTime']['output'];
  /** The token subject that submitted this revision. */
  submittedBy: Scalars['String']['output'];
  /** The values of this revision; victim counts below 5 are suppressed for every role but ANALYST. */
  values: Array<IndicatorValue>;
};

/** A page of indicator feeds (latest revisions). */
export type IndicatorFeedConnection = {
  __typename?: 'IndicatorFeedConnection';
  /** The feeds on this page. */
  edges: Array<IndicatorFeedEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Feeds matching the filters, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One feed in a connection. */
export type IndicatorFeedEdge = {
  __typename?: 'IndicatorFeedEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The feed at its latest revision. */
  node: IndicatorFeed;
};

/** One cell: an indicator for one combination of breakdowns (ALL where not broken down). */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** Age group, or ALL. */
  ageGroup: AgeGroup;
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
  /** The value; null when suppressed. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** One submitted cell. */
export type IndicatorValueInput = {
  /** Age group, ALL when not broken down. */
  ageGroup?: InputMaybe<AgeGroup>;
  /** Crime type, ALL when not broken down. */
  crimeType?: InputMaybe<CrimeType>;
  /** Form of exploitation, ALL when not broken down. */
  exploitation?: InputMaybe<Exploitation>;
  /** The indicator. */
  indicator: Indicator;
  /** Sex, ALL when not broken down. */
  sex?: InputMaybe<Sex>;
  /** Non-negative; a breakdown must not exceed its ALL total. */
  value: Scalars['Float']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a Joint Period of Action (three to twelve months, numbered in date order, not overlapping another). ANALYST only. */
  createActionPeriod: ReportingPeriod;
  /** Writes the rows of one agency table changed after `afterSeq` as a Parquet batch for the warehouse. WAREHOUSE only. */
  exportAgencyChanges: ChangeBatch;
  /**
   * Submits an agency's indicator values for its own country (from the token) and one period. Submitting again
   * for the same period adds revision n+1; earlier revisions are kept and the latest counts. AGENCY only.
   */
  submitIndicatorFeed: IndicatorFeed;
};


export type MutationCreateActionPeriodArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateActionPeriodInput;
};


export type MutationExportAgencyChangesArgs = {
  afterSeq: Scalars['Int']['input'];
  table: Scalars['String']['input'];
};


export type MutationSubmitIndicatorFeedArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SubmitIndicatorFeedInput;
};

/** Pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** All countries, by name; with `region`, only those in that UN M49 region (e.g. 'Asia'). */
  countries?: Maybe<Array<Country>>;
  /** A country by ISO 3166-1 alpha-2 code, or null when there is no such country. */
  country?: Maybe<Country>;
  /** The standard exports your role may download (CSV files from the gateway). */
  dataExports?: Maybe<Array<DataExport>>;
  /**
   * Indicator feeds at their latest revision, most recently submitted first. Agencies see their own country's
   * feeds only (countryCode defaults to it); analysts see every feed.
   */
  indicatorFeeds?: Maybe<IndicatorFeedConnection>;
  /**
   * The values a country reported for a period, from each agency's latest revision (counts summed over agencies).
   * `indicators` limits the indicators; `breakdown` selects the cells broken down by exactly those dimensions
   * ([] = totals only; omitted = every cell). Victim counts below 5 are suppressed for every role but ANALYST.
   */
  latestIndicatorValues?: Maybe<Array<IndicatorValue>>;
  /**
   * A reporting period by id: an action period ('JPA5'), a month ('2019-07'), a quarter ('2019-Q3') or a year
   * ('2019'). Null for an action period that does not exist.
   */
  reportingPeriod?: Maybe<ReportingPeriod>;
  /**
   * Periods of one kind that overlap the dates from..to (inclusive), oldest first. Calendar kinds need both dates
   * and return at most 240 periods; action periods default to all of them.
   */
  reportingPeriods?: Maybe<Array<ReportingPeriod>>;
};


export type QueryCountriesArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCountryArgs = {
  code: Scalars['ID']['input'];
};


export type QueryIndicatorFeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  periodId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLatestIndicatorValuesArgs = {
  breakdown?: InputMaybe<Array<BreakdownDimension>>;
  countryCode: Scalars['ID']['input'];
  indicators?: InputMaybe<Array<Indicator>>;
  periodId: Scalars['ID']['input'];
};


export type QueryReportingPeriodArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportingPeriodsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  kind: ReportingPeriodKind;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A period that agency indicators are reported for and compared over. */
export type ReportingPeriod = {
  __typename?: 'ReportingPeriod';
  /** Last day of the period (inclusive). */
  endDate: Scalars['Date']['output'];
  /** 'JPA5', '2019-07', '2019-Q3' or '2019'. */
  id: Scalars['ID']['output'];
  /** Action period or calendar unit. */
  kind: ReportingPeriodKind;
  /** Human-readable name, e.g. '5th Joint Period of Action' or 'July 2019'. */
  label: Scalars['String']['output'];
  /** Days from startDate to endDate, both included. */
  lengthDays: Scalars['Int']['output'];
  /** The action period's number (5 for JPA5); null for calendar periods. */
  number?: Maybe<Scalars['Int']['output']>;
  /** The preceding period of the same kind (for action periods the previous number), or null when none exists. */
  previous?: Maybe<ReportingPeriod>;
  /** First day of the period. */
  startDate: Scalars['Date']['output'];
};

/** What a reporting period is: an agreed Joint Period of Action or a calendar month, quarter or year. */
export type ReportingPeriodKind =
  /** A numbered Joint Period of Action, dates as agreed by the partners. */
  | 'ACTION_PERIOD'
  /** A calendar month, id YYYY-MM. */
  | 'MONTH'
  /** A calendar quarter, id YYYY-Qn. */
  | 'QUARTER'
  /** A calendar year, id YYYY. */
  | 'YEAR';

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

/** Admiralty-code reliability of the source, A (completely reliable) to F (cannot be judged). */
export type SourceReliability =
  /** Completely reliable. */
  | 'A'
  /** Usually reliable. */
  | 'B'
  /** Fairly reliable. */
  | 'C'
  /** Not usually reliable. */
  | 'D'
  /** Unreliable. */
  | 'E'
  /** Reliability cannot be judged. */
  | 'F';

/** Values of a feed submission. */
export type SubmitIndicatorFeedInput = {
  /** Optional check: must equal the agency's own country from the token. */
  countryCode?: InputMaybe<Scalars['ID']['input']>;
  /** Admiralty information credibility, 1–6. */
  informationCredibility: Scalars['Int']['input'];
  /** Up to 2,000 characters, e.g. what this revision corrects. Never personal data. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The period reported on: an action period id ('JPA5') or a calendar period ('2019-07', '2019-Q3', '2019'). */
  periodId: Scalars['ID']['input'];
  /** Admiralty source reliability, A–F. */
  sourceReliability: SourceReliability;
  /**
   * 1 to 500 cells; counts are whole numbers up to 1,000,000, INFO_RESPONSE_DAYS_MEDIAN may be fractional
   * (up to 3,660 days).
   */
  values: Array<IndicatorValueInput>;
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
  Country: Country;
  ReportingPeriod: ReportingPeriod;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Country:
    ( { __typename: 'Country' }
    & GraphQLRecursivePick<FederationTypes['Country'], {"code":true}> );
  ReportingPeriod:
    ( { __typename: 'ReportingPeriod' }
    & GraphQLRecursivePick<FederationTypes['ReportingPeriod'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AgeGroup: AgeGroup;
  BreakdownDimension: BreakdownDimension;
  ChangeBatch: ResolverTypeWrapper<ChangeBatch>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Country: ResolverTypeWrapper<CountryMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateActionPeriodInput: CreateActionPeriodInput;
  CrimeType: CrimeType;
  DataExport: ResolverTypeWrapper<DataExport>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Exploitation: Exploitation;
  Indicator: Indicator;
  IndicatorFeed: ResolverTypeWrapper<IndicatorFeedMapper>;
  IndicatorFeedConnection: ResolverTypeWrapper<Omit<IndicatorFeedConnection, 'edges'> & { edges: Array<ResolversTypes['IndicatorFeedEdge']> }>;
  IndicatorFeedEdge: ResolverTypeWrapper<Omit<IndicatorFeedEdge, 'node'> & { node: ResolversTypes['IndicatorFeed'] }>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IndicatorValueInput: IndicatorValueInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriodMapper>;
  ReportingPeriodKind: ReportingPeriodKind;
  Sex: Sex;
  SourceReliability: SourceReliability;
  SubmitIndicatorFeedInput: SubmitIndicatorFeedInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ChangeBatch: ChangeBatch;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Country: CountryMapper;
  ID: Scalars['ID']['output'];
  CreateActionPeriodInput: CreateActionPeriodInput;
  DataExport: DataExport;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  IndicatorFeed: IndicatorFeedMapper;
  IndicatorFeedConnection: Omit<IndicatorFeedConnection, 'edges'> & { edges: Array<ResolversParentTypes['IndicatorFeedEdge']> };
  IndicatorFeedEdge: Omit<IndicatorFeedEdge, 'node'> & { node: ResolversParentTypes['IndicatorFeed'] };
  IndicatorValue: IndicatorValueMapper;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  IndicatorValueInput: IndicatorValueInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ReportingPeriod: ReportingPeriodMapper;
  SubmitIndicatorFeedInput: SubmitIndicatorFeedInput;
}>;

export type ChangeBatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeBatch'] = ResolversParentTypes['ChangeBatch']> = ResolversObject<{
  fromSeqExclusive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toSeqInclusive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country'], FederationReferenceType extends FederationReferenceTypes['Country'] = FederationReferenceTypes['Country']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Country']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alpha3?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorFeeds?: Resolver<ResolversTypes['IndicatorFeedConnection'], ParentType, ContextType, Partial<CountryIndicatorFeedsArgs>>;
  latestIndicatorValues?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType, RequireFields<CountryLatestIndicatorValuesArgs, 'periodId'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numericCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DataExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataExport'] = ResolversParentTypes['DataExport']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formats?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type IndicatorFeedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorFeed'] = ResolversParentTypes['IndicatorFeed']> = ResolversObject<{
  agencyId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationCredibility?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['IndicatorFeed']>, ParentType, ContextType>;
  sourceReliability?: Resolver<ResolversTypes['SourceReliability'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
}>;

export type IndicatorFeedConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorFeedConnection'] = ResolversParentTypes['IndicatorFeedConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['IndicatorFeedEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IndicatorFeedEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorFeedEdge'] = ResolversParentTypes['IndicatorFeedEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['IndicatorFeed'], ParentType, ContextType>;
}>;

export type IndicatorValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = ResolversObject<{
  ageGroup?: Resolver<ResolversTypes['AgeGroup'], ParentType, ContextType>;
  crimeType?: Resolver<ResolversTypes['CrimeType'], ParentType, ContextType>;
  exploitation?: Resolver<ResolversTypes['Exploitation'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['Sex'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createActionPeriod?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType, RequireFields<MutationCreateActionPeriodArgs, 'input'>>;
  exportAgencyChanges?: Resolver<ResolversTypes['ChangeBatch'], ParentType, ContextType, RequireFields<MutationExportAgencyChangesArgs, 'afterSeq' | 'table'>>;
  submitIndicatorFeed?: Resolver<ResolversTypes['IndicatorFeed'], ParentType, ContextType, RequireFields<MutationSubmitIndicatorFeedArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  countries?: Resolver<Maybe<Array<ResolversTypes['Country']>>, ParentType, ContextType, Partial<QueryCountriesArgs>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'code'>>;
  dataExports?: Resolver<Maybe<Array<ResolversTypes['DataExport']>>, ParentType, ContextType>;
  indicatorFeeds?: Resolver<Maybe<ResolversTypes['IndicatorFeedConnection']>, ParentType, ContextType, Partial<QueryIndicatorFeedsArgs>>;
  latestIndicatorValues?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, RequireFields<QueryLatestIndicatorValuesArgs, 'countryCode' | 'periodId'>>;
  reportingPeriod?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType, RequireFields<QueryReportingPeriodArgs, 'id'>>;
  reportingPeriods?: Resolver<Maybe<Array<ResolversTypes['ReportingPeriod']>>, ParentType, ContextType, RequireFields<QueryReportingPeriodsArgs, 'kind'>>;
}>;

export type ReportingPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod'], FederationReferenceType extends FederationReferenceTypes['ReportingPeriod'] = FederationReferenceTypes['ReportingPeriod']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReportingPeriod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportingPeriodKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lengthDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['ReportingPeriod']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  ChangeBatch?: ChangeBatchResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  DataExport?: DataExportResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  IndicatorFeed?: IndicatorFeedResolvers<ContextType>;
  IndicatorFeedConnection?: IndicatorFeedConnectionResolvers<ContextType>;
  IndicatorFeedEdge?: IndicatorFeedEdgeResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
}>;

