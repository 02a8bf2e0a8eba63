-- grain: one row per revision of an indicator feed (agency x period); tombstoned revisions removed
-- tests:
--   unique: feed_id, revision
--   not_null: feed_id, revision, agency_id, country_code, period_id
SELECT
  feed_id,
  revision,
  agency_id,
  country_code,
  period_id,
  source_reliability,
  information_credibility,
  submitted_by,
  submitted_at
FROM raw_agency__indicator_feeds
WHERE NOT is_deleted
