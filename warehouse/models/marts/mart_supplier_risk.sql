-- grain: one row per supplier in the registry: its risk-v1 score at as_of (DESIGN §3). confidence, evidence
-- and base are rounded to 6 decimals for display; score and band come from the unrounded values. override_findings:
-- the findings (id and partner) behind an override, empty without one.
-- incremental: supplier_id
-- tests:
--   unique: supplier_id
--   not_null: supplier_id, as_of, methodology_version, inherent, country_points, sector_points, goods_points
--   not_null: migrant_points, confidence, evidence, base, score, band
--   accepted_values: band -> LOW, MEDIUM, HIGH, SEVERE
--   relationships: supplier_id -> stg_audits__suppliers.supplier_id
--   invariant override_forces_severe: SELECT * FROM mart_supplier_risk WHERE override IS NOT NULL AND band <> 'SEVERE'
--   invariant override_names_its_findings: SELECT * FROM mart_supplier_risk
--     WHERE (override IS NULL) <> (len(override_findings) = 0)
--   invariant band_follows_score: SELECT * FROM mart_supplier_risk WHERE override IS NULL AND band <> CASE
--     WHEN score >= 75 THEN 'SEVERE' WHEN score >= 50 THEN 'HIGH' WHEN score >= 25 THEN 'MEDIUM' ELSE 'LOW' END
--   invariant one_decimal: SELECT * FROM mart_supplier_risk WHERE round(score, 1) <> score
SELECT
  supplier_id,
  as_of,
  methodology_version,
  country_code,
  sector,
  inherent,
  country_points,
  sector_points,
  goods_points,
  migrant_points,
  is_country_data_missing,
  round(confidence, 6) AS confidence,
  round(evidence, 6) AS evidence,
  round(base, 6) AS base,
  score,
  band,
  override,
  override_findings,
  count_evidence_findings,
  latest_audit_id,
  latest_audit_date
FROM int_suppliers_risk_scored
