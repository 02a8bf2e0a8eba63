-- Raw copies of the source tables, one row per primary key (latest change_seq), tombstones kept
-- (is_deleted = true) so a later batch can never resurrect a deleted row; staging filters them out.
-- Columns mirror subgraphs/<source>/migrations; loads select exactly these columns by name, so a column a
-- source adds later is ignored until it is added here. Free text no model reads (finding and corrective
-- action descriptions, the facility match key) is left out: it was a third of the load cost. No PRIMARY KEY
-- constraints: upserts are set-based anti-joins (see load-batch.ts), and an ART index over millions of keys costs
-- more than it saves.

CREATE TABLE IF NOT EXISTS _sync_watermarks (
  source VARCHAR NOT NULL,
  table_name VARCHAR NOT NULL,
  seq BIGINT NOT NULL,                      -- highest change_seq loaded
  synced_at TIMESTAMP NOT NULL,             -- when the last non-empty batch was loaded
  rows BIGINT NOT NULL,                     -- rows received in total over all batches
  PRIMARY KEY (source, table_name)
);

CREATE TABLE IF NOT EXISTS raw_audits__suppliers (
  supplier_id VARCHAR, name VARCHAR, address VARCHAR, country_code VARCHAR, sector VARCHAR, goods VARCHAR[],
  worker_count INTEGER, migrant_worker_share DOUBLE, tier INTEGER,
  created_at TIMESTAMP, updated_at TIMESTAMP, is_deleted BOOLEAN, change_seq BIGINT
);

CREATE TABLE IF NOT EXISTS raw_audits__audits (
  audit_id VARCHAR, supplier_id VARCHAR, partner_org_id VARCHAR, scheme VARCHAR, audit_type VARCHAR,
  announcement VARCHAR, audit_date DATE, workers_interviewed INTEGER, submitted_at TIMESTAMP,
  is_deleted BOOLEAN, change_seq BIGINT
);

CREATE TABLE IF NOT EXISTS raw_audits__findings (
  finding_id VARCHAR, audit_id VARCHAR, ilo_indicator VARCHAR, scheme_severity VARCHAR, severity VARCHAR,
  is_deleted BOOLEAN, change_seq BIGINT
);

CREATE TABLE IF NOT EXISTS raw_audits__corrective_actions (
  corrective_action_id VARCHAR, finding_id VARCHAR, status VARCHAR, due_date DATE,
  closed_date DATE, verified_date DATE, updated_at TIMESTAMP, is_deleted BOOLEAN, change_seq BIGINT
);

CREATE TABLE IF NOT EXISTS raw_agency__countries (
  country_code VARCHAR, alpha3 VARCHAR, numeric_code VARCHAR, name VARCHAR, region VARCHAR, sub_region VARCHAR,
  is_deleted BOOLEAN, change_seq BIGINT
);

CREATE TABLE IF NOT EXISTS raw_agency__action_periods (
  period_id VARCHAR, number INTEGER, label VARCHAR, start_date DATE, end_date DATE, is_deleted BOOLEAN,
  change_seq BIGINT
);

CREATE TABLE IF NOT EXISTS raw_agency__indicator_feeds (
  feed_id VARCHAR, revision INTEGER, agency_id VARCHAR, country_code VARCHAR, period_id VARCHAR,
  source_reliability VARCHAR, information_credibility INTEGER, submitted_by VARCHAR, submitted_at TIMESTAMP,
  note VARCHAR, is_deleted BOOLEAN, change_seq BIGINT
);

CREATE TABLE IF NOT EXISTS raw_agency__indicator_values (
  feed_id VARCHAR, revision INTEGER, indicator VARCHAR, crime_type VARCHAR, exploitation VARCHAR, sex VARCHAR,
  age_group VARCHAR, value DOUBLE, is_deleted BOOLEAN, change_seq BIGINT
);

CREATE TABLE IF NOT EXISTS raw_campaigns__campaigns (
  campaign_id VARCHAR, name VARCHAR, country_code VARCHAR, audience VARCHAR, channels VARCHAR[],
  languages VARCHAR[], start_date DATE, end_date DATE, created_by VARCHAR, created_at TIMESTAMP,
  is_deleted BOOLEAN, change_seq BIGINT
);

CREATE TABLE IF NOT EXISTS raw_campaigns__campaign_metrics (
  campaign_id VARCHAR, metric_date DATE, channel VARCHAR, impressions BIGINT, reach BIGINT, engagements BIGINT,
  hotline_contacts BIGINT, reports_to_authorities BIGINT, updated_at TIMESTAMP, is_deleted BOOLEAN,
  change_seq BIGINT
);
