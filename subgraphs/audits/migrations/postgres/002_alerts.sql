-- PostgreSQL twin of ../002_alerts.sql (docs/alerts.md): the same tables, the same SQL from store/alerts.ts.
-- With a pool of writers, alert_seq values can commit out of order, so a reader at cursor n could see n+1
-- before n commits: 003_alert_seq_order.sql and the reads' settled horizon (store/alert-reads.ts) close that.
CREATE SEQUENCE alert_seq_counter START 1;

CREATE TABLE alerts (
  alert_id VARCHAR PRIMARY KEY,
  alert_seq BIGINT NOT NULL UNIQUE,
  dedupe_key VARCHAR NOT NULL UNIQUE,
  kind VARCHAR NOT NULL,
  partner_org_id VARCHAR,
  supplier_id VARCHAR NOT NULL,
  audit_id VARCHAR,
  finding_id VARCHAR,
  corrective_action_id VARCHAR,
  ilo_indicator VARCHAR,
  due_date DATE,
  build_id VARCHAR,
  raised_at TIMESTAMP NOT NULL
);
CREATE INDEX alerts_by_partner ON alerts (partner_org_id, alert_seq);
CREATE INDEX alerts_by_supplier ON alerts (supplier_id);

CREATE TABLE alert_acknowledgements (
  alert_id VARCHAR NOT NULL,
  subject VARCHAR NOT NULL,
  acknowledged_at TIMESTAMP NOT NULL,
  PRIMARY KEY (alert_id, subject)
);

CREATE TABLE supplier_os_ids (
  os_id VARCHAR PRIMARY KEY,
  supplier_id VARCHAR NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL
);
