-- grain: one row per supplier with at least one audit dated on or before as_of: confidence C from its most
-- recent such audit (credibility x 0.5^(age days / half-life)); same-day audits: the most credible one counts
-- incremental: supplier_id
-- tests:
--   unique: supplier_id
--   not_null: supplier_id, latest_audit_id, latest_audit_date, age_days, confidence
--   invariant confidence_in_range: SELECT * FROM int_suppliers_confidence_scored WHERE confidence NOT BETWEEN 0 AND 1
--   invariant not_in_future: SELECT * FROM int_suppliers_confidence_scored
--     WHERE latest_audit_date > getvariable('as_of')
SELECT
  a.supplier_id,
  a.audit_id AS latest_audit_id,
  a.audit_date AS latest_audit_date,
  a.announcement AS latest_announcement,
  getvariable('as_of') - a.audit_date AS age_days,
  a.credibility * power(0.5, (getvariable('as_of') - a.audit_date) / p.half_life_days) AS confidence
FROM (
  SELECT
    a.*,
    CASE a.announcement
      WHEN 'UNANNOUNCED' THEN p.credibility_unannounced WHEN 'SEMI_ANNOUNCED' THEN p.credibility_semi_announced
      WHEN 'ANNOUNCED' THEN p.credibility_announced
    END AS credibility
  FROM int_audits_joined a
  CROSS JOIN int_risk_parameters_pivoted p
  WHERE a.audit_date <= getvariable('as_of')
) a
CROSS JOIN int_risk_parameters_pivoted p
QUALIFY row_number() OVER (PARTITION BY a.supplier_id ORDER BY a.audit_date DESC, a.credibility DESC, a.audit_id) = 1
