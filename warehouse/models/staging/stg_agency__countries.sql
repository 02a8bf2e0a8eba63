-- grain: one row per country (ISO alpha-2) registered by the agency subgraph
-- tests:
--   unique: country_code
--   not_null: country_code, country_name
SELECT
  country_code,
  alpha3,
  numeric_code,
  name AS country_name,
  region,
  sub_region
FROM raw_agency__countries
WHERE NOT is_deleted
