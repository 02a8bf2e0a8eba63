-- grain: one row per supplier with at least one audit dated on or before as_of: confidence C from its most
-- recent such audit (credibility x 0.5^(age days / half-life)); same-day audits: the most credible one counts
-- incremental: supplier_id
-- tests:
--   unique: supplier_id
--   not_null: supplier_id, latest_audit_id, latest_audit_date, age_days, confidence
--   invariant confidence_in_range: SELECT * FROM int_suppliers_confidence_scored WHERE confidence NOT BETWEEN 0 AND 1
--   invariant not_in_future: SELECT * FROM int_suppliers_confidence_scored
--     WHERE latest_audit_date > getvariable('as_of')
WITH candidates AS (
  SELECT
    a.supplier_id,
    a.audit_id,
    a.audit_date,
    a.announcement,
    CASE a.announcement
      WHEN 'UNANNOUNCED' THEN p.credibility_unannounced WHEN 'SEMI_ANNOUNCED' THEN p.credibility_semi_announced
      WHEN 'ANNOUNCED' THEN p.credibility_announced
    END AS credibility
  FROM int_audits_joined a
  CROSS JOIN int_risk_parameters_pivoted p
  WHERE a.audit_date <= getvariable('as_of')
),
-- Per supplier the latest audit. Of those on the same date the most credible, then the lowest audit id: the least
-- key (date descending, credibility descending, id ascending) as one aggregate, where a window would sort every
-- audit (5x the time at 1M audits).
latest AS (
  SELECT supplier_id, arg_min(c, (DATE '9999-12-31' - c.audit_date, -c.credibility, c.audit_id)) AS l
  FROM candidates c
  GROUP BY supplier_id
)
SELECT
  supplier_id,
  l.audit_id AS latest_audit_id,
  l.audit_date AS latest_audit_date,
  l.announcement AS latest_announcement,
  getvariable('as_of') - l.audit_date AS age_days,
  l.credibility * power(0.5, (getvariable('as_of') - l.audit_date) / p.half_life_days) AS confidence
FROM latest
CROSS JOIN int_risk_parameters_pivoted p
