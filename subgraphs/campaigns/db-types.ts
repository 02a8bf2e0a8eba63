/** Kysely table types for campaigns.duckdb, mirroring migrations/001_initial.sql column for column. */
import type { ColumnType, Generated, Selectable } from 'kysely';

/** change_seq is always written as `nextval('change_seq_counter')`, never as a literal. */
type ChangeSeq = ColumnType<number, unknown, unknown>;

export interface CampaignTable {
  campaign_id: string;
  name: string;
  country_code: string;
  audience: string;
  channels: string[];
  languages: string[];
  start_date: string;
  end_date: string;
  created_by: string;
  created_at: string;
  is_deleted: Generated<boolean>;
  change_seq: ChangeSeq;
}

export interface CampaignMetricTable {
  campaign_id: string;
  metric_date: string;
  channel: string;
  impressions: number;
  reach: number;
  engagements: number;
  hotline_contacts: number;
  reports_to_authorities: number;
  updated_at: string;
  is_deleted: Generated<boolean>;
  change_seq: ChangeSeq;
}

export interface DB {
  campaigns: CampaignTable;
  campaign_metrics: CampaignMetricTable;
}

export type CampaignRow = Selectable<CampaignTable>;
export type CampaignMetricRow = Selectable<CampaignMetricTable>;

/** The tables the warehouse consumes through the change feed. */
export const CONSUMED_TABLES = ['campaigns', 'campaign_metrics'] as const;
