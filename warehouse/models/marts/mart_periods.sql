-- grain: one row per reporting period: the agency's action periods (data) plus derived calendar months,
-- quarters and years 2000–2049 (the years subgraphs/agency/periods.ts accepts); ids as the graph uses them
-- (JPA5, 2019-07, 2019-Q3, 2019); end_date inclusive
-- tests:
--   unique: period_id
--   not_null: period_id, kind, label, start_date, end_date, length_days
--   accepted_values: kind -> ACTION_PERIOD, MONTH, QUARTER, YEAR
--   invariant length_matches_dates: SELECT * FROM mart_periods
--     WHERE length_days <> end_date - start_date + 1 OR length_days < 1
--   invariant action_periods_do_not_overlap: SELECT a.period_id, b.period_id FROM mart_periods a JOIN mart_periods b
--     ON a.kind = 'ACTION_PERIOD' AND b.kind = 'ACTION_PERIOD' AND a.period_id < b.period_id
--     AND a.start_date <= b.end_date AND b.start_date <= a.end_date
WITH months AS (
  SELECT d::DATE AS start_date FROM range(DATE '2000-01-01', DATE '2050-01-01', INTERVAL 1 MONTH) AS t(d)
),
calendar AS (
  SELECT strftime(start_date, '%Y-%m') AS period_id, 'MONTH' AS kind, strftime(start_date, '%B %Y') AS label,
    start_date, (start_date + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE AS end_date, NULL::INTEGER AS period_number
  FROM months
  UNION ALL
  SELECT year(start_date) || '-Q' || quarter(start_date), 'QUARTER',
    'Q' || quarter(start_date) || ' ' || year(start_date),
    start_date, (start_date + INTERVAL 3 MONTH - INTERVAL 1 DAY)::DATE, NULL
  FROM months WHERE month(start_date) IN (1, 4, 7, 10)
  UNION ALL
  SELECT year(start_date)::VARCHAR, 'YEAR', year(start_date)::VARCHAR,
    start_date, (start_date + INTERVAL 1 YEAR - INTERVAL 1 DAY)::DATE, NULL
  FROM months WHERE month(start_date) = 1
),
periods AS (
  SELECT * FROM calendar
  UNION ALL
  SELECT period_id, 'ACTION_PERIOD', label, start_date, end_date, period_number FROM stg_agency__action_periods
)
SELECT
  period_id,
  kind,
  label,
  start_date,
  end_date,
  end_date - start_date + 1 AS length_days,
  period_number,
  lag(period_id) OVER (PARTITION BY kind ORDER BY coalesce(period_number, 0), start_date) AS previous_period_id
FROM periods
