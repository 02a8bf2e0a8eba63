-- grain: one row per supplier (facility) in the shared registry; tombstoned suppliers removed
-- tests:
--   unique: supplier_id
--   not_null: supplier_id, supplier_name, country_code, sector, goods
--   invariant migrant_share_is_a_share: SELECT * FROM stg_audits__suppliers
--     WHERE migrant_worker_share NOT BETWEEN 0 AND 1
SELECT
  supplier_id,
  name AS supplier_name,
  address,
  country_code,
  sector,
  goods,
  worker_count,
  migrant_worker_share,
  tier,
  created_at,
  updated_at
FROM raw_audits__suppliers
WHERE NOT is_deleted
