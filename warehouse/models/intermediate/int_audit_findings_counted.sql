-- grain: one row per audit in int_audits_joined with at least one finding: its finding counts and the ILO
-- indicators it found (sorted, distinct). Counted once per audit here, so the supplier-grained mart_audit_facts
-- reads 1M counts instead of grouping 10M findings whenever one of its suppliers changes.
-- incremental: audit_id
-- tests:
--   unique: audit_id
--   not_null: audit_id, supplier_id, count_findings, count_forced_labour_findings, ilo_indicators
--   invariant counts_nest: SELECT * FROM int_audit_findings_counted
--     WHERE count_s3_s4_forced_labour_findings > count_forced_labour_findings
--     OR count_s4_findings > count_findings OR count_forced_labour_findings > count_findings
--     OR len(ilo_indicators) > count_forced_labour_findings
SELECT
  audit_id,
  any_value(supplier_id) AS supplier_id,
  count(*) AS count_findings,
  count(ilo_indicator) AS count_forced_labour_findings,
  count(*) FILTER (WHERE ilo_indicator IS NOT NULL AND severity IN ('S3', 'S4')) AS count_s3_s4_forced_labour_findings,
  count(*) FILTER (WHERE severity = 'S4') AS count_s4_findings,
  -- list_distinct of a plain list() and then a sort per audit (about ten values each) is much cheaper than
  -- list(DISTINCT … ORDER BY …), which sorts across all groups.
  coalesce(list_sort(list_distinct(list(ilo_indicator) FILTER (WHERE ilo_indicator IS NOT NULL))), []::VARCHAR[])
    AS ilo_indicators
FROM int_findings_joined
GROUP BY audit_id
