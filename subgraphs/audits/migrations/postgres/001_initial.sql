-- audits subgraph (PostgreSQL twin of ../001_initial.sql): suppliers (the shared facility registry), audits, findings, corrective actions.
-- Every table the warehouse consumes carries change_seq (from one sequence, assigned on insert and on every
-- update) and is_deleted (tombstones instead of deletes). Commit order need not follow seq order here (see below).
CREATE SEQUENCE change_seq_counter START 1;

CREATE TABLE suppliers (
  supplier_id VARCHAR PRIMARY KEY,
  name VARCHAR NOT NULL,
  address VARCHAR NOT NULL,
  country_code VARCHAR NOT NULL,            -- ISO 3166-1 alpha-2
  sector VARCHAR NOT NULL,                  -- Sector enum
  goods VARCHAR[] NOT NULL,                 -- names as on the ILAB list
  worker_count INTEGER,
  migrant_worker_share DOUBLE PRECISION,              -- 0..1
  tier INTEGER,                             -- 1 = direct supplier
  match_key VARCHAR NOT NULL,               -- normalised name|address|country for facility matching
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  is_deleted BOOLEAN NOT NULL DEFAULT false,
  change_seq BIGINT NOT NULL
);
CREATE INDEX suppliers_match_key ON suppliers (match_key);

CREATE TABLE audits (
  audit_id VARCHAR PRIMARY KEY,
  supplier_id VARCHAR NOT NULL,
  partner_org_id VARCHAR NOT NULL,          -- the submitting business partner
  scheme VARCHAR NOT NULL,                  -- SMETA | AMFORI_BSCI | RBA_VAP | SA8000 | INTERNAL | OTHER
  audit_type VARCHAR NOT NULL,              -- INITIAL | PERIODIC | FOLLOW_UP | CLOSURE
  announcement VARCHAR NOT NULL,            -- ANNOUNCED | SEMI_ANNOUNCED | UNANNOUNCED
  audit_date DATE NOT NULL,
  workers_interviewed INTEGER NOT NULL,
  submitted_at TIMESTAMP NOT NULL,
  is_deleted BOOLEAN NOT NULL DEFAULT false,
  change_seq BIGINT NOT NULL
);

CREATE TABLE findings (
  finding_id VARCHAR PRIMARY KEY,
  audit_id VARCHAR NOT NULL,
  ilo_indicator VARCHAR,                    -- one of the 11 ILO forced-labour indicators, or NULL
  scheme_severity VARCHAR NOT NULL,         -- the scheme's own grading, kept verbatim
  severity VARCHAR NOT NULL,                -- normalised S0..S4
  description VARCHAR NOT NULL,
  is_deleted BOOLEAN NOT NULL DEFAULT false,
  change_seq BIGINT NOT NULL
);

CREATE TABLE corrective_actions (
  corrective_action_id VARCHAR PRIMARY KEY,
  finding_id VARCHAR NOT NULL,
  description VARCHAR NOT NULL,
  status VARCHAR NOT NULL,                  -- OPEN | IN_PROGRESS | CLOSED | VERIFIED
  due_date DATE NOT NULL,
  closed_date DATE,
  verified_date DATE,
  updated_at TIMESTAMP NOT NULL,
  is_deleted BOOLEAN NOT NULL DEFAULT false,
  change_seq BIGINT NOT NULL
);

-- Idempotency: (partner, key) → the hash of the request body and the audit it created.
CREATE TABLE idempotency_keys (
  partner_org_id VARCHAR NOT NULL,
  idempotency_key VARCHAR NOT NULL,
  request_hash VARCHAR NOT NULL,
  audit_id VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (partner_org_id, idempotency_key)
);

-- PostgreSQL only: a pool of connections commits in any order, so the change feed cannot trust that a row with
-- a lower change_seq is visible before one with a higher. This trigger gives every written row its seq AFTER
-- the transaction has an id (pg_current_xact_id assigns one), which lets the export wait for exactly the
-- transactions that may still hold a lower seq (lib/postgres/change-feed.ts). It overrides the value the
-- store code sends (nextval there too, so the DuckDB and PostgreSQL stores share their SQL).
CREATE FUNCTION stamp_change_seq() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_current_xact_id(); NEW.change_seq := nextval('change_seq_counter'); RETURN NEW; END $$;
CREATE TRIGGER suppliers_change_seq BEFORE INSERT OR UPDATE ON suppliers FOR EACH ROW EXECUTE FUNCTION stamp_change_seq();
CREATE INDEX suppliers_by_change_seq ON suppliers (change_seq);
CREATE TRIGGER audits_change_seq BEFORE INSERT OR UPDATE ON audits FOR EACH ROW EXECUTE FUNCTION stamp_change_seq();
CREATE INDEX audits_by_change_seq ON audits (change_seq);
CREATE TRIGGER findings_change_seq BEFORE INSERT OR UPDATE ON findings FOR EACH ROW EXECUTE FUNCTION stamp_change_seq();
CREATE INDEX findings_by_change_seq ON findings (change_seq);
CREATE TRIGGER corrective_actions_change_seq BEFORE INSERT OR UPDATE ON corrective_actions FOR EACH ROW EXECUTE FUNCTION stamp_change_seq();
CREATE INDEX corrective_actions_by_change_seq ON corrective_actions (change_seq);

-- Lookups DuckDB answers by scanning (its zone maps) need indexes on PostgreSQL.
CREATE INDEX audits_by_supplier ON audits (supplier_id);
CREATE INDEX audits_by_date ON audits (audit_date, audit_id);
CREATE INDEX findings_by_audit ON findings (audit_id);
CREATE INDEX corrective_actions_by_finding ON corrective_actions (finding_id);
