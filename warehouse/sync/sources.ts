/**
 * What the warehouse consumes: per source subgraph, its change-feed mutation and the tables it exports with
 * their primary keys (as in subgraphs/<source>/migrations). Raw tables are `raw_<source>__<table>`.
 */
export const SOURCE_NAMES = ['audits', 'agency', 'campaigns'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

export interface SourceTable {
  source: SourceName;
  table: string;
  primaryKey: readonly string[];
}

export const SOURCE_TABLES: readonly SourceTable[] = [
  { source: 'audits', table: 'suppliers', primaryKey: ['supplier_id'] },
  { source: 'audits', table: 'audits', primaryKey: ['audit_id'] },
  { source: 'audits', table: 'findings', primaryKey: ['finding_id'] },
  { source: 'audits', table: 'corrective_actions', primaryKey: ['corrective_action_id'] },
  { source: 'agency', table: 'countries', primaryKey: ['country_code'] },
  { source: 'agency', table: 'action_periods', primaryKey: ['period_id'] },
  { source: 'agency', table: 'indicator_feeds', primaryKey: ['feed_id', 'revision'] },
  {
    source: 'agency',
    table: 'indicator_values',
    primaryKey: ['feed_id', 'revision', 'indicator', 'crime_type', 'exploitation', 'sex', 'age_group'],
  },
  { source: 'campaigns', table: 'campaigns', primaryKey: ['campaign_id'] },
  { source: 'campaigns', table: 'campaign_metrics', primaryKey: ['campaign_id', 'metric_date', 'channel'] },
];

/** `exportAuditsChanges`, `exportAgencyChanges`, `exportCampaignsChanges`. */
export function changeFeedFieldOf(source: SourceName): string {
  return `export${source[0]!.toUpperCase()}${source.slice(1)}Changes`;
}

export function rawTableOf(t: { source: string; table: string }): string {
  return `raw_${t.source}__${t.table}`;
}
