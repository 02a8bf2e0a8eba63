-- campaigns subgraph (PostgreSQL twin of ../001_initial.sql): awareness campaigns and their daily metrics per channel.
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

-- PostgreSQL only: a pool of connections commits in any order, so the change feed cannot trust that a row with
-- a lower change_seq is visible before one with a higher. This trigger gives every written row its seq AFTER
-- the transaction has an id (pg_current_xact_id assigns one), which lets the export wait for exactly the
-- transactions that may still hold a lower seq (lib/postgres/change-feed.ts). It overrides the value the
-- store code sends (nextval there too, so the DuckDB and PostgreSQL stores share their SQL).
CREATE FUNCTION stamp_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_current_xact_id(); NEW.change_seq := nextval('change_seq_counter'); RETURN NEW; END $$;
CREATE TRIGGER campaigns_change_seq BEFORE INSERT OR UPDATE ON campaigns FOR EACH ROW EXECUTE FUNCTION stamp_change_seq();
CREATE INDEX campaigns_by_change_seq ON campaigns (change_seq);
CREATE TRIGGER campaign_metrics_change_seq BEFORE INSERT OR UPDATE ON campaign_metrics FOR EACH ROW EXECUTE FUNCTION stamp_change_seq();
CREATE INDEX campaign_metrics_by_change_seq ON campaign_metrics (change_seq);
