-- grain: one row per supplier x driver insights may show for its risk at as_of (mart_supplier_risk_drivers with
-- contribution > 0, condensed): each inherent driver; each finding that can be among the supplier's 20 largest
-- (contribution at least its 20th largest finding's, ties included, so the reader's own ordering picks the 20);
-- and per partner and ILO indicator one MINOR_FINDINGS row summing the findings below that threshold (contribution
-- in exact tenths, `findings` counts them: insights sums them per partner for a supplier, per indicator for a
-- country's top drivers). Listed findings carry their audit's date. Sorted by supplier, so a lookup of a few
-- suppliers reads a few blocks. The 20 is LISTED_FINDINGS in subgraphs/insights/risk-drivers.ts.
-- Its tests carry the invariants of the drivers (a view, not tested whole in every build): the contributions
-- sum to the supplier's score, and every finding row names its finding, audit and partner.
-- incremental: supplier_id
-- tests:
--   unique: supplier_id, driver_kind, finding_id, partner_org_id, ilo_indicator
--   not_null: supplier_id, driver_kind, contribution, findings
--   accepted_values: driver_kind -> COUNTRY, SECTOR, GOODS, MIGRANT, COUNTRY_DATA_MISSING, FINDING, MINOR_FINDINGS
--   relationships: supplier_id -> mart_supplier_risk.supplier_id
--   invariant sums_to_score: SELECT r.supplier_id, r.score, c.total FROM mart_supplier_risk r
--     LEFT JOIN (SELECT supplier_id, sum(contribution) AS total FROM mart_supplier_risk_drivers_condensed GROUP BY ALL) c
--     USING (supplier_id) WHERE abs(coalesce(c.total, 0) - r.score) > 1e-6
--   invariant findings_carry_their_audit: SELECT * FROM mart_supplier_risk_drivers_condensed
--     WHERE driver_kind = 'FINDING' AND (finding_id IS NULL OR audit_id IS NULL OR partner_org_id IS NULL)
--     OR driver_kind = 'MINOR_FINDINGS' AND (partner_org_id IS NULL OR ilo_indicator IS NULL OR findings < 1)
--   invariant listed_findings_dated: SELECT * FROM mart_supplier_risk_drivers_condensed WHERE driver_kind = 'FINDING' AND audit_date IS NULL
WITH shown AS (
  SELECT supplier_id, driver_kind, finding_id, audit_id, partner_org_id, ilo_indicator, severity, points, contribution
  FROM mart_supplier_risk_drivers
  WHERE contribution > 0
),
-- The 20th largest finding contribution of each supplier (the smallest of its top 20, or of all when fewer).
thresholds AS (
  SELECT supplier_id, list_min(max(contribution, 20)) AS threshold
  FROM shown
  WHERE driver_kind = 'FINDING'
  GROUP BY supplier_id
),
findings AS (
  SELECT f.*, f.contribution >= t.threshold AS may_be_listed
  FROM shown f
  JOIN thresholds t USING (supplier_id)
  WHERE f.driver_kind = 'FINDING'
),
condensed AS (
  SELECT supplier_id, driver_kind, finding_id, audit_id, partner_org_id, ilo_indicator, severity, points, contribution, 0 AS findings
  FROM shown
  WHERE driver_kind <> 'FINDING'
  UNION ALL
  SELECT supplier_id, driver_kind, finding_id, audit_id, partner_org_id, ilo_indicator, severity, points, contribution, 1
  FROM findings
  WHERE may_be_listed
  UNION ALL
  SELECT supplier_id, 'MINOR_FINDINGS', NULL, NULL, partner_org_id, ilo_indicator, NULL, NULL,
    sum(round(contribution * 10))::BIGINT / 10, count(*)
  FROM findings
  WHERE NOT may_be_listed
  GROUP BY supplier_id, partner_org_id, ilo_indicator
)
SELECT
  c.supplier_id,
  c.driver_kind,
  c.finding_id,
  c.audit_id,
  a.audit_date,
  c.partner_org_id,
  c.ilo_indicator,
  c.severity,
  c.points,
  c.contribution,
  c.findings
FROM condensed c
LEFT JOIN mart_audit_facts a USING (audit_id)
ORDER BY c.supplier_id, c.driver_kind, c.contribution DESC, c.finding_id, c.partner_org_id, c.ilo_indicator
