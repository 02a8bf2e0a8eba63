-- grain: one row per supplier x risk driver at as_of: its inherent-risk points (COUNTRY or COUNTRY_DATA_MISSING,
-- SECTOR, GOODS, MIGRANT; points > 0 only) and its evidence findings (FINDING; strength > 0 only).
-- The inherent part 100·b is split over the points in proportion; the evidence part 100·E·(1 − b) over the
-- findings in proportion to −ln(1 − c). Rounding: each contribution is rounded to 0.1 by largest remainder
-- (floor to tenths, then the tenths still missing go to the largest remainders, ties by driver order and id),
-- so a supplier's contributions sum EXACTLY to its score; contribution_exact keeps the share to 6 decimals.
-- A view: at 10M findings this is 4.7M rows, and writing them (then testing and publishing them) cost more
-- than the two window sorts. Its one reader in a build is mart_supplier_risk_drivers_condensed (what insights
-- publishes and reads), whose tests check the same invariants on what users see: contributions sum to the
-- score, listed findings carry their audit and partner. Re-scoring at another date inlines this SQL
-- (warehouse/risk/score-suppliers.ts); tests/warehouse/risk-v1.test.ts checks it against hand-computed cases.
-- materialized: view
WITH scored AS (
  SELECT * FROM int_suppliers_risk_scored
),
inherent AS (
  SELECT supplier_id, CASE WHEN is_country_data_missing THEN 'COUNTRY_DATA_MISSING' ELSE 'COUNTRY' END AS driver_kind,
    1 AS driver_order, country_points AS points, base, points_total, score FROM scored
  UNION ALL SELECT supplier_id, 'SECTOR', 2, sector_points, base, points_total, score FROM scored
  UNION ALL SELECT supplier_id, 'GOODS', 3, goods_points, base, points_total, score FROM scored
  UNION ALL SELECT supplier_id, 'MIGRANT', 4, migrant_points, base, points_total, score FROM scored
),
drivers AS (
  SELECT
    supplier_id, driver_kind, driver_order, points,
    NULL::VARCHAR AS finding_id, NULL::VARCHAR AS audit_id, NULL::VARCHAR AS partner_org_id,
    NULL::VARCHAR AS ilo_indicator, NULL::VARCHAR AS severity, NULL::DOUBLE AS strength,
    100 * base * points / points_total AS contribution_exact,
    score
  FROM inherent
  WHERE points > 0
  UNION ALL
  SELECT
    f.supplier_id, 'FINDING', 5, NULL,
    f.finding_id, f.audit_id, f.partner_org_id, f.ilo_indicator, f.severity, f.strength,
    100 * s.evidence * (1 - s.base) * (-ln(1 - f.strength)) / s.evidence_log_total,
    s.score
  FROM int_findings_evidence_scored f
  JOIN scored s USING (supplier_id)
  WHERE f.is_evidence AND f.strength > 0
),
tenths AS (
  SELECT
    *,
    floor(contribution_exact * 10) AS floor_tenths,
    contribution_exact * 10 - floor(contribution_exact * 10) AS remainder
  FROM drivers
),
ranked AS (
  SELECT
    *,
    round(score * 10) - sum(floor_tenths) OVER (PARTITION BY supplier_id) AS tenths_left,
    row_number() OVER (PARTITION BY supplier_id ORDER BY remainder DESC, driver_order, finding_id) AS remainder_rank
  FROM tenths
)
SELECT
  supplier_id,
  getvariable('as_of') AS as_of,
  driver_kind,
  finding_id,
  audit_id,
  partner_org_id,
  ilo_indicator,
  severity,
  points,
  round(strength, 6) AS strength,
  (floor_tenths + CASE WHEN remainder_rank <= tenths_left THEN 1 ELSE 0 END) / 10 AS contribution,
  round(contribution_exact, 6) AS contribution_exact
FROM ranked
