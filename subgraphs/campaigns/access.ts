/**
 * Field roles (lib/access.ts). Campaigns and their metrics are public-awareness data: every signed-in role
 * but the WAREHOUSE service reads them. Analysts and agencies write (an agency only for its own country,
 * checked in resolvers.ts); the warehouse only pulls the change feed.
 */
import type { AccessRules } from '../../lib/access.js';
import type { Role } from '../../lib/identity.js';

const READERS: readonly Role[] = ['PARTNER', 'AGENCY', 'ANALYST', 'POLICY'];
const WRITERS: readonly Role[] = ['ANALYST', 'AGENCY'];
const WAREHOUSE: readonly Role[] = ['WAREHOUSE'];

export const access: AccessRules = {
  'Query.campaign': READERS,
  'Query.campaigns': READERS,
  'Mutation.createCampaign': WRITERS,
  'Mutation.upsertCampaignMetrics': WRITERS,
  'Mutation.exportCampaignsChanges': WAREHOUSE,
  'Campaign.*': READERS,
  'CampaignMetric.*': READERS,
  'CampaignTotals.*': READERS,
  'CampaignConnection.*': READERS,
  'CampaignEdge.*': READERS,
  'PageInfo.*': READERS,
  'Country.*': READERS,
  'UpsertCampaignMetricsResult.*': WRITERS,
  'ChangeBatch.*': WAREHOUSE,
};
