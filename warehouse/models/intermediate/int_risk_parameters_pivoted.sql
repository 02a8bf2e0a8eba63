-- grain: exactly one row: the parameters of the methodology version being scored (risk_version), one column
-- each, so scoring millions of findings reads constants instead of joining parameters by name; only the
-- per-sector points (one lookup per supplier) join risk_parameters
-- tests:
--   not_null: methodology_version, prevalence_t1, prevalence_t5, vulnerability_t1, vulnerability_t5
--   not_null: country_missing_points, sector_other_points, goods_forced_points, goods_child_points
--   not_null: migrant_share_threshold, migrant_points, inherent_max, half_life_days, max_strength
--   not_null: context_weight, confidence_discount, band_medium, band_high, band_severe, s4_window_days
--   not_null: weight_s0, weight_s1, weight_s2, weight_s3, weight_s4, remediation_verified, remediation_closed
--   not_null: remediation_open, remediation_overdue, credibility_unannounced, credibility_semi_announced,
--     credibility_announced
--   invariant exactly_one_row: SELECT count(*) AS n FROM int_risk_parameters_pivoted HAVING count(*) <> 1
--   invariant strength_bounded: SELECT * FROM int_risk_parameters_pivoted WHERE NOT (max_strength BETWEEN 0 AND 0.95)
--     OR least(weight_s0, weight_s1, weight_s2, weight_s3, weight_s4) < 0 OR half_life_days <= 0
--     OR least(remediation_verified, remediation_closed, remediation_open, remediation_overdue) < 0
WITH p AS (
  SELECT name, value FROM risk_parameters WHERE version = getvariable('risk_version')
)
SELECT
  getvariable('risk_version') AS methodology_version,
  max(value) FILTER (WHERE name = 'country.prevalence_threshold_1') AS prevalence_t1,
  max(value) FILTER (WHERE name = 'country.prevalence_threshold_2') AS prevalence_t2,
  max(value) FILTER (WHERE name = 'country.prevalence_threshold_3') AS prevalence_t3,
  max(value) FILTER (WHERE name = 'country.prevalence_threshold_4') AS prevalence_t4,
  max(value) FILTER (WHERE name = 'country.prevalence_threshold_5') AS prevalence_t5,
  max(value) FILTER (WHERE name = 'country.vulnerability_threshold_1') AS vulnerability_t1,
  max(value) FILTER (WHERE name = 'country.vulnerability_threshold_2') AS vulnerability_t2,
  max(value) FILTER (WHERE name = 'country.vulnerability_threshold_3') AS vulnerability_t3,
  max(value) FILTER (WHERE name = 'country.vulnerability_threshold_4') AS vulnerability_t4,
  max(value) FILTER (WHERE name = 'country.vulnerability_threshold_5') AS vulnerability_t5,
  max(value) FILTER (WHERE name = 'country.missing_points') AS country_missing_points,
  max(value) FILTER (WHERE name = 'sector.OTHER') AS sector_other_points,
  max(value) FILTER (WHERE name = 'goods.forced_labour_points') AS goods_forced_points,
  max(value) FILTER (WHERE name = 'goods.child_labour_or_derived_points') AS goods_child_points,
  max(value) FILTER (WHERE name = 'migrant.share_threshold') AS migrant_share_threshold,
  max(value) FILTER (WHERE name = 'migrant.points') AS migrant_points,
  max(value) FILTER (WHERE name = 'inherent.max') AS inherent_max,
  max(value) FILTER (WHERE name = 'decay.half_life_days') AS half_life_days,
  max(value) FILTER (WHERE name = 'evidence.max_strength') AS max_strength,
  max(value) FILTER (WHERE name = 'base.context_weight') AS context_weight,
  max(value) FILTER (WHERE name = 'base.confidence_discount') AS confidence_discount,
  max(value) FILTER (WHERE name = 'band.MEDIUM') AS band_medium,
  max(value) FILTER (WHERE name = 'band.HIGH') AS band_high,
  max(value) FILTER (WHERE name = 'band.SEVERE') AS band_severe,
  max(value) FILTER (WHERE name = 'override.s4_window_days') AS s4_window_days,
  max(value) FILTER (WHERE name = 'evidence.severity_weight.S0') AS weight_s0,
  max(value) FILTER (WHERE name = 'evidence.severity_weight.S1') AS weight_s1,
  max(value) FILTER (WHERE name = 'evidence.severity_weight.S2') AS weight_s2,
  max(value) FILTER (WHERE name = 'evidence.severity_weight.S3') AS weight_s3,
  max(value) FILTER (WHERE name = 'evidence.severity_weight.S4') AS weight_s4,
  max(value) FILTER (WHERE name = 'evidence.remediation.VERIFIED') AS remediation_verified,
  max(value) FILTER (WHERE name = 'evidence.remediation.CLOSED') AS remediation_closed,
  max(value) FILTER (WHERE name = 'evidence.remediation.OPEN') AS remediation_open,
  max(value) FILTER (WHERE name = 'evidence.remediation.OVERDUE') AS remediation_overdue,
  max(value) FILTER (WHERE name = 'confidence.credibility.UNANNOUNCED') AS credibility_unannounced,
  max(value) FILTER (WHERE name = 'confidence.credibility.SEMI_ANNOUNCED') AS credibility_semi_announced,
  max(value) FILTER (WHERE name = 'confidence.credibility.ANNOUNCED') AS credibility_announced
FROM p
