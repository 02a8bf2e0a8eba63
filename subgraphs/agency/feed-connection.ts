/** Query.indicatorFeeds and Country.indicatorFeeds: scope by caller, keyset page, connection shape. */
import { badInput } from '../../lib/errors.js';
import { requireIdentity } from '../../lib/identity.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../../lib/pagination.js';
import { isTimestampText } from '../../lib/scalars.js';
import type { Context } from './context.js';
import type { IndicatorFeedRow } from './db-types.js';
import { feedCountryScope } from './store/feed-visibility.js';
import { listLatestFeeds } from './store/feeds.js';
import { isPeriodIdShape } from './store/reporting-periods.js';

export async function listFeedConnection(
  ctx: Context,
  args: { countryCode?: string | null; periodId?: string | null; first?: number | null; after?: string | null },
): Promise<Connection<IndicatorFeedRow>> {
  const countryCode = feedCountryScope(requireIdentity(ctx), args.countryCode);
  if (args.periodId != null && !isPeriodIdShape(args.periodId))
    throw badInput('periodId', `"${args.periodId}" is not a period id: use JPA<n>, YYYY-MM, YYYY-Qn or YYYY`);
  const limit = pageSize(args.first);
  const cursor = decodeCursor(args.after, 2);
  // A hand-made cursor must not reach DuckDB as an uncastable timestamp (that would be a 500, not a 400).
  if (cursor && (typeof cursor[0] !== 'string' || !isTimestampText(cursor[0]) || typeof cursor[1] !== 'string')) {
    throw badInput('after', 'is not a cursor returned by this API');
  }
  const { rows, totalCount } = await listLatestFeeds(
    ctx.db,
    { countryCode, periodId: args.periodId },
    { limit, after: cursor ? { submittedAt: cursor[0] as string, feedId: cursor[1] as string } : null },
  );
  return toConnection(rows, limit, (r) => [r.submitted_at, r.feed_id], totalCount);
}
