-- grain: one row per feed cell (feed x indicator x crime type x exploitation x sex x age group) of the LATEST
-- revision of each feed: a correction is a whole new revision and replaces the earlier one (history stays in
-- staging); a tombstoned latest revision lets the previous one count again
-- tests:
--   unique: feed_id, indicator, crime_type, exploitation, sex, age_group
--   not_null: feed_id, revision, agency_id, country_code, period_id, indicator, value
--   not_null: crime_type, exploitation, sex, age_group
--   relationships: period_id -> mart_periods.period_id
WITH latest AS (
  SELECT * FROM stg_agency__indicator_feeds
  QUALIFY row_number() OVER (PARTITION BY feed_id ORDER BY revision DESC) = 1
)
SELECT
  l.feed_id,
  l.revision,
  l.agency_id,
  l.country_code,
  l.period_id,
  p.kind AS period_kind,
  p.start_date AS period_start,
  p.end_date AS period_end,
  p.length_days AS period_length_days,
  v.indicator,
  v.crime_type,
  v.exploitation,
  v.sex,
  v.age_group,
  v.value,
  l.source_reliability,
  l.information_credibility,
  l.submitted_at
FROM latest l
JOIN stg_agency__indicator_values v USING (feed_id, revision)
LEFT JOIN mart_periods p USING (period_id)
