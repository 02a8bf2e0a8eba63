-- grain: one row per audit x ILO indicator found at the same supplier's previous audit (any partner);
-- is_repeated says whether this audit found it again. Repeat-finding rate = avg(is_repeated::INT) over a group.
-- incremental: audit_id
-- (previous_exists names the previous audits' table main.mart_audit_facts: the whole table, also when an
-- incremental build tests only the recomputed audits' rows, whose previous audit may not be among them; an ANTI
-- JOIN, which DuckDB spills to disk, where NOT IN's mark join does not and ran out of memory at 10M audits)
-- tests:
--   unique: audit_id, ilo_indicator
--   not_null: audit_id, supplier_id, previous_audit_id, ilo_indicator, is_repeated, month_id
--   relationships: audit_id -> mart_audit_facts.audit_id
--   invariant previous_exists: SELECT c.* FROM mart_repeat_findings c
--     ANTI JOIN main.mart_audit_facts p ON p.audit_id = c.previous_audit_id WHERE c.previous_audit_id IS NOT NULL
WITH found_before AS (
  SELECT *, unnest(previous_ilo_indicators) AS previous_indicator
  FROM mart_audit_facts
  WHERE previous_audit_id IS NOT NULL
)
SELECT
  audit_id,
  supplier_id,
  partner_org_id,
  country_code,
  sector,
  audit_date,
  month_id,
  quarter_id,
  year_id,
  action_period_id,
  previous_audit_id,
  previous_audit_date,
  previous_partner_org_id,
  previous_indicator AS ilo_indicator,
  list_contains(ilo_indicators, previous_indicator) AS is_repeated
FROM found_before
