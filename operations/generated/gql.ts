/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query UnreadAlerts($first: Int = 20, $after: String) {\n  alerts(unacknowledgedOnly: true, first: $first, after: $after) {\n    unacknowledgedCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        cursor\n        kind\n        raisedAt\n        iloIndicator\n        dueDate\n        auditId\n        supplier {\n          id\n          name\n          country {\n            code\n          }\n        }\n      }\n    }\n  }\n}\n\nmutation AcknowledgeAlert($id: ID!) {\n  acknowledgeAlert(id: $id) {\n    id\n    acknowledgedAt\n  }\n}": typeof types.UnreadAlertsDocument,
    "query DashboardCampaigns($current: ID!, $previous: ID) {\n  measures {\n    id\n    label\n    unit\n    kind\n  }\n  compare(\n    measures: [CAMPAIGN_REACH, CAMPAIGN_REPORTS, CAMPAIGN_REPORTS_PER_100K_REACHED]\n    current: $current\n    previous: $previous\n    groupBy: COUNTRY\n  ) {\n    measure\n    group\n    country {\n      code\n      name\n    }\n    current\n    previous\n    percentChange\n    test\n    significant\n    suppressed\n  }\n}": typeof types.DashboardCampaignsDocument,
    "query DashboardHeadline($current: ID!, $previous: ID) {\n  measures {\n    id\n    label\n    unit\n    kind\n    higherIsBetter\n    description\n  }\n  compare(\n    measures: [SUPPLIERS_AUDITED, SEVERE_FINDING_SHARE, REPEAT_FINDING_RATE, CAP_CLOSURE_RATE, MEDIAN_DAYS_TO_CLOSE, AGENCY_INVESTIGATIONS_OPENED, AGENCY_PROSECUTIONS, AGENCY_CONVICTIONS, AGENCY_VICTIMS_IDENTIFIED, AGENCY_VICTIMS_REFERRED, CONVICTION_RATIO, REFERRAL_RATE, CAMPAIGN_REACH, CAMPAIGN_REPORTS, CAMPAIGN_REPORTS_PER_100K_REACHED]\n    current: $current\n    previous: $previous\n  ) {\n    measure\n    current\n    previous\n    delta\n    percentChange\n    test\n    estimate\n    interval {\n      lower\n      upper\n    }\n    significant\n    suppressed\n  }\n}": typeof types.DashboardHeadlineDocument,
    "query DashboardHotspots($period: ID) {\n  riskHotspots(groupBy: COUNTRY_SECTOR, period: $period) {\n    asOf\n    withheldCells\n    cells {\n      country {\n        code\n        name\n      }\n      sector\n      suppliers\n      auditedSuppliers\n      partners\n      averageScore\n      maxScore\n      bands {\n        low\n        medium\n        high\n        severe\n      }\n      overrides\n    }\n  }\n}": typeof types.DashboardHotspotsDocument,
    "query DashboardIndicators($current: ID!) {\n  measures {\n    id\n    label\n    unit\n    kind\n  }\n  compare(\n    measures: [AGENCY_VICTIMS_IDENTIFIED, AGENCY_VICTIMS_REFERRED, AGENCY_PROSECUTIONS, AGENCY_CONVICTIONS]\n    current: $current\n    groupBy: COUNTRY\n  ) {\n    measure\n    group\n    country {\n      code\n      name\n    }\n    current\n    suppressed\n  }\n}": typeof types.DashboardIndicatorsDocument,
    "query DashboardPeriods {\n  reportingPeriods(kind: ACTION_PERIOD) {\n    id\n    label\n    number\n    startDate\n    endDate\n    lengthDays\n    previous {\n      id\n    }\n  }\n}": typeof types.DashboardPeriodsDocument,
    "query DashboardSeries($measure: MeasureId!, $kind: PeriodKind!, $from: Date!, $to: Date!) {\n  measures {\n    id\n    label\n    unit\n    kind\n    available\n  }\n  series(measure: $measure, kind: $kind, from: $from, to: $to) {\n    measure\n    group\n    points {\n      period {\n        id\n        label\n      }\n      startDate\n      endDate\n      value\n      suppressed\n      filled\n    }\n  }\n}": typeof types.DashboardSeriesDocument,
    "query DashboardStatus {\n  warehouseStatus {\n    buildId\n    builtAt\n    asOf\n    methodologyVersion\n  }\n}": typeof types.DashboardStatusDocument,
};
const documents: Documents = {
    "query UnreadAlerts($first: Int = 20, $after: String) {\n  alerts(unacknowledgedOnly: true, first: $first, after: $after) {\n    unacknowledgedCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        cursor\n        kind\n        raisedAt\n        iloIndicator\n        dueDate\n        auditId\n        supplier {\n          id\n          name\n          country {\n            code\n          }\n        }\n      }\n    }\n  }\n}\n\nmutation AcknowledgeAlert($id: ID!) {\n  acknowledgeAlert(id: $id) {\n    id\n    acknowledgedAt\n  }\n}": types.UnreadAlertsDocument,
    "query DashboardCampaigns($current: ID!, $previous: ID) {\n  measures {\n    id\n    label\n    unit\n    kind\n  }\n  compare(\n    measures: [CAMPAIGN_REACH, CAMPAIGN_REPORTS, CAMPAIGN_REPORTS_PER_100K_REACHED]\n    current: $current\n    previous: $previous\n    groupBy: COUNTRY\n  ) {\n    measure\n    group\n    country {\n      code\n      name\n    }\n    current\n    previous\n    percentChange\n    test\n    significant\n    suppressed\n  }\n}": types.DashboardCampaignsDocument,
    "query DashboardHeadline($current: ID!, $previous: ID) {\n  measures {\n    id\n    label\n    unit\n    kind\n    higherIsBetter\n    description\n  }\n  compare(\n    measures: [SUPPLIERS_AUDITED, SEVERE_FINDING_SHARE, REPEAT_FINDING_RATE, CAP_CLOSURE_RATE, MEDIAN_DAYS_TO_CLOSE, AGENCY_INVESTIGATIONS_OPENED, AGENCY_PROSECUTIONS, AGENCY_CONVICTIONS, AGENCY_VICTIMS_IDENTIFIED, AGENCY_VICTIMS_REFERRED, CONVICTION_RATIO, REFERRAL_RATE, CAMPAIGN_REACH, CAMPAIGN_REPORTS, CAMPAIGN_REPORTS_PER_100K_REACHED]\n    current: $current\n    previous: $previous\n  ) {\n    measure\n    current\n    previous\n    delta\n    percentChange\n    test\n    estimate\n    interval {\n      lower\n      upper\n    }\n    significant\n    suppressed\n  }\n}": types.DashboardHeadlineDocument,
    "query DashboardHotspots($period: ID) {\n  riskHotspots(groupBy: COUNTRY_SECTOR, period: $period) {\n    asOf\n    withheldCells\n    cells {\n      country {\n        code\n        name\n      }\n      sector\n      suppliers\n      auditedSuppliers\n      partners\n      averageScore\n      maxScore\n      bands {\n        low\n        medium\n        high\n        severe\n      }\n      overrides\n    }\n  }\n}": types.DashboardHotspotsDocument,
    "query DashboardIndicators($current: ID!) {\n  measures {\n    id\n    label\n    unit\n    kind\n  }\n  compare(\n    measures: [AGENCY_VICTIMS_IDENTIFIED, AGENCY_VICTIMS_REFERRED, AGENCY_PROSECUTIONS, AGENCY_CONVICTIONS]\n    current: $current\n    groupBy: COUNTRY\n  ) {\n    measure\n    group\n    country {\n      code\n      name\n    }\n    current\n    suppressed\n  }\n}": types.DashboardIndicatorsDocument,
    "query DashboardPeriods {\n  reportingPeriods(kind: ACTION_PERIOD) {\n    id\n    label\n    number\n    startDate\n    endDate\n    lengthDays\n    previous {\n      id\n    }\n  }\n}": types.DashboardPeriodsDocument,
    "query DashboardSeries($measure: MeasureId!, $kind: PeriodKind!, $from: Date!, $to: Date!) {\n  measures {\n    id\n    label\n    unit\n    kind\n    available\n  }\n  series(measure: $measure, kind: $kind, from: $from, to: $to) {\n    measure\n    group\n    points {\n      period {\n        id\n        label\n      }\n      startDate\n      endDate\n      value\n      suppressed\n      filled\n    }\n  }\n}": types.DashboardSeriesDocument,
    "query DashboardStatus {\n  warehouseStatus {\n    buildId\n    builtAt\n    asOf\n    methodologyVersion\n  }\n}": types.DashboardStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadAlerts($first: Int = 20, $after: String) {\n  alerts(unacknowledgedOnly: true, first: $first, after: $after) {\n    unacknowledgedCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        cursor\n        kind\n        raisedAt\n        iloIndicator\n        dueDate\n        auditId\n        supplier {\n          id\n          name\n          country {\n            code\n          }\n        }\n      }\n    }\n  }\n}\n\nmutation AcknowledgeAlert($id: ID!) {\n  acknowledgeAlert(id: $id) {\n    id\n    acknowledgedAt\n  }\n}"): (typeof documents)["query UnreadAlerts($first: Int = 20, $after: String) {\n  alerts(unacknowledgedOnly: true, first: $first, after: $after) {\n    unacknowledgedCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        cursor\n        kind\n        raisedAt\n        iloIndicator\n        dueDate\n        auditId\n        supplier {\n          id\n          name\n          country {\n            code\n          }\n        }\n      }\n    }\n  }\n}\n\nmutation AcknowledgeAlert($id: ID!) {\n  acknowledgeAlert(id: $id) {\n    id\n    acknowledgedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardCampaigns($current: ID!, $previous: ID) {\n  measures {\n    id\n    label\n    unit\n    kind\n  }\n  compare(\n    measures: [CAMPAIGN_REACH, CAMPAIGN_REPORTS, CAMPAIGN_REPORTS_PER_100K_REACHED]\n    current: $current\n    previous: $previous\n    groupBy: COUNTRY\n  ) {\n    measure\n    group\n    country {\n      code\n      name\n    }\n    current\n    previous\n    percentChange\n    test\n    significant\n    suppressed\n  }\n}"): (typeof documents)["query DashboardCampaigns($current: ID!, $previous: ID) {\n  measures {\n    id\n    label\n    unit\n    kind\n  }\n  compare(\n    measures: [CAMPAIGN_REACH, CAMPAIGN_REPORTS, CAMPAIGN_REPORTS_PER_100K_REACHED]\n    current: $current\n    previous: $previous\n    groupBy: COUNTRY\n  ) {\n    measure\n    group\n    country {\n      code\n      name\n    }\n    current\n    previous\n    percentChange\n    test\n    significant\n    suppressed\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardHeadline($current: ID!, $previous: ID) {\n  measures {\n    id\n    label\n    unit\n    kind\n    higherIsBetter\n    description\n  }\n  compare(\n    measures: [SUPPLIERS_AUDITED, SEVERE_FINDING_SHARE, REPEAT_FINDING_RATE, CAP_CLOSURE_RATE, MEDIAN_DAYS_TO_CLOSE, AGENCY_INVESTIGATIONS_OPENED, AGENCY_PROSECUTIONS, AGENCY_CONVICTIONS, AGENCY_VICTIMS_IDENTIFIED, AGENCY_VICTIMS_REFERRED, CONVICTION_RATIO, REFERRAL_RATE, CAMPAIGN_REACH, CAMPAIGN_REPORTS, CAMPAIGN_REPORTS_PER_100K_REACHED]\n    current: $current\n    previous: $previous\n  ) {\n    measure\n    current\n    previous\n    delta\n    percentChange\n    test\n    estimate\n    interval {\n      lower\n      upper\n    }\n    significant\n    suppressed\n  }\n}"): (typeof documents)["query DashboardHeadline($current: ID!, $previous: ID) {\n  measures {\n    id\n    label\n    unit\n    kind\n    higherIsBetter\n    description\n  }\n  compare(\n    measures: [SUPPLIERS_AUDITED, SEVERE_FINDING_SHARE, REPEAT_FINDING_RATE, CAP_CLOSURE_RATE, MEDIAN_DAYS_TO_CLOSE, AGENCY_INVESTIGATIONS_OPENED, AGENCY_PROSECUTIONS, AGENCY_CONVICTIONS, AGENCY_VICTIMS_IDENTIFIED, AGENCY_VICTIMS_REFERRED, CONVICTION_RATIO, REFERRAL_RATE, CAMPAIGN_REACH, CAMPAIGN_REPORTS, CAMPAIGN_REPORTS_PER_100K_REACHED]\n    current: $current\n    previous: $previous\n  ) {\n    measure\n    current\n    previous\n    delta\n    percentChange\n    test\n    estimate\n    interval {\n      lower\n      upper\n    }\n    significant\n    suppressed\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardHotspots($period: ID) {\n  riskHotspots(groupBy: COUNTRY_SECTOR, period: $period) {\n    asOf\n    withheldCells\n    cells {\n      country {\n        code\n        name\n      }\n      sector\n      suppliers\n      auditedSuppliers\n      partners\n      averageScore\n      maxScore\n      bands {\n        low\n        medium\n        high\n        severe\n      }\n      overrides\n    }\n  }\n}"): (typeof documents)["query DashboardHotspots($period: ID) {\n  riskHotspots(groupBy: COUNTRY_SECTOR, period: $period) {\n    asOf\n    withheldCells\n    cells {\n      country {\n        code\n        name\n      }\n      sector\n      suppliers\n      auditedSuppliers\n      partners\n      averageScore\n      maxScore\n      bands {\n        low\n        medium\n        high\n        severe\n      }\n      overrides\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardIndicators($current: ID!) {\n  measures {\n    id\n    label\n    unit\n    kind\n  }\n  compare(\n    measures: [AGENCY_VICTIMS_IDENTIFIED, AGENCY_VICTIMS_REFERRED, AGENCY_PROSECUTIONS, AGENCY_CONVICTIONS]\n    current: $current\n    groupBy: COUNTRY\n  ) {\n    measure\n    group\n    country {\n      code\n      name\n    }\n    current\n    suppressed\n  }\n}"): (typeof documents)["query DashboardIndicators($current: ID!) {\n  measures {\n    id\n    label\n    unit\n    kind\n  }\n  compare(\n    measures: [AGENCY_VICTIMS_IDENTIFIED, AGENCY_VICTIMS_REFERRED, AGENCY_PROSECUTIONS, AGENCY_CONVICTIONS]\n    current: $current\n    groupBy: COUNTRY\n  ) {\n    measure\n    group\n    country {\n      code\n      name\n    }\n    current\n    suppressed\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardPeriods {\n  reportingPeriods(kind: ACTION_PERIOD) {\n    id\n    label\n    number\n    startDate\n    endDate\n    lengthDays\n    previous {\n      id\n    }\n  }\n}"): (typeof documents)["query DashboardPeriods {\n  reportingPeriods(kind: ACTION_PERIOD) {\n    id\n    label\n    number\n    startDate\n    endDate\n    lengthDays\n    previous {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardSeries($measure: MeasureId!, $kind: PeriodKind!, $from: Date!, $to: Date!) {\n  measures {\n    id\n    label\n    unit\n    kind\n    available\n  }\n  series(measure: $measure, kind: $kind, from: $from, to: $to) {\n    measure\n    group\n    points {\n      period {\n        id\n        label\n      }\n      startDate\n      endDate\n      value\n      suppressed\n      filled\n    }\n  }\n}"): (typeof documents)["query DashboardSeries($measure: MeasureId!, $kind: PeriodKind!, $from: Date!, $to: Date!) {\n  measures {\n    id\n    label\n    unit\n    kind\n    available\n  }\n  series(measure: $measure, kind: $kind, from: $from, to: $to) {\n    measure\n    group\n    points {\n      period {\n        id\n        label\n      }\n      startDate\n      endDate\n      value\n      suppressed\n      filled\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardStatus {\n  warehouseStatus {\n    buildId\n    builtAt\n    asOf\n    methodologyVersion\n  }\n}"): (typeof documents)["query DashboardStatus {\n  warehouseStatus {\n    buildId\n    builtAt\n    asOf\n    methodologyVersion\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;