-- grain: one row per supplier x driver kind x partner x ILO indicator at as_of: the inherent drivers as they are
-- (one row each, partner and indicator null) and the evidence findings summed per partner and ILO indicator
-- (driver_kind FINDING, `findings` counts them). `contribution` is the exact (unrounded) sum of the per-finding
-- shares of mart_supplier_risk_drivers, computed from the summed terms of int_supplier_evidence_terms (a group's
-- share of the evidence part is its share of the log terms): nothing is ranked or rounded here, and no finding is
-- read again. Readers round what they show (subgraphs/insights/driver-rounding.ts): a country's top
-- drivers sum these rows per indicator; a supplier's answer takes its other partners' evidence from them.
-- Its tests carry the invariants of the drivers (a view, not tested whole in every build): the shares sum to the
-- supplier's score (which is that sum rounded to one decimal), and every finding row names partner and indicator.
-- incremental: supplier_id
-- tests:
--   unique: supplier_id, driver_kind, partner_org_id, ilo_indicator
--   not_null: supplier_id, driver_kind, contribution, findings
--   accepted_values: driver_kind -> COUNTRY, SECTOR, GOODS, MIGRANT, COUNTRY_DATA_MISSING, FINDING
--   relationships: supplier_id -> mart_supplier_risk.supplier_id
--   invariant sums_to_score: SELECT r.supplier_id, r.score, t.total FROM mart_supplier_risk r
--     LEFT JOIN (SELECT supplier_id, sum(contribution) AS total FROM mart_supplier_risk_driver_totals GROUP BY ALL) t
--     USING (supplier_id) WHERE abs(coalesce(t.total, 0) - r.score) > 0.05 + 1e-9
--   invariant findings_name_partner_and_indicator: SELECT * FROM mart_supplier_risk_driver_totals
--     WHERE driver_kind = 'FINDING' AND (partner_org_id IS NULL OR ilo_indicator IS NULL OR findings < 1)
--     OR driver_kind <> 'FINDING' AND (partner_org_id IS NOT NULL OR ilo_indicator IS NOT NULL OR findings <> 0)
WITH evidence AS (
  SELECT supplier_id, partner_org_id, ilo_indicator, sum(evidence_units) AS units,
    sum(evidence_findings)::BIGINT AS findings
  FROM int_supplier_evidence_terms
  GROUP BY supplier_id, partner_org_id, ilo_indicator
  HAVING sum(evidence_findings) > 0
)
SELECT
  supplier_id,
  driver_kind,
  NULL::VARCHAR AS partner_org_id,
  NULL::VARCHAR AS ilo_indicator,
  points,
  contribution,
  0::BIGINT AS findings
FROM int_suppliers_inherent_drivers
UNION ALL
SELECT
  e.supplier_id,
  'FINDING',
  e.partner_org_id,
  e.ilo_indicator,
  NULL,
  100 * s.evidence * (1 - s.base) * (e.units::DOUBLE / 1e15) / s.evidence_log_total,
  e.findings
FROM evidence e
JOIN int_suppliers_risk_scored s USING (supplier_id)
ORDER BY supplier_id, driver_kind, partner_org_id, ilo_indicator
