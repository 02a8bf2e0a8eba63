-- grain: one row per supplier x risk driver at as_of: its inherent-risk points (COUNTRY or COUNTRY_DATA_MISSING,
-- SECTOR, GOODS, MIGRANT; points > 0 only) and its evidence findings (FINDING; strength > 0 only).
-- The inherent part 100·b is split over the points in proportion (int_suppliers_inherent_drivers); the evidence
-- part 100·E·(1 − b) over the findings in proportion to −ln(1 − c). `contribution` is the exact (unrounded)
-- share: a supplier's shares sum to its unrounded score. Nothing here is rounded: the drivers a user is shown
-- are rounded when read, together, so that they sum exactly to the score shown
-- (subgraphs/insights/driver-rounding.ts, docs/methodology.md §1.5).
-- A view: at 10M findings this is 4.7M rows, cheaper to compute for the suppliers asked about than to write on
-- every build. No build model reads it: mart_supplier_risk_driver_totals holds its sums per partner and ILO
-- indicator (from the summed terms) and its tests carry the drivers' invariants. Re-scoring at any date
-- inlines this SQL for the suppliers asked about (warehouse/risk/score-suppliers.ts);
-- tests/warehouse/risk-v1.test.ts checks it by hand.
-- materialized: view
SELECT
  supplier_id,
  getvariable('as_of') AS as_of,
  driver_kind,
  NULL::VARCHAR AS finding_id,
  NULL::VARCHAR AS audit_id,
  NULL::DATE AS audit_date,
  NULL::VARCHAR AS partner_org_id,
  NULL::VARCHAR AS ilo_indicator,
  NULL::VARCHAR AS severity,
  points,
  NULL::DOUBLE AS strength,
  contribution
FROM int_suppliers_inherent_drivers
UNION ALL
SELECT
  f.supplier_id,
  getvariable('as_of'),
  'FINDING',
  f.finding_id,
  f.audit_id,
  f.audit_date,
  f.partner_org_id,
  f.ilo_indicator,
  f.severity,
  NULL,
  f.strength,
  100 * s.evidence * (1 - s.base) * (-ln(1 - f.strength)) / s.evidence_log_total
FROM int_findings_evidence_scored f
JOIN int_suppliers_risk_scored s USING (supplier_id)
WHERE f.strength > 0
