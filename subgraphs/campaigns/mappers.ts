/** GraphQL type → the value its resolvers receive (read by codegen.ts). */
import type { CampaignMetricRow, CampaignRow } from './db-types.js';
import type { CampaignTotalsRow } from './store/metrics.js';

export type CampaignMapper = CampaignRow;
export type CampaignMetricMapper = CampaignMetricRow;
export type CampaignTotalsMapper = CampaignTotalsRow;
/** A Country reference: this subgraph knows only the code. */
export type CountryMapper = { code: string };
