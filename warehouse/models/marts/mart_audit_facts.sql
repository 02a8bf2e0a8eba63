-- grain: one row per audit of a supplier in the registry: who, where, when (with its month, quarter, year and
-- action period ids), finding counts, whether it found an S3/S4 forced-labour (ILO-indicator) finding, the ILO
-- indicators it found, and the supplier's previous audit (any partner) with the indicators found there
-- incremental: audit_id
-- window: int_audits_joined partition by supplier_id order by audit_date, submitted_at, audit_id
--     with previous previous_audit_id
-- (previous_exists names the previous audits' table main.mart_audit_facts: the whole table, also when an
-- incremental build tests only the recomputed audits' rows, whose previous audit may not be among them; an ANTI
-- JOIN, which DuckDB spills to disk, where NOT IN's mark join does not and ran out of memory at 10M audits)
-- tests:
--   unique: audit_id
--   not_null: audit_id, supplier_id, partner_org_id, country_code, sector, audit_date, month_id, quarter_id, year_id
--   not_null: count_findings, has_s3_s4_forced_labour_finding, is_first_audit_of_supplier, ilo_indicators
--   invariant previous_exists: SELECT c.* FROM mart_audit_facts c
--     ANTI JOIN main.mart_audit_facts p ON p.audit_id = c.previous_audit_id WHERE c.previous_audit_id IS NOT NULL
--   relationships: action_period_id -> mart_periods.period_id
--   invariant counts_nest: SELECT * FROM mart_audit_facts
--     WHERE count_s3_s4_forced_labour_findings > count_forced_labour_findings
--     OR count_forced_labour_findings > count_findings OR len(ilo_indicators) > count_forced_labour_findings
--   invariant previous_is_earlier: SELECT * FROM mart_audit_facts WHERE previous_audit_date > audit_date
WITH facts AS (
  SELECT
    a.audit_id,
    a.supplier_id,
    a.partner_org_id,
    a.country_code,
    a.sector,
    a.scheme,
    a.audit_type,
    a.announcement,
    a.audit_date,
    a.workers_interviewed,
    a.submitted_at,
    d.month_id,
    d.quarter_id,
    d.year_id,
    d.action_period_id,
    coalesce(f.count_findings, 0) AS count_findings,
    coalesce(f.count_forced_labour_findings, 0) AS count_forced_labour_findings,
    coalesce(f.count_s3_s4_forced_labour_findings, 0) AS count_s3_s4_forced_labour_findings,
    coalesce(f.count_s4_findings, 0) AS count_s4_findings,
    coalesce(f.count_s3_s4_forced_labour_findings, 0) > 0 AS has_s3_s4_forced_labour_finding,
    coalesce(f.ilo_indicators, []::VARCHAR[]) AS ilo_indicators
  FROM int_audits_joined a
  LEFT JOIN int_audit_findings_counted f USING (audit_id)
  LEFT JOIN int_calendar_days_mapped d ON d.day = a.audit_date
)
SELECT
  *,
  lag(audit_id) OVER supplier_audits AS previous_audit_id,
  lag(audit_date) OVER supplier_audits AS previous_audit_date,
  lag(partner_org_id) OVER supplier_audits AS previous_partner_org_id,
  lag(ilo_indicators) OVER supplier_audits AS previous_ilo_indicators,
  lag(audit_id) OVER supplier_audits IS NULL AS is_first_audit_of_supplier
FROM facts
WINDOW supplier_audits AS (PARTITION BY supplier_id ORDER BY audit_date, submitted_at, audit_id)
