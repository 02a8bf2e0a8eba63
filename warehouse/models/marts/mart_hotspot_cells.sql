-- grain: one row per scope x country x sector holding suppliers in the scope's population, at as_of. Scope
-- 'REGISTRY': every supplier in the registry; a period id: the suppliers with an audit dated in that period.
-- Audits count when dated on or before as_of. Per cell: suppliers, their scores (sum in exact tenths, max, per
-- band, overrides), the suppliers audited in the scope and the partners (sorted org ids) whose audits the cell
-- draws on. Every supplier sits in one country and one sector, so cells add up to any coarser grouping (partner
-- lists by union). Read by insights' riskHotspots and Country.riskProfile instead of the fact marts.
-- tests:
--   unique: scope, country_code, sector
--   not_null: scope, country_code, sector, suppliers, audited_suppliers, partners, partner_org_ids, score_tenths,
--     max_score
--   invariant bands_add_up: SELECT * FROM mart_hotspot_cells
--     WHERE count_low + count_medium + count_high + count_severe <> suppliers
--   invariant partners_listed: SELECT * FROM mart_hotspot_cells WHERE len(partner_org_ids) <> partners
--   invariant registry_matches_hotspots: SELECT * FROM mart_hotspot_cells c
--     JOIN mart_hotspots h USING (country_code, sector)
--     WHERE c.scope = 'REGISTRY'
--     AND (c.suppliers <> h.count_suppliers OR c.audited_suppliers <> h.count_audited_suppliers
--     OR c.partners <> h.count_partners OR c.max_score <> h.max_score)
WITH audits AS (
  SELECT supplier_id, partner_org_id, country_code, sector, month_id, quarter_id, year_id, action_period_id,
    is_first_audit_of_supplier, previous_audit_date
  FROM mart_audit_facts
  WHERE audit_date <= getvariable('as_of')
),
-- Each supplier once per scope it has audits in: the registry, and its audits' months, quarters, years and action
-- periods. A supplier's audits are in date order and a scope is a date range, so its audits in a scope follow each
-- other, and the first of them (whose previous audit is not in the scope) stands for it: no DISTINCT over audits.
firsts AS (
  SELECT a.*, p.month_id AS previous_month_id, p.quarter_id AS previous_quarter_id, p.year_id AS previous_year_id,
    p.action_period_id AS previous_action_period_id
  FROM audits a
  LEFT JOIN int_calendar_days_mapped p ON p.day = a.previous_audit_date
),
supplier_scopes AS (
  SELECT 'REGISTRY' AS scope, supplier_id, country_code, sector FROM firsts WHERE is_first_audit_of_supplier
  UNION ALL SELECT month_id, supplier_id, country_code, sector FROM firsts
    WHERE month_id IS DISTINCT FROM previous_month_id
  UNION ALL SELECT quarter_id, supplier_id, country_code, sector FROM firsts
    WHERE quarter_id IS DISTINCT FROM previous_quarter_id
  UNION ALL SELECT year_id, supplier_id, country_code, sector FROM firsts
    WHERE year_id IS DISTINCT FROM previous_year_id
  UNION ALL SELECT action_period_id, supplier_id, country_code, sector FROM firsts
    WHERE action_period_id IS NOT NULL AND action_period_id IS DISTINCT FROM previous_action_period_id
),
-- The partners per scope: made distinct per month and action period first (a third of the audits), then per scope.
partner_months AS (
  SELECT m.month_id, c.quarter_id, c.year_id, m.action_period_id, m.country_code, m.sector, m.partner_org_id
  FROM (SELECT DISTINCT month_id, action_period_id, country_code, sector, partner_org_id FROM audits) m
  JOIN (SELECT DISTINCT month_id, quarter_id, year_id FROM int_calendar_days_mapped) c USING (month_id)
),
scoped AS (
  SELECT 'REGISTRY' AS scope, partner_org_id, country_code, sector FROM partner_months
  UNION ALL SELECT month_id, partner_org_id, country_code, sector FROM partner_months
  UNION ALL SELECT quarter_id, partner_org_id, country_code, sector FROM partner_months
  UNION ALL SELECT year_id, partner_org_id, country_code, sector FROM partner_months
  UNION ALL SELECT action_period_id, partner_org_id, country_code, sector FROM partner_months
    WHERE action_period_id IS NOT NULL
),
partner_cells AS (
  SELECT scope, country_code, sector, list(partner_org_id ORDER BY partner_org_id) AS partner_org_ids
  FROM (SELECT DISTINCT scope, country_code, sector, partner_org_id FROM scoped)
  GROUP BY ALL
),
audited AS (
  SELECT scope, country_code, sector, count(*) AS audited_suppliers FROM supplier_scopes GROUP BY ALL
),
population AS (
  SELECT 'REGISTRY' AS scope, supplier_id FROM mart_supplier_risk
  UNION ALL
  SELECT scope, supplier_id FROM supplier_scopes WHERE scope <> 'REGISTRY'
),
scores AS (
  SELECT p.scope, r.country_code, r.sector, count(*) AS suppliers, sum(round(r.score * 10))::BIGINT AS score_tenths,
    max(r.score) AS max_score,
    count(*) FILTER (WHERE r.band = 'LOW') AS count_low, count(*) FILTER (WHERE r.band = 'MEDIUM') AS count_medium,
    count(*) FILTER (WHERE r.band = 'HIGH') AS count_high, count(*) FILTER (WHERE r.band = 'SEVERE') AS count_severe,
    count(*) FILTER (WHERE r.override IS NOT NULL) AS count_overrides
  FROM population p JOIN mart_supplier_risk r USING (supplier_id)
  GROUP BY ALL
)
SELECT s.scope, s.country_code, s.sector, s.suppliers, coalesce(a.audited_suppliers, 0) AS audited_suppliers,
  len(coalesce(pc.partner_org_ids, []::VARCHAR[])) AS partners,
  coalesce(pc.partner_org_ids, []::VARCHAR[]) AS partner_org_ids,
  s.score_tenths, s.max_score, s.count_low, s.count_medium, s.count_high, s.count_severe, s.count_overrides
FROM scores s
LEFT JOIN audited a USING (scope, country_code, sector)
LEFT JOIN partner_cells pc USING (scope, country_code, sector)
WHERE s.scope = 'REGISTRY' OR s.scope IN (SELECT period_id FROM mart_periods)
ORDER BY s.scope, s.country_code, s.sector
