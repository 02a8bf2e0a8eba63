-- grain: one row per forced-labour finding (one that carries an ILO indicator: a finding without one is not
-- evidence, for E as for the S4 override, DESIGN §3) from an audit dated on or before as_of, with its
-- remediation status at as_of and its strength c = min(max_strength, w x 0.5^(age / half-life) x r).
-- Status at as_of follows the corrective action's dates: verified on or before as_of → VERIFIED, else closed
-- on or before → CLOSED, else OVERDUE when due before as_of, else OPEN (also when there is no action).
-- A view: cheap arithmetic over the risk findings, read by the two models below; writing it would cost more.
-- materialized: view
-- Tests that would recompute the view whole are carried where they cost nothing: finding_id is unique because
-- int_findings_joined's is and the parameters are exactly one row; strength lies in [0, 0.95] because
-- int_risk_parameters_pivoted checks max_strength ≤ 0.95 and non-negative weights and factors.
-- tests:
--   not_null: finding_id, supplier_id, age_days, remediation_status, severity_weight, remediation_factor, strength
--   accepted_values: remediation_status -> VERIFIED, CLOSED, OPEN, OVERDUE
WITH findings AS (
  SELECT
    r.finding_id, r.audit_id, r.supplier_id, r.partner_org_id, r.audit_date, r.ilo_indicator, r.severity,
    getvariable('as_of') - r.audit_date AS age_days,
    CASE
      WHEN r.verified_date <= getvariable('as_of') THEN 'VERIFIED'
      WHEN r.closed_date <= getvariable('as_of') THEN 'CLOSED'
      WHEN r.due_date < getvariable('as_of') THEN 'OVERDUE'
      ELSE 'OPEN'
    END AS remediation_status
  FROM int_findings_joined r
  WHERE r.ilo_indicator IS NOT NULL AND r.audit_date <= getvariable('as_of')
),
weighted AS (
  SELECT
    f.*,
    CASE f.remediation_status
      WHEN 'VERIFIED' THEN p.remediation_verified WHEN 'CLOSED' THEN p.remediation_closed
      WHEN 'OVERDUE' THEN p.remediation_overdue ELSE p.remediation_open
    END AS remediation_factor,
    CASE f.severity
      WHEN 'S4' THEN p.weight_s4 WHEN 'S3' THEN p.weight_s3 WHEN 'S2' THEN p.weight_s2
      WHEN 'S1' THEN p.weight_s1 WHEN 'S0' THEN p.weight_s0
    END AS severity_weight,
    p.max_strength, p.half_life_days, p.s4_window_days
  FROM findings f
  CROSS JOIN int_risk_parameters_pivoted p
)
SELECT
  finding_id, audit_id, supplier_id, partner_org_id, audit_date, ilo_indicator, severity, age_days, remediation_status,
  remediation_factor,
  severity_weight,
  least(max_strength, severity_weight * power(0.5, age_days / half_life_days) * remediation_factor) AS strength,
  severity = 'S4' AND age_days <= s4_window_days AND remediation_status <> 'VERIFIED' AS is_recent_unverified_s4
FROM weighted
