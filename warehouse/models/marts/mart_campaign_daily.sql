-- grain: one row per campaign x day x channel, with the campaign's country and audience and the day's
-- month, quarter, year and action period ids
-- tests:
--   unique: campaign_id, metric_date, channel
--   not_null: campaign_id, country_code, audience, metric_date, channel, reach, reports_to_authorities, month_id
--   invariant reach_not_above_impressions_sign: SELECT * FROM mart_campaign_daily WHERE reach < 0 OR impressions < 0
--     OR reports_to_authorities < 0 OR hotline_contacts < 0 OR engagements < 0
SELECT
  m.campaign_id,
  c.campaign_name,
  c.country_code,
  c.audience,
  m.metric_date,
  m.channel,
  m.impressions,
  m.reach,
  m.engagements,
  m.hotline_contacts,
  m.reports_to_authorities,
  d.month_id,
  d.quarter_id,
  d.year_id,
  d.action_period_id
FROM stg_campaigns__campaign_metrics m
JOIN stg_campaigns__campaigns c USING (campaign_id)
LEFT JOIN int_calendar_days_mapped d ON d.day = m.metric_date
