-- grain: one row per period x country (country_code NULL: all countries) with corrective actions closed in the
-- period: MEDIAN_DAYS_TO_CLOSE worked out from the country bins of mart_closure_days_cells, for the shapes most
-- asked (per country, or unfiltered), so those need no histogram at query time. Periods of every kind, as in
-- mart_closure_days_cells: calendar periods from the closing month, action periods from their own bins.
-- tests:
--   unique: period_id, country_code
--   not_null: period_id, median_days, actions
--   relationships: period_id -> mart_periods.period_id
WITH bins AS (
  SELECT closed_month, action_period_id, country_code, days_to_close, actions
  FROM mart_closure_days_cells
  WHERE sector IS NULL
),
period_bins AS (
  SELECT strftime(closed_month, '%Y-%m') AS period_id, country_code, days_to_close, actions
  FROM bins WHERE closed_month IS NOT NULL
  UNION ALL
  SELECT year(closed_month) || '-Q' || quarter(closed_month), country_code, days_to_close, actions
  FROM bins WHERE closed_month IS NOT NULL
  UNION ALL
  SELECT year(closed_month)::VARCHAR, country_code, days_to_close, actions FROM bins WHERE closed_month IS NOT NULL
  UNION ALL
  SELECT action_period_id, country_code, days_to_close, actions FROM bins WHERE action_period_id IS NOT NULL
),
histograms AS (
  SELECT period_id, country_code, days_to_close AS days, sum(actions)::BIGINT AS n
  FROM period_bins
  WHERE period_id IN (SELECT period_id FROM mart_periods)
  GROUP BY GROUPING SETS ((period_id, country_code, days_to_close), (period_id, days_to_close))
),
running AS (
  SELECT *,
    sum(n) OVER (PARTITION BY period_id, country_code ORDER BY days
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto,
    sum(n) OVER (PARTITION BY period_id, country_code) AS total
  FROM histograms
)
-- The mean of the values at the two middle positions (one when the count is odd), as median() gives.
SELECT
  period_id,
  country_code,
  (min(days) FILTER (WHERE upto > (total - 1) // 2) + min(days) FILTER (WHERE upto > total // 2)) / 2 AS median_days,
  any_value(total)::BIGINT AS actions
FROM running
GROUP BY period_id, country_code
ORDER BY period_id, country_code NULLS FIRST
