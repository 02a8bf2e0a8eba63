-- campaigns subgraph: awareness campaigns and their daily metrics per channel.
CREATE SEQUENCE change_seq_counter START 1;

CREATE TABLE campaigns (
  campaign_id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  country_code VARCHAR NOT NULL,            -- ISO 3166-1 alpha-2
  audience VARCHAR NOT NULL,                -- GENERAL_POPULATION | MIGRANT_WORKERS | EMPLOYERS
  channels VARCHAR[] NOT NULL,              -- Channel enum values
  languages VARCHAR[] NOT NULL,             -- BCP 47 tags
  start_date DATE NOT NULL,
  end_date DATE NOT NULL,
  created_by VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  is_deleted BOOLEAN NOT NULL DEFAULT false,
  change_seq BIGINT NOT NULL
);

-- Upserted by (campaign, date, channel): a re-sent day replaces the earlier numbers.
CREATE TABLE campaign_metrics (
  campaign_id VARCHAR NOT NULL,
  metric_date DATE NOT NULL,
  channel VARCHAR NOT NULL,
  impressions BIGINT NOT NULL,
  reach BIGINT NOT NULL,
  engagements BIGINT NOT NULL,
  hotline_contacts BIGINT NOT NULL,
  reports_to_authorities BIGINT NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  is_deleted BOOLEAN NOT NULL DEFAULT false,
  change_seq BIGINT NOT NULL,
  PRIMARY KEY (campaign_id, metric_date, channel)
);
