/**
 * Campaign.impact: a campaign's reach, reports and reports per 100,000 reached in a period, and the same
 * three measures compared with the preceding period of the same kind (compare.ts, filtered to the campaign).
 */
import type { Role } from '../../lib/identity.js';
import { requireMeasure } from '../../lib/analytics/measures.js';
import { compareMeasures, type ComparisonView } from './compare.js';
import { resolvePeriodPair } from './periods.js';
import type { Snapshot } from './snapshot/snapshot.js';

const IMPACT_MEASURES = ['CAMPAIGN_REACH', 'CAMPAIGN_REPORTS', 'CAMPAIGN_REPORTS_PER_100K_REACHED'] as const;

export interface CampaignImpactView {
  periodId: string;
  previousPeriodId: string | null;
  reach: number;
  reports: number;
  reportsPer100kReached: number | null;
  comparison: ComparisonView[];
}

export async function buildCampaignImpact(
  snapshot: Snapshot,
  campaignId: string,
  periodId: string,
  role: Role,
): Promise<CampaignImpactView> {
  const { current, previous } = await resolvePeriodPair(snapshot, periodId, null, {
    current: 'period',
    previous: 'period',
  });
  const comparison = await compareMeasures(
    snapshot,
    {
      measures: IMPACT_MEASURES.map(requireMeasure),
      current,
      previous,
      grouping: 'NONE',
      filter: { countryCodes: null, sectors: null, campaignId },
    },
    role,
  );
  const valueOf = (id: (typeof IMPACT_MEASURES)[number]) =>
    comparison.find((row) => row.measure === id)?.current ?? null;
  return {
    periodId: current.period_id,
    previousPeriodId: previous?.period_id ?? null,
    reach: valueOf('CAMPAIGN_REACH') ?? 0,
    reports: valueOf('CAMPAIGN_REPORTS') ?? 0,
    reportsPer100kReached: valueOf('CAMPAIGN_REPORTS_PER_100K_REACHED'),
    comparison,
  };
}
