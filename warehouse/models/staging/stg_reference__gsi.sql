-- grain: one row per country in the Global Slavery Index 2023 (Walk Free); blank cells are NULL (unknown)
-- tests:
--   unique: country_code
--   not_null: country_code
SELECT
  country_code,
  country_name,
  prevalence_per_1000,
  vulnerability_total,
  estimated_number,
  government_response_total
FROM ref_gsi
