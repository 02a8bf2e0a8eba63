-- grain: one row per feed revision x indicator x breakdown cell (crime type, exploitation, sex, age group)
-- tests:
--   unique: feed_id, revision, indicator, crime_type, exploitation, sex, age_group
--   not_null: feed_id, revision, indicator, value
SELECT
  feed_id,
  revision,
  indicator,
  crime_type,
  exploitation,
  sex,
  age_group,
  value
FROM raw_agency__indicator_values
WHERE NOT is_deleted
