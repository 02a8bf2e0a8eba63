import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SupplierMapper, AuditMapper, FindingMapper, CorrectiveActionMapper, CountryMapper, SubmitAuditPayloadMapper, AlertMapper, AlertConnectionMapper } from '../mappers.js';
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

/**
 * A zero-tolerance alert. Partners see those about their own audits (and SUPPLIER_SEVERE for suppliers they
 * have audited); analysts see all.
 */
export type Alert = {
  __typename?: 'Alert';
  /** When you acknowledged it; null while unread. Acknowledgements are per user. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The audit that brought the finding; null for SUPPLIER_SEVERE. */
  auditId?: Maybe<Scalars['ID']['output']>;
  /** The warehouse build that saw the band change (SUPPLIER_SEVERE only). */
  buildId?: Maybe<Scalars['String']['output']>;
  /** The overdue corrective action (CORRECTIVE_ACTION_OVERDUE only). */
  correctiveActionId?: Maybe<Scalars['ID']['output']>;
  /** Position in the order alerts were recorded; pass it as `after` to resume after this alert. */
  cursor: Scalars['String']['output'];
  /** The due date that passed (CORRECTIVE_ACTION_OVERDUE only). */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** The zero-tolerance finding; null for SUPPLIER_SEVERE. */
  findingId?: Maybe<Scalars['ID']['output']>;
  /** Alert id: a client receiving an alert twice (the stream is at-least-once) drops the copy by id. */
  id: Scalars['ID']['output'];
  /** The finding's ILO indicator; null for SUPPLIER_SEVERE. */
  iloIndicator?: Maybe<IloIndicator>;
  /** What raised it. */
  kind: AlertKind;
  /** The audit's partner organisation; null for SUPPLIER_SEVERE. */
  partnerOrgId?: Maybe<Scalars['ID']['output']>;
  /** When it was recorded. */
  raisedAt: Scalars['DateTime']['output'];
  /** The supplier concerned. */
  supplier: Supplier;
};

/** A page of alerts, oldest first. */
export type AlertConnection = {
  __typename?: 'AlertConnection';
  /** The alerts on this page. */
  edges: Array<AlertEdge>;
  /** Pagination state; endCursor is the cursor to pass as `after` next time (null on an empty page). */
  pageInfo: PageInfo;
  /** Alerts you may see that you have not acknowledged, over all pages. */
  unacknowledgedCount: Scalars['Int']['output'];
};

/** One alert in a connection. */
export type AlertEdge = {
  __typename?: 'AlertEdge';
  /** The alert's cursor. */
  cursor: Scalars['String']['output'];
  /** The alert. */
  node: Alert;
};

/** What raised an alert (docs/alerts.md). */
export type AlertKind =
  /** The corrective action of such a finding is still open after its due date. */
  | 'CORRECTIVE_ACTION_OVERDUE'
  /** A warehouse build found the supplier's risk band newly SEVERE. */
  | 'SUPPLIER_SEVERE'
  /** An audit brought a critical (S4) finding that carries an ILO forced-labour indicator. */
  | 'ZERO_TOLERANCE_FINDING';

/** How much notice the facility had before the audit. */
export type Announcement =
  /** The date was agreed in advance. */
  | 'ANNOUNCED'
  /** A window was announced, not the day. */
  | 'SEMI_ANNOUNCED'
  /** No notice was given. */
  | 'UNANNOUNCED';

/** A social audit of one supplier, submitted by one business partner. */
export type Audit = {
  __typename?: 'Audit';
  /** Notice given to the facility. */
  announcement: Announcement;
  /** Day the audit took place. */
  auditDate: Scalars['Date']['output'];
  /** Findings recorded (an audit holds at most 200; most hold fewer than 30). */
  findings: Array<Finding>;
  /** Stable audit id. */
  id: Scalars['ID']['output'];
  /** Organisation id of the submitting partner. */
  partnerOrgId: Scalars['ID']['output'];
  /** Scheme the audit followed. */
  scheme: AuditScheme;
  /** When the audit was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** The audited facility. */
  supplier: Supplier;
  /** Why the audit took place. */
  type: AuditType;
  /** Workers interviewed during the audit. */
  workersInterviewed: Scalars['Int']['output'];
};

/** A page of audits. */
export type AuditConnection = {
  __typename?: 'AuditConnection';
  /** The audits on this page. */
  edges: Array<AuditEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Audits matching the filter that you may see, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One audit in a page. */
export type AuditEdge = {
  __typename?: 'AuditEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The audit. */
  node: Audit;
};

/** Filter for audits; all given conditions must hold. */
export type AuditFilter = {
  /** Only audits of suppliers in this ISO alpha-2 country. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Only audits dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only audits submitted by this partner (a partner sees only its own anyway). */
  partnerOrgId?: InputMaybe<Scalars['ID']['input']>;
  /** Only audits of suppliers in this sector. */
  sector?: InputMaybe<Sector>;
  /** Only audits of this supplier. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  /** Only audits dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

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

/** A corrective action (CAP item) for one finding. */
export type CorrectiveAction = {
  __typename?: 'CorrectiveAction';
  /** Day the facility closed it, if closed. */
  closedDate?: Maybe<Scalars['Date']['output']>;
  /** What the facility must do. */
  description: Scalars['String']['output'];
  /** Day it must be closed by. */
  dueDate: Scalars['Date']['output'];
  /** Stable corrective action id. */
  id: Scalars['ID']['output'];
  /** True when still OPEN or IN_PROGRESS after its due date (UTC today). */
  isOverdue: Scalars['Boolean']['output'];
  /** Current status. */
  status: CorrectiveActionStatus;
  /** Day an auditor verified it, if verified. */
  verifiedDate?: Maybe<Scalars['Date']['output']>;
};

/** How many corrective actions of a supplier's audits still need work. */
export type CorrectiveActionCounts = {
  __typename?: 'CorrectiveActionCounts';
  /** Corrective actions still OPEN or IN_PROGRESS (neither CLOSED nor VERIFIED). */
  open: Scalars['Int']['output'];
  /** Open corrective actions past their due date (UTC today): those whose `isOverdue` is true. */
  overdue: Scalars['Int']['output'];
};

/** A corrective action agreed for a finding. */
export type CorrectiveActionInput = {
  /** Day the facility closed it (CLOSED and VERIFIED only). */
  closedDate?: InputMaybe<Scalars['Date']['input']>;
  /** What the facility must do, 1..2000 characters. */
  description: Scalars['String']['input'];
  /** Day it must be closed by; not before the audit date. */
  dueDate: Scalars['Date']['input'];
  /** Status at submission (default OPEN). */
  status?: InputMaybe<CorrectiveActionStatus>;
  /** Day an auditor verified it (VERIFIED only). */
  verifiedDate?: InputMaybe<Scalars['Date']['input']>;
};

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

/** A country, keyed by ISO 3166-1 alpha-2, with UN M49 regions. */
export type Country = {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-2 code, e.g. VN. */
  code: Scalars['ID']['output'];
  /** Suppliers registered in this country, by name. */
  suppliers?: Maybe<SupplierConnection>;
};


/** A country, keyed by ISO 3166-1 alpha-2, with UN M49 regions. */
export type CountrySuppliersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sector?: InputMaybe<Sector>;
};

/** One finding of an audit. */
export type Finding = {
  __typename?: 'Finding';
  /** The corrective action agreed for this finding, if any. */
  correctiveAction?: Maybe<CorrectiveAction>;
  /** What the auditor found. */
  description: Scalars['String']['output'];
  /** Stable finding id. */
  id: Scalars['ID']['output'];
  /** The ILO forced-labour indicator the finding evidences, or null when none. */
  iloIndicator?: Maybe<IloIndicator>;
  /** The scheme's own severity grading, verbatim. */
  schemeSeverity: Scalars['String']['output'];
  /** Normalised severity S0..S4. */
  severity: Severity;
};

/** One finding of a submitted audit. */
export type FindingInput = {
  /** Corrective action, if one was agreed; an S0 (conformance) finding takes none. */
  correctiveAction?: InputMaybe<CorrectiveActionInput>;
  /** What the auditor found, 1..2000 characters. */
  description: Scalars['String']['input'];
  /** The ILO forced-labour indicator the finding evidences, if any. */
  iloIndicator?: InputMaybe<IloIndicator>;
  /** The scheme's own severity grading, verbatim (1..100 characters). */
  schemeSeverity: Scalars['String']['input'];
  /** Normalised severity; a scheme grading reading critical, zero tolerance or priority needs S3 or S4. */
  severity: Severity;
};

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

/** Register suppliers, submit audits, track corrective actions. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Marks an alert read for you (PARTNER, ANALYST); acknowledging again changes nothing. */
  acknowledgeAlert: Alert;
  /** Writes rows of one table changed after `afterSeq` as a Parquet batch for the warehouse (WAREHOUSE only). */
  exportAuditsChanges: ChangeBatch;
  /**
   * Records SUPPLIER_SEVERE alerts for the suppliers whose band became SEVERE in a warehouse build
   * (WAREHOUSE only); sending the same build again adds nothing. Returns the number of new alerts.
   */
  recordSevereBandAlerts: Scalars['Int']['output'];
  /** Registers a facility, or returns the existing supplier it matches (PARTNER). */
  registerSupplier: RegisterSupplierPayload;
  /** Submits one audit as your organisation (PARTNER); retries with the same idempotency key are safe. */
  submitAudit: SubmitAuditPayload;
  /**
   * Submits up to 500 audits in one transaction (PARTNER): all are validated first and nothing is written unless all
   * succeed.
   */
  submitAudits: SubmitAuditsPayload;
  /** Updates a corrective action of one of your audits (PARTNER). */
  updateCorrectiveAction: CorrectiveAction;
};


/** Register suppliers, submit audits, track corrective actions. */
export type MutationAcknowledgeAlertArgs = {
  id: Scalars['ID']['input'];
};


/** Register suppliers, submit audits, track corrective actions. */
export type MutationExportAuditsChangesArgs = {
  afterSeq: Scalars['Int']['input'];
  table: Scalars['String']['input'];
};


/** Register suppliers, submit audits, track corrective actions. */
export type MutationRecordSevereBandAlertsArgs = {
  buildId: Scalars['ID']['input'];
  supplierIds: Array<Scalars['ID']['input']>;
};


/** Register suppliers, submit audits, track corrective actions. */
export type MutationRegisterSupplierArgs = {
  input: SupplierInput;
};


/** Register suppliers, submit audits, track corrective actions. */
export type MutationSubmitAuditArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SubmitAuditInput;
};


/** Register suppliers, submit audits, track corrective actions. */
export type MutationSubmitAuditsArgs = {
  inputs: Array<SubmitAuditBatchItem>;
};


/** Register suppliers, submit audits, track corrective actions. */
export type MutationUpdateCorrectiveActionArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: UpdateCorrectiveActionInput;
};

/** Pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Read the supplier registry and audits. */
export type Query = {
  __typename?: 'Query';
  /**
   * Alerts you may see recorded after `after`, oldest first (PARTNER, ANALYST). Live: subscribe to
   * `alertRaised` at the gateway's /graphql/stream.
   */
  alerts?: Maybe<AlertConnection>;
  /** An audit by id, or null when there is none you may see. */
  audit?: Maybe<Audit>;
  /** Audits you may see (a partner sees only its own), newest audit date first. */
  audits?: Maybe<AuditConnection>;
  /** A supplier by id, or null when there is none. */
  supplier?: Maybe<Supplier>;
  /** The supplier registry, by name. */
  suppliers?: Maybe<SupplierConnection>;
};


/** Read the supplier registry and audits. */
export type QueryAlertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unacknowledgedOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read the supplier registry and audits. */
export type QueryAuditArgs = {
  id: Scalars['ID']['input'];
};


/** Read the supplier registry and audits. */
export type QueryAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read the supplier registry and audits. */
export type QuerySupplierArgs = {
  id: Scalars['ID']['input'];
};


/** Read the supplier registry and audits. */
export type QuerySuppliersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupplierFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Result of registering a supplier. */
export type RegisterSupplierPayload = {
  __typename?: 'RegisterSupplierPayload';
  /** True when the facility matched an existing supplier and nothing was created. */
  matchedExisting: Scalars['Boolean']['output'];
  /** The registered supplier, or the existing one the facility matched. */
  supplier: Supplier;
};

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

/** One audit of a batch submission. */
export type SubmitAuditBatchItem = {
  /** Makes a retry of this item safe: the same key and body return the first result. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The audit. */
  input: SubmitAuditInput;
};

/** An audit to submit; give exactly one of `supplierId` and `supplier`. */
export type SubmitAuditInput = {
  /** Notice given to the facility. */
  announcement: Announcement;
  /** Day the audit took place; not in the future. */
  auditDate: Scalars['Date']['input'];
  /** Findings, at most 200. */
  findings: Array<FindingInput>;
  /** Scheme the audit followed. */
  scheme: AuditScheme;
  /** The facility, matched against the registry or registered on submission. */
  supplier?: InputMaybe<SupplierInput>;
  /** An existing supplier's id. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  /** Why the audit took place. */
  type: AuditType;
  /** Workers interviewed, 0..100000. */
  workersInterviewed: Scalars['Int']['input'];
};

/** Result of submitting one audit. */
export type SubmitAuditPayload = {
  __typename?: 'SubmitAuditPayload';
  /** The stored audit (for a replayed idempotency key, the first one). */
  audit: Audit;
  /** True when the idempotency key had been used with the same body and nothing new was written. */
  replayed: Scalars['Boolean']['output'];
};

/** Result of a batch submission, in input order. */
export type SubmitAuditsPayload = {
  __typename?: 'SubmitAuditsPayload';
  /** One result per input item, in input order. */
  results: Array<SubmitAuditPayload>;
};

/** A supplier facility in the shared registry; matched on normalised name, address and country. */
export type Supplier = {
  __typename?: 'Supplier';
  /** Facility street address as first registered. */
  address: Scalars['String']['output'];
  /** Audits of this supplier visible to you (a partner sees only its own), newest audit date first. */
  audits: AuditConnection;
  /**
   * Open and overdue corrective actions over all audits of this supplier visible to you (a partner: only its own;
   * an analyst: all), counted in one query for every supplier of a list.
   */
  correctiveActionCounts: CorrectiveActionCounts;
  /** Country the facility is in. */
  country?: Maybe<Country>;
  /** When the supplier entered the registry. */
  createdAt: Scalars['DateTime']['output'];
  /** Goods produced, named as on the ILAB list where possible. */
  goods: Array<Scalars['String']['output']>;
  /** Stable supplier id. */
  id: Scalars['ID']['output'];
  /** Share of migrant workers, 0..1, when known. */
  migrantWorkerShare?: Maybe<Scalars['Float']['output']>;
  /** Facility name as first registered. */
  name: Scalars['String']['output'];
  /** The facility's Open Supply Hub OS ID, or null when none was given. */
  osId?: Maybe<Scalars['String']['output']>;
  /** Industry sector. */
  sector: Sector;
  /** Supply-chain tier (1 = direct supplier), when known. */
  tier?: Maybe<Scalars['Int']['output']>;
  /** Number of workers, when known. */
  workerCount?: Maybe<Scalars['Int']['output']>;
};


/** A supplier facility in the shared registry; matched on normalised name, address and country. */
export type SupplierAuditsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of suppliers. */
export type SupplierConnection = {
  __typename?: 'SupplierConnection';
  /** The suppliers on this page. */
  edges: Array<SupplierEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Suppliers matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One supplier in a page. */
export type SupplierEdge = {
  __typename?: 'SupplierEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The supplier. */
  node: Supplier;
};

/** Filter for the supplier registry; all given conditions must hold. */
export type SupplierFilter = {
  /** ISO alpha-2 country code. */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive text contained in the name or address (at most 200 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Sector. */
  sector?: InputMaybe<Sector>;
};

/** A supplier facility to register or match. */
export type SupplierInput = {
  /** Street address, 1..500 characters. */
  address: Scalars['String']['input'];
  /** ISO alpha-2 country code. */
  countryCode: Scalars['String']['input'];
  /** Goods produced: at most 50, each at most 100 characters. */
  goods?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Share of migrant workers, 0..1. */
  migrantWorkerShare?: InputMaybe<Scalars['Float']['input']>;
  /** Facility name, 1..200 characters. */
  name: Scalars['String']['input'];
  /**
   * The facility's Open Supply Hub OS ID, e.g. CN2019303BQ3FZP (hyphens and spaces ignored; the check character
   * must match). When given, it is matched first: a known OS ID names its supplier whatever the name and address say.
   */
  osId?: InputMaybe<Scalars['String']['input']>;
  /** Industry sector. */
  sector: Sector;
  /** Supply-chain tier, 1..10 (1 = direct supplier). */
  tier?: InputMaybe<Scalars['Int']['input']>;
  /** Number of workers, 0 or more. */
  workerCount?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a corrective action; omitted fields keep their value. */
export type UpdateCorrectiveActionInput = {
  /** Day the facility closed it; not in the future nor before the audit date. */
  closedDate?: InputMaybe<Scalars['Date']['input']>;
  /** New due date; not before the audit date. */
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  /** New status; VERIFIED is final, OPEN and IN_PROGRESS clear the closed and verified dates. */
  status?: InputMaybe<CorrectiveActionStatus>;
  /** Day an auditor verified it; not in the future, nor before the audit or closed date. */
  verifiedDate?: InputMaybe<Scalars['Date']['input']>;
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
  Supplier: Supplier;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Country:
    ( { __typename: 'Country' }
    & GraphQLRecursivePick<FederationTypes['Country'], {"code":true}> );
  Supplier:
    ( { __typename: 'Supplier' }
    & GraphQLRecursivePick<FederationTypes['Supplier'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Alert: ResolverTypeWrapper<AlertMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AlertConnection: ResolverTypeWrapper<AlertConnectionMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AlertEdge: ResolverTypeWrapper<Omit<AlertEdge, 'node'> & { node: ResolversTypes['Alert'] }>;
  AlertKind: AlertKind;
  Announcement: Announcement;
  Audit: ResolverTypeWrapper<AuditMapper>;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEdge']> }>;
  AuditEdge: ResolverTypeWrapper<Omit<AuditEdge, 'node'> & { node: ResolversTypes['Audit'] }>;
  AuditFilter: AuditFilter;
  AuditScheme: AuditScheme;
  AuditType: AuditType;
  ChangeBatch: ResolverTypeWrapper<ChangeBatch>;
  CorrectiveAction: ResolverTypeWrapper<CorrectiveActionMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CorrectiveActionCounts: ResolverTypeWrapper<CorrectiveActionCounts>;
  CorrectiveActionInput: CorrectiveActionInput;
  CorrectiveActionStatus: CorrectiveActionStatus;
  Country: ResolverTypeWrapper<CountryMapper>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Finding: ResolverTypeWrapper<FindingMapper>;
  FindingInput: FindingInput;
  IloIndicator: IloIndicator;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterSupplierPayload: ResolverTypeWrapper<Omit<RegisterSupplierPayload, 'supplier'> & { supplier: ResolversTypes['Supplier'] }>;
  Sector: Sector;
  Severity: Severity;
  SubmitAuditBatchItem: SubmitAuditBatchItem;
  SubmitAuditInput: SubmitAuditInput;
  SubmitAuditPayload: ResolverTypeWrapper<SubmitAuditPayloadMapper>;
  SubmitAuditsPayload: ResolverTypeWrapper<Omit<SubmitAuditsPayload, 'results'> & { results: Array<ResolversTypes['SubmitAuditPayload']> }>;
  Supplier: ResolverTypeWrapper<SupplierMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SupplierConnection: ResolverTypeWrapper<Omit<SupplierConnection, 'edges'> & { edges: Array<ResolversTypes['SupplierEdge']> }>;
  SupplierEdge: ResolverTypeWrapper<Omit<SupplierEdge, 'node'> & { node: ResolversTypes['Supplier'] }>;
  SupplierFilter: SupplierFilter;
  SupplierInput: SupplierInput;
  UpdateCorrectiveActionInput: UpdateCorrectiveActionInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Alert: AlertMapper;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AlertConnection: AlertConnectionMapper;
  Int: Scalars['Int']['output'];
  AlertEdge: Omit<AlertEdge, 'node'> & { node: ResolversParentTypes['Alert'] };
  Audit: AuditMapper;
  AuditConnection: Omit<AuditConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEdge']> };
  AuditEdge: Omit<AuditEdge, 'node'> & { node: ResolversParentTypes['Audit'] };
  AuditFilter: AuditFilter;
  ChangeBatch: ChangeBatch;
  CorrectiveAction: CorrectiveActionMapper;
  Boolean: Scalars['Boolean']['output'];
  CorrectiveActionCounts: CorrectiveActionCounts;
  CorrectiveActionInput: CorrectiveActionInput;
  Country: CountryMapper;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Finding: FindingMapper;
  FindingInput: FindingInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RegisterSupplierPayload: Omit<RegisterSupplierPayload, 'supplier'> & { supplier: ResolversParentTypes['Supplier'] };
  SubmitAuditBatchItem: SubmitAuditBatchItem;
  SubmitAuditInput: SubmitAuditInput;
  SubmitAuditPayload: SubmitAuditPayloadMapper;
  SubmitAuditsPayload: Omit<SubmitAuditsPayload, 'results'> & { results: Array<ResolversParentTypes['SubmitAuditPayload']> };
  Supplier: SupplierMapper;
  Float: Scalars['Float']['output'];
  SupplierConnection: Omit<SupplierConnection, 'edges'> & { edges: Array<ResolversParentTypes['SupplierEdge']> };
  SupplierEdge: Omit<SupplierEdge, 'node'> & { node: ResolversParentTypes['Supplier'] };
  SupplierFilter: SupplierFilter;
  SupplierInput: SupplierInput;
  UpdateCorrectiveActionInput: UpdateCorrectiveActionInput;
}>;

export type AlertResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alert'] = ResolversParentTypes['Alert']> = ResolversObject<{
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  auditId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  buildId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correctiveActionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  findingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iloIndicator?: Resolver<Maybe<ResolversTypes['IloIndicator']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AlertKind'], ParentType, ContextType>;
  partnerOrgId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
}>;

export type AlertConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlertConnection'] = ResolversParentTypes['AlertConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AlertEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  unacknowledgedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AlertEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AlertEdge'] = ResolversParentTypes['AlertEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alert'], ParentType, ContextType>;
}>;

export type AuditResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Audit'] = ResolversParentTypes['Audit']> = ResolversObject<{
  announcement?: Resolver<ResolversTypes['Announcement'], ParentType, ContextType>;
  auditDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partnerOrgId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scheme?: Resolver<ResolversTypes['AuditScheme'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AuditType'], ParentType, ContextType>;
  workersInterviewed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Audit'], ParentType, ContextType>;
}>;

export type ChangeBatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeBatch'] = ResolversParentTypes['ChangeBatch']> = ResolversObject<{
  fromSeqExclusive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  table?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toSeqInclusive?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CorrectiveActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectiveAction'] = ResolversParentTypes['CorrectiveAction']> = ResolversObject<{
  closedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CorrectiveActionStatus'], ParentType, ContextType>;
  verifiedDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type CorrectiveActionCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectiveActionCounts'] = ResolversParentTypes['CorrectiveActionCounts']> = ResolversObject<{
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CountryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country'], FederationReferenceType extends FederationReferenceTypes['Country'] = FederationReferenceTypes['Country']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Country']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  suppliers?: Resolver<Maybe<ResolversTypes['SupplierConnection']>, ParentType, ContextType, Partial<CountrySuppliersArgs>>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = ResolversObject<{
  correctiveAction?: Resolver<Maybe<ResolversTypes['CorrectiveAction']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iloIndicator?: Resolver<Maybe<ResolversTypes['IloIndicator']>, ParentType, ContextType>;
  schemeSeverity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acknowledgeAlert?: Resolver<ResolversTypes['Alert'], ParentType, ContextType, RequireFields<MutationAcknowledgeAlertArgs, 'id'>>;
  exportAuditsChanges?: Resolver<ResolversTypes['ChangeBatch'], ParentType, ContextType, RequireFields<MutationExportAuditsChangesArgs, 'afterSeq' | 'table'>>;
  recordSevereBandAlerts?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecordSevereBandAlertsArgs, 'buildId' | 'supplierIds'>>;
  registerSupplier?: Resolver<ResolversTypes['RegisterSupplierPayload'], ParentType, ContextType, RequireFields<MutationRegisterSupplierArgs, 'input'>>;
  submitAudit?: Resolver<ResolversTypes['SubmitAuditPayload'], ParentType, ContextType, RequireFields<MutationSubmitAuditArgs, 'input'>>;
  submitAudits?: Resolver<ResolversTypes['SubmitAuditsPayload'], ParentType, ContextType, RequireFields<MutationSubmitAuditsArgs, 'inputs'>>;
  updateCorrectiveAction?: Resolver<ResolversTypes['CorrectiveAction'], ParentType, ContextType, RequireFields<MutationUpdateCorrectiveActionArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  alerts?: Resolver<Maybe<ResolversTypes['AlertConnection']>, ParentType, ContextType, RequireFields<QueryAlertsArgs, 'unacknowledgedOnly'>>;
  audit?: Resolver<Maybe<ResolversTypes['Audit']>, ParentType, ContextType, RequireFields<QueryAuditArgs, 'id'>>;
  audits?: Resolver<Maybe<ResolversTypes['AuditConnection']>, ParentType, ContextType, Partial<QueryAuditsArgs>>;
  supplier?: Resolver<Maybe<ResolversTypes['Supplier']>, ParentType, ContextType, RequireFields<QuerySupplierArgs, 'id'>>;
  suppliers?: Resolver<Maybe<ResolversTypes['SupplierConnection']>, ParentType, ContextType, Partial<QuerySuppliersArgs>>;
}>;

export type RegisterSupplierPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterSupplierPayload'] = ResolversParentTypes['RegisterSupplierPayload']> = ResolversObject<{
  matchedExisting?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
}>;

export type SubmitAuditPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitAuditPayload'] = ResolversParentTypes['SubmitAuditPayload']> = ResolversObject<{
  audit?: Resolver<ResolversTypes['Audit'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SubmitAuditsPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitAuditsPayload'] = ResolversParentTypes['SubmitAuditsPayload']> = ResolversObject<{
  results?: Resolver<Array<ResolversTypes['SubmitAuditPayload']>, ParentType, ContextType>;
}>;

export type SupplierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Supplier'] = ResolversParentTypes['Supplier'], FederationReferenceType extends FederationReferenceTypes['Supplier'] = FederationReferenceTypes['Supplier']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Supplier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  audits?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, Partial<SupplierAuditsArgs>>;
  correctiveActionCounts?: Resolver<ResolversTypes['CorrectiveActionCounts'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  goods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  migrantWorkerShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  osId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workerCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SupplierConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplierConnection'] = ResolversParentTypes['SupplierConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SupplierEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupplierEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupplierEdge'] = ResolversParentTypes['SupplierEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Supplier'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Alert?: AlertResolvers<ContextType>;
  AlertConnection?: AlertConnectionResolvers<ContextType>;
  AlertEdge?: AlertEdgeResolvers<ContextType>;
  Audit?: AuditResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  ChangeBatch?: ChangeBatchResolvers<ContextType>;
  CorrectiveAction?: CorrectiveActionResolvers<ContextType>;
  CorrectiveActionCounts?: CorrectiveActionCountsResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Finding?: FindingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterSupplierPayload?: RegisterSupplierPayloadResolvers<ContextType>;
  SubmitAuditPayload?: SubmitAuditPayloadResolvers<ContextType>;
  SubmitAuditsPayload?: SubmitAuditsPayloadResolvers<ContextType>;
  Supplier?: SupplierResolvers<ContextType>;
  SupplierConnection?: SupplierConnectionResolvers<ContextType>;
  SupplierEdge?: SupplierEdgeResolvers<ContextType>;
}>;

