-- agency subgraph (PostgreSQL twin of ../001_initial.sql): countries, action periods (calendar periods are derived in code), indicator feeds with
-- every revision kept. change_seq/is_deleted as in every consumed table.
CREATE SEQUENCE change_seq_counter START 1;

CREATE TABLE countries (
  country_code VARCHAR PRIMARY KEY,         -- ISO 3166-1 alpha-2
  alpha3 VARCHAR NOT NULL,
  numeric_code VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  region VARCHAR,                           -- UN M49 region, e.g. Asia
  sub_region VARCHAR,                       -- UN M49 sub-region, e.g. South-eastern Asia
  is_deleted BOOLEAN NOT NULL DEFAULT false,
  change_seq BIGINT NOT NULL
);

-- Joint Periods of Action are data: numbered, six to twelve months, dates as agreed by the partners.
CREATE TABLE action_periods (
  period_id VARCHAR PRIMARY KEY,            -- e.g. JPA5
  number INTEGER NOT NULL UNIQUE,
  label VARCHAR NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE NOT NULL,                   -- inclusive
  is_deleted BOOLEAN NOT NULL DEFAULT false,
  change_seq BIGINT NOT NULL
);

-- One row per revision of a feed. A feed is (agency, period); a correction is revision n+1.
CREATE TABLE indicator_feeds (
  feed_id VARCHAR NOT NULL,                 -- agency_id || ':' || period_id
  revision INTEGER NOT NULL,
  agency_id VARCHAR NOT NULL,
  country_code VARCHAR NOT NULL,
  period_id VARCHAR NOT NULL,               -- JPA5, 2019-07 (month), 2019-Q3, 2019
  source_reliability VARCHAR NOT NULL,      -- Admiralty A..F
  information_credibility INTEGER NOT NULL, -- Admiralty 1..6
  submitted_by VARCHAR NOT NULL,
  submitted_at TIMESTAMP NOT NULL,
  note VARCHAR,
  is_deleted BOOLEAN NOT NULL DEFAULT false,
  change_seq BIGINT NOT NULL,
  PRIMARY KEY (feed_id, revision)
);

-- Breakdown dimensions use 'ALL' for "not broken down", so every cell has a full key.
CREATE TABLE indicator_values (
  feed_id VARCHAR NOT NULL,
  revision INTEGER NOT NULL,
  indicator VARCHAR NOT NULL,               -- INVESTIGATIONS_OPENED, ARRESTS, ...
  crime_type VARCHAR NOT NULL DEFAULT 'ALL',   -- ALL | TRAFFICKING | SMUGGLING
  exploitation VARCHAR NOT NULL DEFAULT 'ALL', -- ALL | LABOUR | SEXUAL | OTHER
  sex VARCHAR NOT NULL DEFAULT 'ALL',          -- ALL | FEMALE | MALE | OTHER | UNKNOWN
  age_group VARCHAR NOT NULL DEFAULT 'ALL',    -- ALL | MINOR | ADULT
  value DOUBLE PRECISION NOT NULL,
  is_deleted BOOLEAN NOT NULL DEFAULT false,
  change_seq BIGINT NOT NULL,
  PRIMARY KEY (feed_id, revision, indicator, crime_type, exploitation, sex, age_group)
);

-- PostgreSQL only: a pool of connections commits in any order, so the change feed cannot trust that a row with
-- a lower change_seq is visible before one with a higher. This trigger gives every written row its seq AFTER
-- the transaction has an id (pg_current_xact_id assigns one), which lets the export wait for exactly the
-- transactions that may still hold a lower seq (lib/postgres/change-feed.ts). It overrides the value the
-- store code sends (nextval there too, so the DuckDB and PostgreSQL stores share their SQL).
CREATE FUNCTION stamp_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_current_xact_id(); NEW.change_seq := nextval('change_seq_counter'); RETURN NEW; END $$;
CREATE TRIGGER countries_change_seq BEFORE INSERT OR UPDATE ON countries FOR EACH ROW EXECUTE FUNCTION stamp_change_seq();
CREATE INDEX countries_by_change_seq ON countries (change_seq);
CREATE TRIGGER action_periods_change_seq BEFORE INSERT OR UPDATE ON action_periods FOR EACH ROW EXECUTE FUNCTION stamp_change_seq();
CREATE INDEX action_periods_by_change_seq ON action_periods (change_seq);
CREATE TRIGGER indicator_feeds_change_seq BEFORE INSERT OR UPDATE ON indicator_feeds FOR EACH ROW EXECUTE FUNCTION stamp_change_seq();
CREATE INDEX indicator_feeds_by_change_seq ON indicator_feeds (change_seq);
CREATE TRIGGER indicator_values_change_seq BEFORE INSERT OR UPDATE ON indicator_values FOR EACH ROW EXECUTE FUNCTION stamp_change_seq();
CREATE INDEX indicator_values_by_change_seq ON indicator_values (change_seq);
