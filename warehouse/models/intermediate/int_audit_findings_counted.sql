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
WITH indicators AS (
  -- The ILO indicators these findings name, in order. While grouping, an audit's set of indicators is a bitmask
  -- over this list: a fixed-size state DuckDB spills to disk when the groups outgrow memory, where a list() per
  -- audit cannot be spilled (3M audits ran out of memory). The 11 ILO indicators fit a BIGINT's 63 bits. More
  -- would overflow the shift, so the build stops instead of counting wrong.
  SELECT CASE WHEN len(names) > 63 THEN error('more than 63 distinct ILO indicators: the bitmask cannot hold them')
    ELSE names END AS names
  FROM (
    SELECT coalesce(list(ilo_indicator ORDER BY ilo_indicator), []::VARCHAR[]) AS names
    FROM (SELECT DISTINCT ilo_indicator FROM int_findings_joined WHERE ilo_indicator IS NOT NULL)
  )
),
counted AS (
  SELECT
    f.audit_id,
    f.supplier_id,
    count(*) AS count_findings,
    count(f.ilo_indicator) AS count_forced_labour_findings,
    count(*) FILTER (WHERE f.ilo_indicator IS NOT NULL AND f.severity IN ('S3', 'S4'))
      AS count_s3_s4_forced_labour_findings,
    count(*) FILTER (WHERE f.severity = 'S4') AS count_s4_findings,
    coalesce(bit_or(1::BIGINT << (list_position(i.names, f.ilo_indicator) - 1)), 0) AS indicator_bits
  FROM int_findings_joined f
  CROSS JOIN indicators i
  -- An audit has one supplier: grouping by both keeps every state fixed-size (no any_value over text).
  GROUP BY f.audit_id, f.supplier_id
)
SELECT
  c.audit_id,
  c.supplier_id,
  c.count_findings,
  c.count_forced_labour_findings,
  c.count_s3_s4_forced_labour_findings,
  c.count_s4_findings,
  -- Sorted and distinct, as the list of names is.
  list_filter(i.names, lambda name, n: (c.indicator_bits >> (n - 1)) & 1 = 1) AS ilo_indicators
FROM counted c
CROSS JOIN indicators i
