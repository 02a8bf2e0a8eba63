/**
 * Field rules for the agency subgraph (DESIGN §5). Partners read countries and periods only; policy officers
 * read latest values (aggregates) but no feed metadata; agencies and analysts read feeds (agencies only their
 * own country's, enforced in store/feed-visibility.ts); the warehouse reads only its change feed. Victim-count
 * suppression applies to every role but ANALYST (suppression.ts).
 */
import type { AccessRules } from '../../lib/access.js';
import type { Role } from '../../lib/identity.js';

const READERS: readonly Role[] = ['PARTNER', 'AGENCY', 'ANALYST', 'POLICY'];
const VALUE_READERS: readonly Role[] = ['AGENCY', 'ANALYST', 'POLICY'];
const FEED_READERS: readonly Role[] = ['AGENCY', 'ANALYST'];

export const agencyAccess: AccessRules = {
  'Query.reportingPeriod': READERS,
  'Query.reportingPeriods': READERS,
  'Query.country': READERS,
  'Query.countries': READERS,
  'Query.indicatorFeeds': FEED_READERS,
  'Query.latestIndicatorValues': VALUE_READERS,
  'Mutation.submitIndicatorFeed': ['AGENCY'],
  'Mutation.createActionPeriod': ['ANALYST'],
  'Mutation.exportAgencyChanges': ['WAREHOUSE'],
  'ReportingPeriod.*': READERS,
  'Country.*': READERS,
  'Country.indicatorFeeds': FEED_READERS,
  'Country.latestIndicatorValues': VALUE_READERS,
  'IndicatorFeed.*': FEED_READERS,
  'IndicatorFeedConnection.*': FEED_READERS,
  'IndicatorFeedEdge.*': FEED_READERS,
  'IndicatorValue.*': VALUE_READERS,
  'PageInfo.*': READERS,
  'ChangeBatch.*': ['WAREHOUSE'],
  // Which exports a role may download is lib/exports/catalog.ts's decision; every human role may ask.
  'Query.dataExports': ['PARTNER', 'AGENCY', 'ANALYST', 'POLICY'],
  'DataExport.*': ['PARTNER', 'AGENCY', 'ANALYST', 'POLICY'],
};
