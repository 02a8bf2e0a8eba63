-- grain: one row per country x sector holding at least one supplier in the registry, at as_of: suppliers,
-- suppliers audited (an audit dated on or before as_of) and the partners that audited them, average and
-- maximum score, suppliers per band. meets_cross_partner_threshold marks cells that may be shown across
-- partners (DESIGN §5: at least 3 audited suppliers audited by at least 2 partners).
-- tests:
--   unique: country_code, sector
--   not_null: country_code, sector, as_of, count_suppliers, count_audited_suppliers, count_partners, avg_score,
--     max_score
--   invariant bands_add_up: SELECT * FROM mart_hotspots
--     WHERE count_low + count_medium + count_high + count_severe <> count_suppliers
WITH audits AS (
  SELECT * FROM int_audits_joined WHERE audit_date <= getvariable('as_of')
),
audited AS (
  SELECT country_code, sector, count(DISTINCT supplier_id) AS count_audited_suppliers,
    count(DISTINCT partner_org_id) AS count_partners
  FROM audits
  GROUP BY ALL
),
scores AS (
  SELECT
    country_code,
    sector,
    count(*) AS count_suppliers,
    -- The mean from the exact sum of tenths (scores have one decimal): a parallel float sum may add in any order,
    -- and a last-bit difference can move a mean that ends in 5 to the other side of the rounding.
    round(sum(round(score * 10)::BIGINT) / count(*) / 10, 1) AS avg_score,
    max(score) AS max_score,
    count(*) FILTER (WHERE band = 'LOW') AS count_low,
    count(*) FILTER (WHERE band = 'MEDIUM') AS count_medium,
    count(*) FILTER (WHERE band = 'HIGH') AS count_high,
    count(*) FILTER (WHERE band = 'SEVERE') AS count_severe,
    count(*) FILTER (WHERE override IS NOT NULL) AS count_overrides
  FROM mart_supplier_risk
  GROUP BY ALL
)
SELECT
  s.country_code,
  s.sector,
  getvariable('as_of') AS as_of,
  s.count_suppliers,
  coalesce(a.count_audited_suppliers, 0) AS count_audited_suppliers,
  coalesce(a.count_partners, 0) AS count_partners,
  s.avg_score,
  s.max_score,
  s.count_low,
  s.count_medium,
  s.count_high,
  s.count_severe,
  s.count_overrides,
  coalesce(a.count_audited_suppliers, 0) >= 3 AND coalesce(a.count_partners, 0) >= 2 AS meets_cross_partner_threshold
FROM scores s
LEFT JOIN audited a USING (country_code, sector)
