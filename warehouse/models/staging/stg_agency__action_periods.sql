-- grain: one row per Joint Period of Action
-- tests:
--   unique: period_id
--   unique: period_number
--   not_null: period_id, period_number, start_date, end_date
--   invariant ends_after_start: SELECT * FROM stg_agency__action_periods WHERE end_date < start_date
SELECT
  period_id,
  number AS period_number,
  label,
  start_date,
  end_date
FROM raw_agency__action_periods
WHERE NOT is_deleted
