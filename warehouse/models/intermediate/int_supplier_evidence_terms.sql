-- grain: one row per supplier x partner x ILO indicator with evidence at as_of (plus one row per finding behind an
-- S4 override, override_finding_id set): the noisy-OR's terms summed. E = 1 - exp(-sum(-ln(1 - c))) is a sum
-- over findings, so a supplier's evidence, its S4 override and its drivers per partner and indicator follow from
-- these sums, and a build updates them by the change in the findings it recomputed (additive.ts) instead of
-- reading every finding of every touched supplier again.
-- evidence_units: sum of -ln(1 - c) in fixed point (round(x * 1e15), exact integers): integer sums do not depend
-- on the order rows are added in, so a build that adds and subtracts changes gets exactly the sums a full build
-- gets (floating-point sums would differ in the last bits). One unit is 1e-15 of a log term: far below what the
-- one-decimal score can show (docs/methodology.md §1.3).
-- findings: the findings summed (strength > 0 or behind an override); evidence_findings: those with strength > 0.
-- additive: findings, evidence_findings, evidence_units over int_findings_joined by supplier_id, partner_org_id,
--     ilo_indicator, override_finding_id
-- tests:
--   not_null: supplier_id, partner_org_id, ilo_indicator, findings, evidence_findings, evidence_units
--   invariant counts_consistent: SELECT * FROM int_supplier_evidence_terms
--     WHERE evidence_findings > findings OR findings < 1 OR evidence_units < 0
SELECT
  supplier_id,
  partner_org_id,
  ilo_indicator,
  CASE WHEN is_recent_unverified_s4 THEN finding_id END AS override_finding_id,
  count(*) AS findings,
  count(*) FILTER (WHERE strength > 0) AS evidence_findings,
  sum(round(-ln(1 - strength) * 1e15)::BIGINT) AS evidence_units
FROM int_findings_evidence_scored
WHERE strength > 0 OR is_recent_unverified_s4
GROUP BY ALL
