-- grain: one row per calendar day 1990-01-01 to 2060-12-31, with the ids of the month, quarter, year and action
-- period it falls in. Facts join it on their date (an equi-join on a small table) instead of formatting dates
-- and range-joining action periods row by row; a date outside the range shows up as NULL ids and fails tests.
-- tests:
--   unique: day
--   not_null: day, month_id, quarter_id, year_id
--   relationships: action_period_id -> stg_agency__action_periods.period_id
SELECT
  d.day,
  strftime(d.day, '%Y-%m') AS month_id,
  year(d.day) || '-Q' || quarter(d.day) AS quarter_id,
  year(d.day)::VARCHAR AS year_id,
  ap.period_id AS action_period_id
FROM (SELECT t.day::DATE AS day FROM range(DATE '1990-01-01', DATE '2061-01-01', INTERVAL 1 DAY) AS t(day)) d
LEFT JOIN stg_agency__action_periods ap ON d.day BETWEEN ap.start_date AND ap.end_date
