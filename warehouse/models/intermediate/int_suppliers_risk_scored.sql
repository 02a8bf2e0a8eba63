-- grain: one row per supplier in the registry, scored at as_of with unrounded intermediates:
-- E = 1 - exp(sum(ln(1 - c))) over ILO-indicator findings (noisy-OR, from the summed terms),
-- b = context x (I / max) x (1 - discount x C),
-- score = round(100 x (1 - (1 - b)(1 - E)), 1); band from the rounded score unless the S4 override applies;
-- override_findings names the findings behind the override (finding and partner, so a reader can show each
-- viewer only its own), empty without one
-- incremental: supplier_id
-- tests:
--   unique: supplier_id
--   not_null: supplier_id, inherent, confidence, evidence, base, score, band
--   invariant score_in_range: SELECT * FROM int_suppliers_risk_scored WHERE score < 0 OR score > 100
--   invariant context_alone_tops_out_at_70: SELECT * FROM int_suppliers_risk_scored WHERE evidence = 0 AND score > 70
WITH evidence AS (
  -- The noisy-OR from its summed terms (int_supplier_evidence_terms: exact fixed-point sums of -ln(1 - c)).
  SELECT
    supplier_id,
    1 - exp(-(sum(evidence_units)::DOUBLE / 1e15)) AS evidence,
    sum(evidence_units)::DOUBLE / 1e15 AS evidence_log_total,
    sum(evidence_findings)::BIGINT AS count_evidence_findings,
    bool_or(override_finding_id IS NOT NULL) AS has_override,
    -- Sorted by finding id afterwards (structs compare field by field): an ORDER BY inside list() buffers every
    -- group's rows for its own sort, which ran out of memory at 10M audits.
    list_sort(list({'finding_id': override_finding_id, 'partner_org_id': partner_org_id})
      FILTER (WHERE override_finding_id IS NOT NULL)) AS override_findings
  FROM int_supplier_evidence_terms
  GROUP BY supplier_id
),
based AS (
  SELECT
    i.*,
    c.latest_audit_id,
    c.latest_audit_date,
    coalesce(c.confidence, 0) AS confidence,
    coalesce(e.evidence, 0) AS evidence,
    coalesce(e.evidence_log_total, 0) AS evidence_log_total,
    coalesce(e.count_evidence_findings, 0) AS count_evidence_findings,
    p.context_weight * (i.inherent / p.inherent_max) * (1 - p.confidence_discount * coalesce(c.confidence, 0)) AS base,
    coalesce(e.has_override, false) AS has_override,
    coalesce(e.override_findings, []::STRUCT(finding_id VARCHAR, partner_org_id VARCHAR)[]) AS override_findings,
    p.methodology_version, p.band_medium, p.band_high, p.band_severe
  FROM int_suppliers_inherent_scored i
  CROSS JOIN int_risk_parameters_pivoted p
  LEFT JOIN int_suppliers_confidence_scored c USING (supplier_id)
  LEFT JOIN evidence e USING (supplier_id)
),
scored AS (
  SELECT *, round(100 * (1 - (1 - base) * (1 - evidence)), 1) AS score FROM based
)
SELECT
  supplier_id,
  getvariable('as_of') AS as_of,
  methodology_version,
  country_code,
  sector,
  inherent,
  country_points,
  is_country_data_missing,
  sector_points,
  goods_points,
  migrant_points,
  points_total,
  confidence,
  evidence,
  evidence_log_total,
  count_evidence_findings,
  base,
  score,
  CASE
    WHEN has_override OR score >= band_severe THEN 'SEVERE'
    WHEN score >= band_high THEN 'HIGH'
    WHEN score >= band_medium THEN 'MEDIUM'
    ELSE 'LOW'
  END AS band,
  CASE WHEN has_override THEN 'S4_UNVERIFIED_WITHIN_365D' END AS override,
  override_findings,
  latest_audit_id,
  latest_audit_date
FROM scored
