import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CampaignMapper, CampaignMetricMapper, CampaignTotalsMapper, CountryMapper } from '../mappers.js';
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

/** Who an awareness campaign speaks to. */
export type Audience =
  /** Employers, recruiters and labour brokers. */
  | 'EMPLOYERS'
  /** The public at large. */
  | 'GENERAL_POPULATION'
  /** Migrant workers and their families, at home or abroad. */
  | 'MIGRANT_WORKERS';

/** A public-awareness campaign against trafficking in persons and forced labour, run in one country. */
export type Campaign = {
  __typename?: 'Campaign';
  /** Who the campaign speaks to. */
  audience: Audience;
  /** Channels the campaign runs on, without duplicates. */
  channels: Array<Channel>;
  /** The country the campaign runs in. */
  country?: Maybe<Country>;
  /** When the campaign was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Last day of the campaign (inclusive). */
  endDate: Scalars['Date']['output'];
  /** Stable campaign id. */
  id: Scalars['ID']['output'];
  /** Languages of the campaign material as BCP 47 tags, e.g. `th`, `my-MM`, `en-AU`. */
  languages: Array<Scalars['String']['output']>;
  /**
   * Daily metrics per channel, ordered by date then channel; `from`/`to` bound the dates (inclusive), `channel` picks
   * one channel.
   */
  metrics: Array<CampaignMetric>;
  /** Campaign name, at most 200 characters. */
  name: Scalars['String']['output'];
  /** First day of the campaign. */
  startDate: Scalars['Date']['output'];
  /** Sums of the daily metrics over all channels, between `from` and `to` (inclusive) when given. */
  totals?: Maybe<CampaignTotals>;
};


/** A public-awareness campaign against trafficking in persons and forced labour, run in one country. */
export type CampaignMetricsArgs = {
  channel?: InputMaybe<Channel>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A public-awareness campaign against trafficking in persons and forced labour, run in one country. */
export type CampaignTotalsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of campaigns. */
export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  /** The campaigns on this page. */
  edges: Array<CampaignEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Campaigns matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A campaign and its cursor. */
export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The campaign. */
  node: Campaign;
};

/** Narrows a campaign list; every given condition must hold. */
export type CampaignFilter = {
  /** Only campaigns running on this day (start and end inclusive). */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only campaigns for this audience. */
  audience?: InputMaybe<Audience>;
  /** ISO 3166-1 alpha-2 code of the campaign's country. */
  countryCode?: InputMaybe<Scalars['ID']['input']>;
};

/** One channel's numbers for one day of a campaign. */
export type CampaignMetric = {
  __typename?: 'CampaignMetric';
  /** The channel the numbers are for. */
  channel: Channel;
  /** The day the numbers are for. */
  date: Scalars['Date']['output'];
  /** Clicks, shares, replies, questions asked at events. */
  engagements: Scalars['Int']['output'];
  /** Calls or messages to the hotline attributed to the campaign. */
  hotlineContacts: Scalars['Int']['output'];
  /** Times the material was shown or heard. */
  impressions: Scalars['Int']['output'];
  /** Distinct people reached (never more than impressions). */
  reach: Scalars['Int']['output'];
  /** Reports passed to the authorities that cite the campaign. */
  reportsToAuthorities: Scalars['Int']['output'];
  /** When these numbers were last written. */
  updatedAt: Scalars['DateTime']['output'];
};

/** One channel's numbers for one day; a row for a (date, channel) already stored replaces it. */
export type CampaignMetricInput = {
  /** One of the campaign's channels. */
  channel: Channel;
  /** A day within the campaign's dates, not in the future. */
  date: Scalars['Date']['input'];
  /** Engagements; 0 to 1,000,000,000. */
  engagements: Scalars['Int']['input'];
  /** Hotline contacts attributed to the campaign; 0 to 1,000,000. */
  hotlineContacts: Scalars['Int']['input'];
  /** Times the material was shown or heard; 0 to 1,000,000,000. */
  impressions: Scalars['Int']['input'];
  /** Distinct people reached that day; 0 to 1,000,000,000, at most `impressions`. */
  reach: Scalars['Int']['input'];
  /** Reports to the authorities citing the campaign; 0 to 1,000,000. */
  reportsToAuthorities: Scalars['Int']['input'];
};

/** Sums of a campaign's daily metrics. Sums are Float because they can exceed a 32-bit Int; they are always whole numbers. */
export type CampaignTotals = {
  __typename?: 'CampaignTotals';
  /** Days with at least one metric row in the range. */
  daysReported: Scalars['Int']['output'];
  /** Total engagements. */
  engagements: Scalars['Float']['output'];
  /** First day with metrics in the range, or null when there are none. */
  firstDate?: Maybe<Scalars['Date']['output']>;
  /** Total hotline contacts. */
  hotlineContacts: Scalars['Float']['output'];
  /** Total impressions. */
  impressions: Scalars['Float']['output'];
  /** Last day with metrics in the range, or null when there are none. */
  lastDate?: Maybe<Scalars['Date']['output']>;
  /** Total of the daily reach figures (people reached on several days count on each). */
  reach: Scalars['Float']['output'];
  /** Total reports to authorities. */
  reportsToAuthorities: Scalars['Float']['output'];
};

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

/** A medium a campaign runs on; metrics are reported per channel. */
export type Channel =
  /** Community meetings, fairs and pre-departure briefings. */
  | 'COMMUNITY_EVENTS'
  /** A telephone hotline promoted by the campaign. */
  | 'HOTLINE'
  /** Billboards and transit advertising. */
  | 'OUTDOOR'
  /** Newspapers, leaflets and posters handed out. */
  | 'PRINT'
  /** Radio spots. */
  | 'RADIO'
  /** Text messages, e.g. to arriving migrant workers. */
  | 'SMS'
  /** Social media posts and ads. */
  | 'SOCIAL_MEDIA'
  /** Television spots. */
  | 'TELEVISION'
  /** A campaign website. */
  | 'WEBSITE';

/** A country, keyed by ISO 3166-1 alpha-2, with UN M49 regions. */
export type Country = {
  __typename?: 'Country';
  /**
   * Campaigns in this country, newest first; `activeOn` keeps those running on that day, `audience` those for that
   * audience.
   */
  campaigns?: Maybe<Array<Campaign>>;
  /** ISO 3166-1 alpha-2 code, e.g. VN. */
  code: Scalars['ID']['output'];
};


/** A country, keyed by ISO 3166-1 alpha-2, with UN M49 regions. */
export type CountryCampaignsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  audience?: InputMaybe<Audience>;
};

/** A new campaign. */
export type CreateCampaignInput = {
  /** Who the campaign speaks to. */
  audience: Audience;
  /** At least one channel, each at most once. */
  channels: Array<Channel>;
  /** ISO 3166-1 alpha-2 code of the country it runs in; an agency may only use its own country. */
  countryCode: Scalars['ID']['input'];
  /** Last day of the campaign (inclusive), on or after `startDate`. */
  endDate: Scalars['Date']['input'];
  /** At least one BCP 47 language tag, e.g. `th`, `my-MM`, `zh-Hant-TW`. */
  languages: Array<Scalars['String']['input']>;
  /** Campaign name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** First day of the campaign. */
  startDate: Scalars['Date']['input'];
};

/** Writes of campaigns and their metrics, and the warehouse change feed. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Registers a campaign. Analysts may create campaigns for any country, agencies only for their own. */
  createCampaign: Campaign;
  /** Writes the rows of `table` changed after `afterSeq` as one Parquet batch for the warehouse (WAREHOUSE role only). */
  exportCampaignsChanges: ChangeBatch;
  /**
   * Writes up to 1000 daily metric rows for one campaign in one transaction, replacing rows with the same date and
   * channel.
   * Analysts may write to any campaign, agencies only to their own country's.
   */
  upsertCampaignMetrics: UpsertCampaignMetricsResult;
};


/** Writes of campaigns and their metrics, and the warehouse change feed. */
export type MutationCreateCampaignArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateCampaignInput;
};


/** Writes of campaigns and their metrics, and the warehouse change feed. */
export type MutationExportCampaignsChangesArgs = {
  afterSeq: Scalars['Int']['input'];
  table: Scalars['String']['input'];
};


/** Writes of campaigns and their metrics, and the warehouse change feed. */
export type MutationUpsertCampaignMetricsArgs = {
  campaignId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  metrics: Array<CampaignMetricInput>;
};

/** Pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Reads of campaigns and their metrics. */
export type Query = {
  __typename?: 'Query';
  /** One campaign by id, or null when there is none. */
  campaign?: Maybe<Campaign>;
  /** Campaigns, newest start date first; `first` is 1..200 (default 50). */
  campaigns?: Maybe<CampaignConnection>;
};


/** Reads of campaigns and their metrics. */
export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


/** Reads of campaigns and their metrics. */
export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CampaignFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What an upsert of metrics did. */
export type UpsertCampaignMetricsResult = {
  __typename?: 'UpsertCampaignMetricsResult';
  /** The campaign the metrics belong to. */
  campaign: Campaign;
  /** Rows that were new. */
  inserted: Scalars['Int']['output'];
  /** Rows identical to what was stored; nothing was written for them. */
  unchanged: Scalars['Int']['output'];
  /** Rows that replaced different numbers. */
  updated: Scalars['Int']['output'];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  Country:
    ( { __typename: 'Country' }
    & GraphQLRecursivePick<FederationTypes['Country'], {"code":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Audience: Audience;
  Campaign: ResolverTypeWrapper<CampaignMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CampaignConnection: ResolverTypeWrapper<Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CampaignEdge: ResolverTypeWrapper<Omit<CampaignEdge, 'node'> & { node: ResolversTypes['Campaign'] }>;
  CampaignFilter: CampaignFilter;
  CampaignMetric: ResolverTypeWrapper<CampaignMetricMapper>;
  CampaignMetricInput: CampaignMetricInput;
  CampaignTotals: ResolverTypeWrapper<CampaignTotalsMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ChangeBatch: ResolverTypeWrapper<ChangeBatch>;
  Channel: Channel;
  Country: ResolverTypeWrapper<CountryMapper>;
  CreateCampaignInput: CreateCampaignInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpsertCampaignMetricsResult: ResolverTypeWrapper<Omit<UpsertCampaignMetricsResult, 'campaign'> & { campaign: ResolversTypes['Campaign'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Campaign: CampaignMapper;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CampaignConnection: Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignEdge']> };
  Int: Scalars['Int']['output'];
  CampaignEdge: Omit<CampaignEdge, 'node'> & { node: ResolversParentTypes['Campaign'] };
  CampaignFilter: CampaignFilter;
  CampaignMetric: CampaignMetricMapper;
  CampaignMetricInput: CampaignMetricInput;
  CampaignTotals: CampaignTotalsMapper;
  Float: Scalars['Float']['output'];
  ChangeBatch: ChangeBatch;
  Country: CountryMapper;
  CreateCampaignInput: CreateCampaignInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  UpsertCampaignMetricsResult: Omit<UpsertCampaignMetricsResult, 'campaign'> & { campaign: ResolversParentTypes['Campaign'] };
}>;

export type CampaignResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  audience?: Resolver<ResolversTypes['Audience'], ParentType, ContextType>;
  channels?: Resolver<Array<ResolversTypes['Channel']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  metrics?: Resolver<Array<ResolversTypes['CampaignMetric']>, ParentType, ContextType, Partial<CampaignMetricsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totals?: Resolver<Maybe<ResolversTypes['CampaignTotals']>, ParentType, ContextType, Partial<CampaignTotalsArgs>>;
}>;

export type CampaignConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignConnection'] = ResolversParentTypes['CampaignConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CampaignEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignEdge'] = ResolversParentTypes['CampaignEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
}>;

export type CampaignMetricResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignMetric'] = ResolversParentTypes['CampaignMetric']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  engagements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hotlineContacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  impressions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportsToAuthorities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CampaignTotalsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignTotals'] = ResolversParentTypes['CampaignTotals']> = ResolversObject<{
  daysReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engagements?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hotlineContacts?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  impressions?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reportsToAuthorities?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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
  campaigns?: Resolver<Maybe<Array<ResolversTypes['Campaign']>>, ParentType, ContextType, Partial<CountryCampaignsArgs>>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationCreateCampaignArgs, 'input'>>;
  exportCampaignsChanges?: Resolver<ResolversTypes['ChangeBatch'], ParentType, ContextType, RequireFields<MutationExportCampaignsChangesArgs, 'afterSeq' | 'table'>>;
  upsertCampaignMetrics?: Resolver<ResolversTypes['UpsertCampaignMetricsResult'], ParentType, ContextType, RequireFields<MutationUpsertCampaignMetricsArgs, 'campaignId' | 'metrics'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryCampaignArgs, 'id'>>;
  campaigns?: Resolver<Maybe<ResolversTypes['CampaignConnection']>, ParentType, ContextType, Partial<QueryCampaignsArgs>>;
}>;

export type UpsertCampaignMetricsResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UpsertCampaignMetricsResult'] = ResolversParentTypes['UpsertCampaignMetricsResult']> = ResolversObject<{
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  inserted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Campaign?: CampaignResolvers<ContextType>;
  CampaignConnection?: CampaignConnectionResolvers<ContextType>;
  CampaignEdge?: CampaignEdgeResolvers<ContextType>;
  CampaignMetric?: CampaignMetricResolvers<ContextType>;
  CampaignTotals?: CampaignTotalsResolvers<ContextType>;
  ChangeBatch?: ChangeBatchResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UpsertCampaignMetricsResult?: UpsertCampaignMetricsResultResolvers<ContextType>;
}>;

