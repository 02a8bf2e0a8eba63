-- grain: one row per audit finding; tombstoned findings removed
-- tests:
--   unique: finding_id
--   not_null: finding_id, audit_id, severity
--   accepted_values: severity -> S0, S1, S2, S3, S4
SELECT
  finding_id,
  audit_id,
  ilo_indicator,
  scheme_severity,
  severity
FROM raw_audits__findings
WHERE NOT is_deleted
