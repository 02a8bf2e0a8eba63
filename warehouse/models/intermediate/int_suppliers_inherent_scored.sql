-- grain: one row per supplier in the registry: inherent-risk points (country, sector, goods, migrant) and
-- I = min(inherent.max, their sum) under the scored methodology version
-- incremental: supplier_id
-- tests:
--   unique: supplier_id
--   not_null: supplier_id, country_points, sector_points, goods_points, migrant_points, points_total, inherent
--   invariant inherent_in_range: SELECT * FROM int_suppliers_inherent_scored WHERE inherent NOT BETWEEN 0 AND 10
WITH points AS (
  SELECT
    c.supplier_id,
    c.country_code,
    c.sector,
    CASE
      WHEN c.prevalence_per_1000 IS NOT NULL THEN 1
        + (c.prevalence_per_1000 >= p.prevalence_t1)::INTEGER + (c.prevalence_per_1000 >= p.prevalence_t2)::INTEGER
        + (c.prevalence_per_1000 >= p.prevalence_t3)::INTEGER + (c.prevalence_per_1000 >= p.prevalence_t4)::INTEGER
        + (c.prevalence_per_1000 >= p.prevalence_t5)::INTEGER
      WHEN c.vulnerability_total IS NOT NULL THEN 1
        + (c.vulnerability_total >= p.vulnerability_t1)::INTEGER
        + (c.vulnerability_total >= p.vulnerability_t2)::INTEGER
        + (c.vulnerability_total >= p.vulnerability_t3)::INTEGER
        + (c.vulnerability_total >= p.vulnerability_t4)::INTEGER
        + (c.vulnerability_total >= p.vulnerability_t5)::INTEGER
      ELSE p.country_missing_points
    END::DOUBLE AS country_points,
    c.prevalence_per_1000 IS NULL AND c.vulnerability_total IS NULL AS is_country_data_missing,
    coalesce(sector.value, p.sector_other_points) AS sector_points,
    CASE
      WHEN c.has_forced_labour_good THEN p.goods_forced_points
      WHEN c.has_child_labour_or_derived_good THEN p.goods_child_points
      ELSE 0
    END::DOUBLE AS goods_points,
    CASE WHEN c.migrant_worker_share >= p.migrant_share_threshold THEN p.migrant_points ELSE 0 END::DOUBLE
      AS migrant_points,
    p.inherent_max
  FROM int_suppliers_contextualised c
  CROSS JOIN int_risk_parameters_pivoted p
  LEFT JOIN risk_parameters sector ON sector.version = p.methodology_version AND sector.name = 'sector.' || c.sector
)
SELECT
  supplier_id,
  country_code,
  sector,
  country_points,
  is_country_data_missing,
  sector_points,
  goods_points,
  migrant_points,
  country_points + sector_points + goods_points + migrant_points AS points_total,
  least(inherent_max, country_points + sector_points + goods_points + migrant_points) AS inherent
FROM points
