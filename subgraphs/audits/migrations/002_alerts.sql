-- Zero-tolerance alerts (docs/alerts.md): an outbox written in the same transaction as its cause. alert_seq
-- is the reader's cursor: one connection writes audits.duckdb, so commit order = seq order. dedupe_key makes
-- every writer idempotent (a retried sweep, a re-sent warehouse build) with ON CONFLICT DO NOTHING.
CREATE SEQUENCE alert_seq_counter START 1;

CREATE TABLE alerts (
  alert_id VARCHAR PRIMARY KEY,
  alert_seq BIGINT NOT NULL UNIQUE,
  dedupe_key VARCHAR NOT NULL UNIQUE,       -- kind and what it is about, e.g. CORRECTIVE_ACTION_OVERDUE:<id>:<due>
  kind VARCHAR NOT NULL,                    -- ZERO_TOLERANCE_FINDING | CORRECTIVE_ACTION_OVERDUE | SUPPLIER_SEVERE
  partner_org_id VARCHAR,                   -- the audit's partner; NULL for SUPPLIER_SEVERE (see alert-scope.ts)
  supplier_id VARCHAR NOT NULL,
  audit_id VARCHAR,
  finding_id VARCHAR,
  corrective_action_id VARCHAR,
  ilo_indicator VARCHAR,
  due_date DATE,
  build_id VARCHAR,                         -- SUPPLIER_SEVERE: the warehouse build that saw the band change
  raised_at TIMESTAMP NOT NULL
);

-- Per-user acknowledgement: (alert, token subject). Acknowledging twice keeps the first time.
CREATE TABLE alert_acknowledgements (
  alert_id VARCHAR NOT NULL,
  subject VARCHAR NOT NULL,
  acknowledged_at TIMESTAMP NOT NULL,
  PRIMARY KEY (alert_id, subject)
);

-- Open Supply Hub identifiers (docs/exports.md): a table of its own, so the suppliers shape that intake and
-- the change feed use stays as it is. One OS ID names one facility and a facility has at most one.
CREATE TABLE supplier_os_ids (
  os_id VARCHAR PRIMARY KEY,
  supplier_id VARCHAR NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL
);
