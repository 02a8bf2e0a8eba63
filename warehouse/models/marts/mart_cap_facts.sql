-- grain: one row per corrective action on a finding in int_findings_joined. closed_on is the date it was
-- closed (closed_date, else verified_date: a verified action is closed); days_to_close counts from the audit
-- date; is_closed_by_due compares closed_on with the due date. Due-date period ids for "due in period".
-- incremental: audit_id
-- tests:
--   unique: corrective_action_id
--   not_null: corrective_action_id, finding_id, audit_id, supplier_id, partner_org_id, status, due_date
--   not_null: is_closed, is_closed_by_due, due_month_id, due_quarter_id, due_year_id
--   relationships: audit_id -> mart_audit_facts.audit_id
--   invariant closed_has_days: SELECT * FROM mart_cap_facts WHERE is_closed <> (days_to_close IS NOT NULL)
SELECT
  f.corrective_action_id,
  f.finding_id,
  f.audit_id,
  f.supplier_id,
  f.partner_org_id,
  a.country_code,
  a.sector,
  f.audit_date,
  f.ilo_indicator,
  f.severity,
  f.corrective_action_status AS status,
  f.due_date,
  f.closed_date,
  f.verified_date,
  coalesce(f.closed_date, f.verified_date) AS closed_on,
  coalesce(f.closed_date, f.verified_date) IS NOT NULL AS is_closed,
  coalesce(f.closed_date, f.verified_date) - f.audit_date AS days_to_close,
  coalesce(coalesce(f.closed_date, f.verified_date) <= f.due_date, false) AS is_closed_by_due,
  d.month_id AS due_month_id,
  d.quarter_id AS due_quarter_id,
  d.year_id AS due_year_id,
  d.action_period_id AS due_action_period_id
FROM int_findings_joined f
JOIN int_audits_joined a USING (audit_id)
LEFT JOIN int_calendar_days_mapped d ON d.day = f.due_date
WHERE f.corrective_action_id IS NOT NULL
