/** Thin resolvers: validation in validation.ts, SQL in store/, field roles in access.ts. */
import { exportChangeBatch } from '../../lib/change-feed.js';
import { idempotencyClaim, rememberResult, replayOrNull } from '../../lib/idempotency.js';
import { forbidden, notFound } from '../../lib/errors.js';
import type { Identity } from '../../lib/identity.js';
import { pageSize } from '../../lib/pagination.js';
import { DateScalar, DateTimeScalar, todayUtc } from '../../lib/scalars.js';
import { CONSUMED_TABLES } from './db-types.js';
import type { Audience, Channel, Resolvers } from './generated/resolvers-types.js';
import { findCampaignById, insertCampaign, listCampaigns, listCampaignsOfCountry } from './store/campaigns.js';
import { listCampaignMetrics, sumCampaignMetrics, upsertCampaignMetrics, type UpsertOutcome } from './store/metrics.js';
import {
  checkMetricRowCount,
  parseCountryCodeFilter,
  parseCreateCampaignInput,
  parseMetricRows,
} from './validation.js';

/** Analysts write anywhere; an agency only for the country its token names. */
function assertMayWriteFor(identity: Identity, countryCode: string): void {
  if (identity.role === 'AGENCY' && identity.countryCode !== countryCode) {
    throw forbidden(`Your agency reports for ${identity.countryCode}; it cannot write campaigns in ${countryCode}`);
  }
}

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,

  Query: {
    campaign: async (_, { id }, ctx) => (await findCampaignById(ctx.db, id)) ?? null,
    campaigns: async (_, { filter, first, after }, ctx) => {
      const limit = pageSize(first);
      const countryCode = parseCountryCodeFilter(filter?.countryCode, 'filter.countryCode');
      return listCampaigns(
        ctx.db,
        { countryCode, audience: filter?.audience, activeOn: filter?.activeOn },
        { limit, after },
      );
    },
  },

  Mutation: {
    // With an idempotency key, a retry gets the first call's answer back and writes nothing (lib/idempotency.ts).
    createCampaign: async (_, { input, idempotencyKey }, ctx) => {
      const identity = ctx.identity!; // access.ts admitted only ANALYST and AGENCY
      const values = parseCreateCampaignInput(input);
      assertMayWriteFor(identity, values.countryCode);
      const claim = idempotencyClaim(identity, 'createCampaign', idempotencyKey, input);
      return ctx.db.transaction().execute(async (trx) => {
        const earlier = await replayOrNull<{ campaignId: string }>(trx, claim);
        if (earlier) {
          const created = await findCampaignById(trx, earlier.campaignId);
          if (!created) throw new Error(`idempotency key names campaign ${earlier.campaignId}, which is gone`);
          return created;
        }
        const campaign = await insertCampaign(trx, { ...values, createdBy: identity.subject });
        await rememberResult(trx, claim, { campaignId: campaign.campaign_id });
        return campaign;
      });
    },
    upsertCampaignMetrics: async (_, { campaignId, metrics, idempotencyKey }, ctx) => {
      const identity = ctx.identity!;
      checkMetricRowCount(metrics);
      const claim = idempotencyClaim(identity, 'upsertCampaignMetrics', idempotencyKey, { campaignId, metrics });
      return ctx.db.transaction().execute(async (trx) => {
        const campaign = await findCampaignById(trx, campaignId);
        if (!campaign) throw notFound('Campaign', campaignId);
        assertMayWriteFor(identity, campaign.country_code);
        const rows = parseMetricRows(campaign, metrics, todayUtc());
        const earlier = await replayOrNull<UpsertOutcome>(trx, claim);
        if (earlier) return { campaign, ...earlier };
        const outcome = await upsertCampaignMetrics(trx, campaign.campaign_id, rows);
        await rememberResult(trx, claim, outcome);
        return { campaign, ...outcome };
      });
    },
    exportCampaignsChanges: (_, { table, afterSeq }, ctx) =>
      exportChangeBatch(ctx.db, {
        source: 'campaigns',
        table,
        afterSeq,
        allowedTables: CONSUMED_TABLES,
        lakeDir: ctx.lakeDir,
      }),
  },

  Campaign: {
    __resolveReference: async (ref, ctx) => (await findCampaignById(ctx.db, String(ref.id))) ?? null,
    id: (c) => c.campaign_id,
    name: (c) => c.name,
    country: (c) => ({ code: c.country_code }),
    audience: (c) => c.audience as Audience,
    channels: (c) => c.channels as Channel[],
    languages: (c) => c.languages,
    startDate: (c) => c.start_date,
    endDate: (c) => c.end_date,
    createdAt: (c) => c.created_at,
    metrics: (c, { from, to, channel }, ctx) => listCampaignMetrics(ctx.db, c.campaign_id, { from, to, channel }),
    totals: (c, { from, to }, ctx) => sumCampaignMetrics(ctx.db, c.campaign_id, { from, to }),
  },

  CampaignMetric: {
    date: (m) => m.metric_date,
    channel: (m) => m.channel as Channel,
    impressions: (m) => m.impressions,
    reach: (m) => m.reach,
    engagements: (m) => m.engagements,
    hotlineContacts: (m) => m.hotline_contacts,
    reportsToAuthorities: (m) => m.reports_to_authorities,
    updatedAt: (m) => m.updated_at,
  },

  CampaignTotals: {
    firstDate: (t) => t.first_date,
    lastDate: (t) => t.last_date,
    daysReported: (t) => t.days_reported,
    impressions: (t) => t.impressions,
    reach: (t) => t.reach,
    engagements: (t) => t.engagements,
    hotlineContacts: (t) => t.hotline_contacts,
    reportsToAuthorities: (t) => t.reports_to_authorities,
  },

  Country: {
    __resolveReference: (ref) => ({ code: String(ref.code) }),
    code: (c) => c.code,
    campaigns: (c, { activeOn, audience }, ctx) => listCampaignsOfCountry(ctx.db, c.code, { activeOn, audience }),
  },
};
