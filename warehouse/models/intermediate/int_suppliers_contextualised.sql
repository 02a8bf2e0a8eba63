-- grain: one row per supplier in the registry, with the reference context risk-v1 scores from: GSI prevalence
-- and vulnerability of its country, and whether any of its goods is on the ILAB list for that country
-- incremental: supplier_id
-- tests:
--   unique: supplier_id
--   not_null: supplier_id, country_code, sector, has_forced_labour_good, has_child_labour_or_derived_good
WITH supplier_goods AS (
  SELECT supplier_id, country_code, lower(trim(unnest(goods))) AS good_key
  FROM stg_audits__suppliers
),
listed AS (
  SELECT
    g.supplier_id,
    bool_or(i.forced_labor OR i.forced_child_labor) AS has_forced_labour_good,
    bool_or(i.child_labor OR i.derived_labor_exploitation) AS has_child_labour_or_derived_good,
    list(DISTINCT i.good ORDER BY i.good) AS listed_goods
  FROM supplier_goods g
  JOIN stg_reference__ilab_goods i ON i.good_key = g.good_key AND i.country_code = g.country_code
  GROUP BY g.supplier_id
)
SELECT
  s.supplier_id,
  s.country_code,
  s.sector,
  s.migrant_worker_share,
  gsi.prevalence_per_1000,
  gsi.vulnerability_total,
  coalesce(l.has_forced_labour_good, false) AS has_forced_labour_good,
  coalesce(l.has_child_labour_or_derived_good, false) AS has_child_labour_or_derived_good,
  coalesce(l.listed_goods, []::VARCHAR[]) AS listed_goods
FROM stg_audits__suppliers s
LEFT JOIN stg_reference__gsi gsi USING (country_code)
LEFT JOIN listed l USING (supplier_id)
