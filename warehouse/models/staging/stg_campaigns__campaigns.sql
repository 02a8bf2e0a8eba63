-- grain: one row per awareness campaign
-- tests:
--   unique: campaign_id
--   not_null: campaign_id, country_code, audience, start_date, end_date
SELECT
  campaign_id,
  name AS campaign_name,
  country_code,
  audience,
  channels,
  languages,
  start_date,
  end_date,
  created_by,
  created_at
FROM raw_campaigns__campaigns
WHERE NOT is_deleted
