/**
 * Awareness campaigns, three to six per country over 2018–2025 (some timed with a Joint Period of Action,
 * one still running at `now`, one announced for after it), with daily metrics per channel up to `now`:
 * a launch peak, a slow decay, weekly rhythm, the odd missing day, and reach ≤ impressions always.
 */
import { addDays, daysBetween, eachDate, minDate, timestampOn, weekday } from './dates.js';
import type { Random } from './random.js';
import { REGION, type RegionCountry } from './region.js';
import type { ActionPeriodRow, CampaignMetricRow, CampaignRow } from './rows.js';

const CHANNELS = [
  'SOCIAL_MEDIA',
  'RADIO',
  'TELEVISION',
  'PRINT',
  'OUTDOOR',
  'SMS',
  'COMMUNITY_EVENTS',
  'HOTLINE',
  'WEBSITE',
] as const;
type Channel = (typeof CHANNELS)[number];

const CHANNEL_WEIGHTS: Readonly<Record<string, Partial<Record<Channel, number>>>> = {
  MIGRANT_WORKERS: { SOCIAL_MEDIA: 5, SMS: 4, COMMUNITY_EVENTS: 4, HOTLINE: 3, RADIO: 2, PRINT: 1 },
  EMPLOYERS: { PRINT: 3, WEBSITE: 4, COMMUNITY_EVENTS: 3, SOCIAL_MEDIA: 2, RADIO: 1 },
  GENERAL_POPULATION: { TELEVISION: 4, RADIO: 3, OUTDOOR: 3, SOCIAL_MEDIA: 4, HOTLINE: 2, WEBSITE: 2, PRINT: 1 },
};

const TITLES: Readonly<Record<string, readonly string[]>> = {
  MIGRANT_WORKERS: [
    'Know Before You Go',
    'Safe Migration Starts Here',
    'Your Passport Is Yours',
    'No Fees for Work',
    'Call Before You Sign',
  ],
  EMPLOYERS: ['Fair Recruitment Pledge', 'Employer Pays', 'Clean Supply Chains', 'Responsible Hiring Week'],
  GENERAL_POPULATION: [
    'Open Your Eyes',
    'Not For Sale',
    'See It, Report It',
    'Hidden in Plain Sight',
    'Every Worker Counts',
  ],
};

/**
 * Per channel: impressions on an ordinary day, reach per impression, engagements per impression, hotline contacts per
 * impression.
 */
const CHANNEL_PROFILE: Readonly<Record<Channel, { daily: number; reach: number; engage: number; hotline: number }>> = {
  TELEVISION: { daily: 120_000, reach: 0.6, engage: 0.001, hotline: 0.00005 },
  RADIO: { daily: 40_000, reach: 0.55, engage: 0.002, hotline: 0.0001 },
  SOCIAL_MEDIA: { daily: 25_000, reach: 0.45, engage: 0.03, hotline: 0.0002 },
  OUTDOOR: { daily: 15_000, reach: 0.5, engage: 0.0005, hotline: 0.00005 },
  WEBSITE: { daily: 3_000, reach: 0.7, engage: 0.12, hotline: 0.001 },
  PRINT: { daily: 2_500, reach: 0.8, engage: 0.005, hotline: 0.0005 },
  SMS: { daily: 500, reach: 0.95, engage: 0.02, hotline: 0.001 },
  HOTLINE: { daily: 800, reach: 0.9, engage: 0.3, hotline: 0.05 },
  COMMUNITY_EVENTS: { daily: 0, reach: 0.9, engage: 0.4, hotline: 0.01 },
};

function campaignDates(rng: Random, jpas: readonly ActionPeriodRow[], now: string): [string, string] {
  const days = rng.chance(0.1) ? 365 : rng.int(30, 150);
  let start: string;
  if (rng.chance(0.35)) {
    const jpa = rng.pick(jpas.filter((p) => p.start_date < now));
    start = addDays(jpa.start_date, rng.int(0, 60));
  } else {
    start = addDays('2018-02-01', rng.int(0, daysBetween('2018-02-01', addDays(now, -45))));
  }
  return [start, addDays(start, days - 1)];
}

function draftCampaign(rng: Random, country: RegionCountry, id: string, dates: [string, string]): CampaignRow {
  const audience = country.migrantDestination
    ? rng.weighted([
        ['MIGRANT_WORKERS', 4],
        ['EMPLOYERS', 2],
        ['GENERAL_POPULATION', 3],
      ])
    : rng.weighted([
        ['MIGRANT_WORKERS', 5],
        ['EMPLOYERS', 1],
        ['GENERAL_POPULATION', 3],
      ]);
  const weights = Object.entries(CHANNEL_WEIGHTS[audience]!) as [Channel, number][];
  const chosen = new Set<Channel>();
  for (let want = rng.int(2, 5); chosen.size < want;) chosen.add(rng.weighted(weights.filter(([c]) => !chosen.has(c))));
  const pool = audience === 'MIGRANT_WORKERS' ? country.languages.migrants : country.languages.public;
  const languages = rng.sample(pool, rng.int(1, Math.min(3, pool.length)));
  const byAgency = rng.chance(0.5);
  return {
    campaign_id: id,
    name: `${rng.pick(TITLES[audience]!)} ${dates[0].slice(0, 4)} (${country.code})`,
    country_code: country.code,
    audience,
    channels: CHANNELS.filter((c) => chosen.has(c)),
    languages,
    start_date: dates[0],
    end_date: dates[1],
    created_by: byAgency ? `officer1@${country.agencyId}` : 'analyst@tidemark',
    created_at: timestampOn(addDays(dates[0], -rng.int(7, 45)), rng.int(8 * 3600, 18 * 3600)),
  };
}

function dailyMetrics(rng: Random, campaign: CampaignRow, scale: number, now: string): CampaignMetricRow[] {
  const rows: CampaignMetricRow[] = [];
  const last = minDate(campaign.end_date, now);
  if (campaign.start_date > last) return rows;
  const length = daysBetween(campaign.start_date, campaign.end_date) + 1;
  for (const date of eachDate(campaign.start_date, last)) {
    const day = daysBetween(campaign.start_date, date);
    const weekend = weekday(date) === 0 || weekday(date) === 6;
    const intensity = (day < 7 ? 1.6 : 1) * (1 - 0.3 * (day / length));
    for (const channel of campaign.channels as Channel[]) {
      if (rng.chance(0.02)) continue; // a day the channel's numbers never arrived
      const p = CHANNEL_PROFILE[channel];
      let base = p.daily;
      if (channel === 'COMMUNITY_EVENTS') base = weekend && rng.chance(0.5) ? 300 : 0;
      if (channel === 'SMS' && day % 14 === 0) base = 20_000;
      if (channel === 'PRINT' && weekend) base *= 0.6;
      const impressions = Math.round(base * scale * intensity * rng.logNormal(1, 0.25));
      const reach = Math.min(impressions, Math.round(impressions * p.reach * rng.float(0.85, 1.05)));
      const contacts = rng.poisson(impressions * p.hotline);
      rows.push({
        campaign_id: campaign.campaign_id,
        metric_date: date,
        channel,
        impressions,
        reach,
        engagements: Math.round(impressions * p.engage * rng.logNormal(1, 0.3)),
        hotline_contacts: contacts,
        reports_to_authorities: rng.binomial(contacts, 0.08),
        updated_at:
          date === now ? timestampOn(now, 23 * 3600) : timestampOn(addDays(date, 1), 2 * 3600 + rng.int(0, 3599)),
      });
    }
  }
  return rows;
}

export function generateCampaigns(
  rng: Random,
  jpas: readonly ActionPeriodRow[],
  now: string,
): { campaigns: CampaignRow[]; metrics: CampaignMetricRow[] } {
  const campaigns: CampaignRow[] = [];
  for (const country of REGION) {
    const count = country.supplierWeight >= 40 ? rng.int(4, 6) : rng.int(3, 4);
    for (let k = 1; k <= count; k++) {
      const id = `cmp-${country.code.toLowerCase()}-${String(k).padStart(2, '0')}`;
      campaigns.push(draftCampaign(rng, country, id, campaignDates(rng, jpas, now)));
    }
  }
  // One campaign running across `now` and one announced for after it, so "active on" and "no metrics yet" exist.
  const th = REGION.find((c) => c.code === 'TH')!;
  campaigns.push(draftCampaign(rng, th, 'cmp-th-90', [addDays(now, -45), addDays(now, 31)]));
  campaigns.push(draftCampaign(rng, th, 'cmp-th-91', [addDays(now, 32), addDays(now, 120)]));
  for (const c of campaigns) if (c.created_at.slice(0, 10) > now) c.created_at = timestampOn(now, 9 * 3600);

  const metrics = campaigns.flatMap((c) => {
    const country = REGION.find((r) => r.code === c.country_code)!;
    return dailyMetrics(rng, c, Math.min(1.6, Math.max(0.3, country.supplierWeight / 50)), now);
  });
  return { campaigns, metrics };
}
