-- grain: one row per good x country on the ILAB 2021 List of Goods Produced by Child Labor or Forced Labor
-- tests:
--   unique: good, country_code
--   not_null: good, country_code
SELECT
  good,
  lower(good) AS good_key,
  country_code,
  child_labor,
  forced_labor,
  forced_child_labor,
  derived_labor_exploitation
FROM ref_ilab_goods
