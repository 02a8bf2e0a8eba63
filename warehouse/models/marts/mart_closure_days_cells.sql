-- grain: one row per histogram bin of days to close, over closed corrective actions (closed_on set): per closing
-- month x country x sector x days to close (action_period_id NULL), and per action period x country x sector x
-- days to close (closed_month NULL); rows with sector NULL sum a country's sectors. `actions` closed that many
-- days after their audit. A median does not add up, but histograms do: MEDIAN_DAYS_TO_CLOSE of a group and
-- period is the median of the summed histogram of the period's months (calendar periods are whole months) or of
-- its action period (a date range, from mart_periods). Sorted so that a period reads a few blocks: country bins
-- before sector bins, month bins by month, then action-period bins by period (bins an incremental build changes
-- are rewritten at the end).
-- additive: actions over mart_cap_facts by closed_month, action_period_id, country_code, sector, days_to_close
-- tests:
--   unique: closed_month, action_period_id, country_code, sector, days_to_close
--   not_null: country_code, days_to_close, actions
--   relationships: action_period_id -> mart_periods.period_id
--   invariant one_kind_per_row: SELECT * FROM mart_closure_days_cells
--     WHERE (closed_month IS NULL) = (action_period_id IS NULL)
--   invariant bins_add_up: SELECT * FROM (SELECT count(*) AS n FROM mart_cap_facts WHERE is_closed)
--     WHERE n <> (SELECT sum(actions)
--     FROM mart_closure_days_cells WHERE closed_month IS NOT NULL AND sector IS NOT NULL) OR n <> (SELECT sum(actions)
--     FROM mart_closure_days_cells WHERE closed_month IS NOT NULL AND sector IS NULL)
WITH closed AS (
  SELECT closed_on, date_trunc('month', closed_on)::DATE AS closed_month, country_code, sector, days_to_close
  FROM mart_cap_facts
  WHERE is_closed
),
action_days AS (
  SELECT d.closed_on, ap.period_id AS action_period_id
  FROM (SELECT DISTINCT closed_on FROM closed) d
  JOIN mart_periods ap ON ap.kind = 'ACTION_PERIOD' AND d.closed_on BETWEEN ap.start_date AND ap.end_date
),
month_bins AS (
  SELECT closed_month, NULL::VARCHAR AS action_period_id, country_code, sector, days_to_close,
    count(*)::BIGINT AS actions
  FROM closed
  GROUP BY GROUPING SETS ((closed_month, country_code, sector, days_to_close),
    (closed_month, country_code, days_to_close))
),
action_period_bins AS (
  SELECT NULL::DATE AS closed_month, a.action_period_id, c.country_code, c.sector, c.days_to_close,
    count(*)::BIGINT AS actions
  FROM closed c
  JOIN action_days a USING (closed_on)
  GROUP BY GROUPING SETS ((a.action_period_id, c.country_code, c.sector, c.days_to_close),
    (a.action_period_id, c.country_code, c.days_to_close))
)
SELECT *
FROM (SELECT * FROM month_bins UNION ALL SELECT * FROM action_period_bins)
ORDER BY sector IS NOT NULL, action_period_id NULLS FIRST, closed_month, country_code, sector, days_to_close
