/**
 * Demo rows: the stores' own Kysely table types (one source of truth, the table contracts in
 * subgraphs/<name>/migrations/*.sql) minus `change_seq` and `is_deleted`, which the seeder sets
 * (`change_seq = nextval('change_seq_counter')`, `is_deleted` by default).
 */
import type { ActionPeriodTable, IndicatorFeedTable, IndicatorValueTable } from '../subgraphs/agency/db-types.js';
import type { AuditTable, CorrectiveActionTable, FindingTable, SupplierTable } from '../subgraphs/audits/db-types.js';
import type { CampaignMetricTable, CampaignTable } from '../subgraphs/campaigns/db-types.js';

type Row<T> = Omit<T, 'change_seq' | 'is_deleted'>;

export type SupplierRow = Row<SupplierTable>;
export type AuditRow = Row<AuditTable>;
export type FindingRow = Row<FindingTable>;
export type CorrectiveActionRow = Row<CorrectiveActionTable>;
export type ActionPeriodRow = Row<ActionPeriodTable>;
export type IndicatorFeedRow = Row<IndicatorFeedTable>;
export type IndicatorValueRow = Row<IndicatorValueTable>;
export type CampaignRow = Row<CampaignTable>;
export type CampaignMetricRow = Row<CampaignMetricTable>;

export interface DemoData {
  audits: {
    suppliers: SupplierRow[];
    audits: AuditRow[];
    findings: FindingRow[];
    corrective_actions: CorrectiveActionRow[];
  };
  agency: {
    action_periods: ActionPeriodRow[];
    indicator_feeds: IndicatorFeedRow[];
    indicator_values: IndicatorValueRow[];
  };
  campaigns: {
    campaigns: CampaignRow[];
    campaign_metrics: CampaignMetricRow[];
  };
}
