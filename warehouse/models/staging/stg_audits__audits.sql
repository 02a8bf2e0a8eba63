-- grain: one row per audit; tombstoned audits removed
-- tests:
--   unique: audit_id
--   not_null: audit_id, supplier_id, partner_org_id, announcement, audit_date
--   accepted_values: announcement -> ANNOUNCED, SEMI_ANNOUNCED, UNANNOUNCED
SELECT
  audit_id,
  supplier_id,
  partner_org_id,
  scheme,
  audit_type,
  announcement,
  audit_date,
  workers_interviewed,
  submitted_at
FROM raw_audits__audits
WHERE NOT is_deleted
