/**
 * Demo rows, column for column as the table contracts in subgraphs/<name>/migrations/NNN_*.sql, minus `change_seq`
 * and `is_deleted` (the seeder sets `change_seq = nextval('change_seq_counter')` and leaves the default).
 */

export interface SupplierRow {
  supplier_id: string;
  name: string;
  address: string;
  country_code: string;
  sector: string;
  goods: string[];
  worker_count: number | null;
  migrant_worker_share: number | null;
  tier: number | null;
  match_key: string;
  created_at: string;
  updated_at: string;
}

export interface AuditRow {
  audit_id: string;
  supplier_id: string;
  partner_org_id: string;
  scheme: string;
  audit_type: string;
  announcement: string;
  audit_date: string;
  workers_interviewed: number;
  submitted_at: string;
}

export interface FindingRow {
  finding_id: string;
  audit_id: string;
  ilo_indicator: string | null;
  scheme_severity: string;
  severity: string;
  description: string;
}

export interface CorrectiveActionRow {
  corrective_action_id: string;
  finding_id: string;
  description: string;
  status: string;
  due_date: string;
  closed_date: string | null;
  verified_date: string | null;
  updated_at: string;
}

export interface CountryRow {
  country_code: string;
  alpha3: string;
  numeric_code: string;
  name: string;
  region: string | null;
  sub_region: string | null;
}

export interface ActionPeriodRow {
  period_id: string;
  number: number;
  label: string;
  start_date: string;
  end_date: string;
}

export interface IndicatorFeedRow {
  feed_id: string;
  revision: number;
  agency_id: string;
  country_code: string;
  period_id: string;
  source_reliability: string;
  information_credibility: number;
  submitted_by: string;
  submitted_at: string;
  note: string | null;
}

export interface IndicatorValueRow {
  feed_id: string;
  revision: number;
  indicator: string;
  crime_type: string;
  exploitation: string;
  sex: string;
  age_group: string;
  value: number;
}

export interface CampaignRow {
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
}

export interface CampaignMetricRow {
  campaign_id: string;
  metric_date: string;
  channel: string;
  impressions: number;
  reach: number;
  engagements: number;
  hotline_contacts: number;
  reports_to_authorities: number;
  updated_at: string;
}

/** The whole data set, grouped by the store file each table lives in; rows in insert order. */
export interface DemoData {
  audits: {
    suppliers: SupplierRow[];
    audits: AuditRow[];
    findings: FindingRow[];
    corrective_actions: CorrectiveActionRow[];
  };
  agency: {
    countries: CountryRow[];
    action_periods: ActionPeriodRow[];
    indicator_feeds: IndicatorFeedRow[];
    indicator_values: IndicatorValueRow[];
  };
  campaigns: {
    campaigns: CampaignRow[];
    campaign_metrics: CampaignMetricRow[];
  };
}
