-- grain: one row per supplier x inherent-risk driver with points > 0 at as_of (COUNTRY or COUNTRY_DATA_MISSING,
-- SECTOR, GOODS, MIGRANT): the inherent part of the score, 100·b, split over the points in proportion. The one
-- definition both driver marts read (the per-finding drivers and the totals per partner and ILO indicator).
-- materialized: view
-- tests:
--   not_null: supplier_id, driver_kind, points, contribution
--   accepted_values: driver_kind -> COUNTRY, COUNTRY_DATA_MISSING, SECTOR, GOODS, MIGRANT
WITH scored AS (
  SELECT * FROM int_suppliers_risk_scored
),
inherent AS (
  SELECT supplier_id, CASE WHEN is_country_data_missing THEN 'COUNTRY_DATA_MISSING' ELSE 'COUNTRY' END AS driver_kind,
    country_points AS points, base, points_total FROM scored
  UNION ALL SELECT supplier_id, 'SECTOR', sector_points, base, points_total FROM scored
  UNION ALL SELECT supplier_id, 'GOODS', goods_points, base, points_total FROM scored
  UNION ALL SELECT supplier_id, 'MIGRANT', migrant_points, base, points_total FROM scored
)
SELECT supplier_id, driver_kind, points, 100 * base * points / points_total AS contribution
FROM inherent
WHERE points > 0
