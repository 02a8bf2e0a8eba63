/**
 * The whole demo data set as plain rows: pure and deterministic. The same seed and `now` give the same rows,
 * byte for byte; each part draws from its own PRNG stream, so reworking one generator leaves the others' rows
 * unchanged.
 */
import { generateAudits } from './audits.js';
import { generateCampaigns } from './campaigns.js';
import { generateFeeds } from './feeds.js';
import { actionPeriods } from './periods.js';
import { Random } from './random.js';
import type { DemoData } from './rows.js';
import { generateSuppliers } from './suppliers.js';

export const DEFAULT_SEED = 42;
/** "Today" in the demo world; every generated date is on or before it. */
export const DEMO_NOW = '2025-12-31';
const DEMO_SUPPLIER_COUNT = 500;

export interface GenerateOptions {
  seed?: number;
  now?: string;
  supplierCount?: number;
}

export function generateDemoData(options: GenerateOptions = {}): DemoData {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? DEMO_NOW;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(now)) throw new Error(`demo: now must be YYYY-MM-DD, got ${now}`);
  const suppliers = generateSuppliers(Random.stream(seed, 'suppliers'), options.supplierCount ?? DEMO_SUPPLIER_COUNT);
  const audits = generateAudits(Random.stream(seed, 'audits'), suppliers.rows, suppliers.profiles, now);
  const periods = actionPeriods();
  const feeds = generateFeeds(Random.stream(seed, 'feeds'), periods, now);
  const campaigns = generateCampaigns(Random.stream(seed, 'campaigns'), periods, now);
  return {
    audits: { suppliers: suppliers.rows, ...audits },
    agency: { action_periods: periods, indicator_feeds: feeds.feeds, indicator_values: feeds.values },
    campaigns: { campaigns: campaigns.campaigns, campaign_metrics: campaigns.metrics },
  };
}
