-- grain: one row per ISO 3166-1 country, with UN M49 region and sub-region
-- tests:
--   unique: country_code
--   not_null: country_code, country_name
SELECT country_code, alpha3, numeric_code, country_name, region, sub_region
FROM ref_countries
