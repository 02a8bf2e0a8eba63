-- grain: one row per supplier x driver kind x partner x ILO indicator at as_of: the inherent drivers as they are
-- (one row each, partner and indicator null) and the evidence findings summed per partner and ILO indicator
-- (driver_kind FINDING, `findings` counts them). `contribution` is the exact (unrounded) sum of the per-finding
-- shares of mart_supplier_risk_drivers: nothing is ranked or rounded here, so a build only sums the touched
-- suppliers' findings. Readers round what they show (subgraphs/insights/driver-rounding.ts): a country's top
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
SELECT
  supplier_id,
  driver_kind,
  partner_org_id,
  ilo_indicator,
  any_value(points) AS points,
  sum(contribution) AS contribution,
  count(finding_id) AS findings
FROM mart_supplier_risk_drivers
GROUP BY supplier_id, driver_kind, partner_org_id, ilo_indicator
ORDER BY supplier_id, driver_kind, partner_org_id, ilo_indicator
