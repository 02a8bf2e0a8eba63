/** Thin resolvers: arguments in, store calls, rows out (mapped in the type resolvers below). */
import { exportChangeBatch } from '../../lib/change-feed.js';
import { badInput } from '../../lib/errors.js';
import { idempotencyClaim } from '../../lib/idempotency.js';
import { exportsFor } from '../../lib/exports/catalog.js';
import { requireIdentity } from '../../lib/identity.js';
import { DateScalar, DateTimeScalar } from '../../lib/scalars.js';
import type { Context } from './context.js';
import { listFeedConnection } from './feed-connection.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { BREAKDOWN_DIMENSION } from './indicators.js';
import { periodLengthDays } from './periods.js';
import { createActionPeriod } from './store/create-action-period.js';
import { listCountries } from './store/countries.js';
import { listFeedRevisions, listFeedValues } from './store/feeds.js';
import { findLatestIndicatorValues } from './store/latest-values.js';
import {
  findPreviousPeriod,
  findReportingPeriod,
  isPeriodIdShape,
  listReportingPeriods,
} from './store/reporting-periods.js';
import { submitIndicatorFeed } from './store/submit-feed.js';
import { publishCells } from './suppression.js';

/** Tables the warehouse consumes from this subgraph. */
const AGENCY_CHANGE_TABLES = ['countries', 'action_periods', 'indicator_feeds', 'indicator_values'] as const;

function requirePeriodIdShape(field: string, id: string): void {
  if (!isPeriodIdShape(id)) throw badInput(field, `"${id}" is not a period id: use JPA<n>, YYYY-MM, YYYY-Qn or YYYY`);
}

async function latestValues(
  ctx: Context,
  countryCode: string,
  args: {
    periodId: string;
    indicators?: readonly string[] | null;
    breakdown?: readonly (keyof typeof BREAKDOWN_DIMENSION)[] | null;
  },
) {
  requirePeriodIdShape('periodId', args.periodId);
  return findLatestIndicatorValues(ctx.db, requireIdentity(ctx).role, {
    countryCode,
    periodId: args.periodId,
    indicators: args.indicators,
    breakdown: args.breakdown?.map((b) => BREAKDOWN_DIMENSION[b]),
  });
}

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    reportingPeriod: (_, { id }, ctx) => {
      requirePeriodIdShape('id', id);
      return findReportingPeriod(ctx.db, id);
    },
    reportingPeriods: (_, { kind, from, to }, ctx) => listReportingPeriods(ctx.db, kind, from, to),
    country: (_, { code }, ctx) => ctx.countries.load(code),
    countries: (_, { region }, ctx) => listCountries(ctx.db, { region }),
    indicatorFeeds: (_, args, ctx) => listFeedConnection(ctx, args),
    latestIndicatorValues: (_, { countryCode, ...args }, ctx) => latestValues(ctx, countryCode, args),
    dataExports: (_, __, ctx) => exportsFor(requireIdentity(ctx).role).map((e) => ({ ...e, formats: [...e.formats] })),
  },
  Mutation: {
    submitIndicatorFeed: (_, { input, idempotencyKey }, ctx) =>
      submitIndicatorFeed(ctx.db, requireIdentity(ctx), input, idempotencyKey),
    createActionPeriod: (_, { input, idempotencyKey }, ctx) =>
      createActionPeriod(
        ctx.db,
        input,
        idempotencyClaim(requireIdentity(ctx), 'createActionPeriod', idempotencyKey, input),
      ),
    exportAgencyChanges: (_, { table, afterSeq }, ctx) =>
      exportChangeBatch(ctx.db, {
        source: 'agency',
        table,
        allowedTables: AGENCY_CHANGE_TABLES,
        afterSeq,
        lakeDir: ctx.lakeDir,
      }),
  },
  ReportingPeriod: {
    __resolveReference: (ref, ctx) => findReportingPeriod(ctx.db, ref.id),
    lengthDays: (period) => periodLengthDays(period),
    previous: (period, _, ctx) => findPreviousPeriod(ctx.db, period),
  },
  Country: {
    __resolveReference: (ref, ctx) => ctx.countries.load(ref.code),
    code: (c) => c.country_code,
    numericCode: (c) => c.numeric_code,
    subRegion: (c) => c.sub_region,
    indicatorFeeds: (c, args, ctx) => listFeedConnection(ctx, { ...args, countryCode: c.country_code }),
    latestIndicatorValues: (c, args, ctx) => latestValues(ctx, c.country_code, args),
  },
  IndicatorFeed: {
    id: (f) => f.feed_id,
    agencyId: (f) => f.agency_id,
    country: async (f, _, ctx) => {
      const country = await ctx.countries.load(f.country_code);
      if (!country) throw new Error(`feed ${f.feed_id} names country ${f.country_code}, which is not in countries`);
      return country;
    },
    period: async (f, _, ctx) => {
      const period = await findReportingPeriod(ctx.db, f.period_id);
      if (!period) throw new Error(`feed ${f.feed_id} names period ${f.period_id}, which does not resolve`);
      return period;
    },
    sourceReliability: (f) => f.source_reliability,
    informationCredibility: (f) => f.information_credibility,
    submittedBy: (f) => f.submitted_by,
    submittedAt: (f) => f.submitted_at,
    values: async (f, _, ctx) =>
      publishCells(await listFeedValues(ctx.db, f.feed_id, f.revision), requireIdentity(ctx).role),
    revisions: (f, _, ctx) => listFeedRevisions(ctx.db, f.feed_id),
  },
};
