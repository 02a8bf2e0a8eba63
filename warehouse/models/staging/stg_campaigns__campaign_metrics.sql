-- grain: one row per campaign x day x channel
-- tests:
--   unique: campaign_id, metric_date, channel
--   not_null: campaign_id, metric_date, channel
SELECT
  campaign_id,
  metric_date,
  channel,
  impressions,
  reach,
  engagements,
  hotline_contacts,
  reports_to_authorities,
  updated_at
FROM raw_campaigns__campaign_metrics
WHERE NOT is_deleted
