-- grain: one row per audit of a supplier in the registry, with the supplier's country and sector
-- incremental: audit_id
-- tests:
--   unique: audit_id
--   not_null: audit_id, supplier_id, partner_org_id, audit_date, announcement, country_code, sector
--   relationships: supplier_id -> stg_audits__suppliers.supplier_id
SELECT
  a.audit_id,
  a.supplier_id,
  a.partner_org_id,
  a.scheme,
  a.audit_type,
  a.announcement,
  a.audit_date,
  a.workers_interviewed,
  a.submitted_at,
  s.country_code,
  s.sector
FROM stg_audits__audits a
JOIN stg_audits__suppliers s USING (supplier_id)
