-- grain: one row per supplier x risk driver at as_of: its inherent-risk points (COUNTRY or COUNTRY_DATA_MISSING,
-- SECTOR, GOODS, MIGRANT; points > 0 only) and its evidence findings (FINDING; strength > 0 only).
-- The inherent part 100·b is split over the points in proportion; the evidence part 100·E·(1 − b) over the
-- findings in proportion to −ln(1 − c). `contribution` is the exact (unrounded) share: a supplier's shares sum to
-- its unrounded score. Nothing here is rounded: the drivers a user is shown are rounded when read, together, so
-- that they sum exactly to the score shown (subgraphs/insights/driver-rounding.ts, docs/methodology.md §1.5).
-- A view: at 10M findings this is 4.7M rows, cheaper to compute for the suppliers asked about than to write on
-- every build. Its readers in a build: mart_supplier_risk_driver_totals (sums per partner and ILO indicator,
-- whose tests carry the invariants of the drivers); re-scoring at any date inlines this SQL for the suppliers
-- asked about (warehouse/risk/score-suppliers.ts); tests/warehouse/risk-v1.test.ts checks it by hand.
-- materialized: view
WITH scored AS (
  SELECT * FROM int_suppliers_risk_scored
),
inherent AS (
  SELECT supplier_id, CASE WHEN is_country_data_missing THEN 'COUNTRY_DATA_MISSING' ELSE 'COUNTRY' END AS driver_kind,
    country_points AS points, base, points_total FROM scored
  UNION ALL SELECT supplier_id, 'SECTOR', sector_points, base, points_total FROM scored
  UNION ALL SELECT supplier_id, 'GOODS', goods_points, base, points_total FROM scored
  UNION ALL SELECT supplier_id, 'MIGRANT', migrant_points, base, points_total FROM scored
)
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
  100 * base * points / points_total AS contribution
FROM inherent
WHERE points > 0
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
JOIN scored s USING (supplier_id)
WHERE f.strength > 0
