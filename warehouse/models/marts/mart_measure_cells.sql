-- grain: one row per measure x period x country x sector (audit measures) or measure x period x campaign
-- (campaign measures, sector NULL) with at least one fact row: the additive parts of the catalogue's audit and
-- campaign measures (lib/analytics/measures.ts), so a comparison or series sums a few cells instead of
-- scanning the fact marts. value: COUNT measures (suppliers audited: distinct per cell, and a supplier sits in one
-- country and one sector, so cells add up); numerator/denominator: PROPORTION and RATE measures. Periods of every
-- kind, attributed as the fact marts' period ids do; corrective actions count in the period they are due, and only
-- when due before as_of. MEDIAN_DAYS_TO_CLOSE does not add up: see mart_closure_days_cells. Sorted by period, so
-- the measures of a comparison's two periods are read together from a block or two (cells an incremental build
-- changes are rewritten at the end). Every part adds up over audits, suppliers audited included (see
-- supplier_cells), so an incremental build adds the change in the fact marts' rows (models/additive.ts).
-- additive: value, numerator, denominator over mart_audit_facts, mart_cap_facts
--     by measure_id, period_id, country_code, sector, campaign_id
-- tests:
--   unique: measure_id, period_id, country_code, sector, campaign_id
--   not_null: measure_id, period_id, country_code
--   accepted_values: measure_id -> SUPPLIERS_AUDITED, SEVERE_FINDING_SHARE, REPEAT_FINDING_RATE, CAP_CLOSURE_RATE,
--     CAMPAIGN_REACH, CAMPAIGN_REPORTS, CAMPAIGN_REPORTS_PER_100K_REACHED
--   relationships: period_id -> mart_periods.period_id
--   invariant parts_present: SELECT * FROM mart_measure_cells WHERE (value IS NULL) = (denominator IS NULL)
--     OR numerator > denominator AND measure_id <> 'CAMPAIGN_REPORTS_PER_100K_REACHED'
WITH audit_months AS (
  SELECT month_id, quarter_id, year_id, action_period_id, country_code, sector,
    count(*) AS audits, count(*) FILTER (WHERE has_s3_s4_forced_labour_finding) AS severe_audits
  FROM mart_audit_facts
  GROUP BY ALL
),
-- Per audit, the indicators found at the supplier's previous audit (the rows of mart_repeat_findings) and how
-- many of them it found again: counted from the audit facts, a quarter of the rows.
repeat_months AS (
  SELECT month_id, quarter_id, year_id, action_period_id, country_code, sector,
    sum(len(previous_ilo_indicators)) AS candidates,
    sum(len(list_intersect(previous_ilo_indicators, ilo_indicators))) AS repeated
  FROM mart_audit_facts
  WHERE previous_audit_id IS NOT NULL AND len(previous_ilo_indicators) > 0
  GROUP BY ALL
),
due_months AS (
  SELECT due_month_id AS month_id, due_quarter_id AS quarter_id, due_year_id AS year_id,
    due_action_period_id AS action_period_id,
    country_code, sector, count(*) AS due, count(*) FILTER (WHERE is_closed_by_due) AS closed_by_due
  FROM mart_cap_facts
  WHERE due_date < getvariable('as_of')
  GROUP BY ALL
),
campaign_days AS (
  SELECT campaign_id, country_code, month_id, quarter_id, year_id, action_period_id,
    sum(reach) AS reach, sum(reports_to_authorities) AS reports
  FROM mart_campaign_daily
  GROUP BY ALL
),
audit_cells AS (
  SELECT period_id, country_code, sector, sum(audits) AS audits, sum(severe_audits) AS severe_audits
  FROM (UNPIVOT audit_months ON month_id, quarter_id, year_id, action_period_id INTO NAME kind VALUE period_id)
  GROUP BY ALL
),
-- Suppliers audited in a period, counted as the audits whose previous audit at the supplier is not in that
-- period: a supplier's audits are in date order and a period is a date range, so its audits in a period follow
-- each other and exactly the first of them counts. The same as count(DISTINCT supplier_id) per cell (a supplier
-- sits in one country and sector), but a sum over audits.
supplier_firsts AS (
  SELECT f.month_id, f.quarter_id, f.year_id, f.action_period_id, f.country_code, f.sector,
    p.month_id AS previous_month_id, p.quarter_id AS previous_quarter_id, p.year_id AS previous_year_id,
    p.action_period_id AS previous_action_period_id
  FROM mart_audit_facts f
  LEFT JOIN int_calendar_days_mapped p ON p.day = f.previous_audit_date
),
supplier_cells AS (
  SELECT period_id, country_code, sector, count(*) AS suppliers
  FROM (
    SELECT month_id AS period_id, country_code, sector FROM supplier_firsts
      WHERE month_id IS DISTINCT FROM previous_month_id
    UNION ALL SELECT quarter_id, country_code, sector FROM supplier_firsts
      WHERE quarter_id IS DISTINCT FROM previous_quarter_id
    UNION ALL SELECT year_id, country_code, sector FROM supplier_firsts WHERE year_id IS DISTINCT FROM previous_year_id
    UNION ALL SELECT action_period_id, country_code, sector FROM supplier_firsts
      WHERE action_period_id IS NOT NULL AND action_period_id IS DISTINCT FROM previous_action_period_id
  )
  GROUP BY ALL
),
repeat_cells AS (
  SELECT period_id, country_code, sector, sum(candidates) AS candidates, sum(repeated) AS repeated
  FROM (UNPIVOT repeat_months ON month_id, quarter_id, year_id, action_period_id INTO NAME kind VALUE period_id)
  GROUP BY ALL
),
due_cells AS (
  SELECT period_id, country_code, sector, sum(due) AS due, sum(closed_by_due) AS closed_by_due
  FROM (UNPIVOT due_months ON month_id, quarter_id, year_id, action_period_id INTO NAME kind VALUE period_id)
  GROUP BY ALL
),
campaign_cells AS (
  SELECT period_id, campaign_id, country_code, sum(reach) AS reach, sum(reports) AS reports
  FROM (UNPIVOT campaign_days ON month_id, quarter_id, year_id, action_period_id INTO NAME kind VALUE period_id)
  GROUP BY ALL
),
cells AS (
  SELECT 'SUPPLIERS_AUDITED' AS measure_id, period_id, country_code, sector, NULL::VARCHAR AS campaign_id,
    suppliers::BIGINT AS value, NULL::BIGINT AS numerator, NULL::BIGINT AS denominator
  FROM supplier_cells
  UNION ALL
  -- BIGINT throughout: DuckDB scans a stored HUGEINT (what sum() returns) about a hundred times slower.
  SELECT 'SEVERE_FINDING_SHARE', period_id, country_code, sector, NULL, NULL, severe_audits::BIGINT, audits::BIGINT
  FROM audit_cells
  UNION ALL
  SELECT 'REPEAT_FINDING_RATE', period_id, country_code, sector, NULL, NULL, repeated::BIGINT, candidates::BIGINT
  FROM repeat_cells
  UNION ALL
  SELECT 'CAP_CLOSURE_RATE', period_id, country_code, sector, NULL, NULL, closed_by_due::BIGINT, due::BIGINT
  FROM due_cells
  UNION ALL
  SELECT 'CAMPAIGN_REACH', period_id, country_code, NULL, campaign_id, reach::BIGINT, NULL, NULL FROM campaign_cells
  UNION ALL
  SELECT 'CAMPAIGN_REPORTS', period_id, country_code, NULL, campaign_id, reports::BIGINT, NULL, NULL FROM campaign_cells
  UNION ALL
  SELECT 'CAMPAIGN_REPORTS_PER_100K_REACHED', period_id, country_code, NULL, campaign_id, NULL, reports::BIGINT,
    reach::BIGINT FROM campaign_cells
)
SELECT * FROM cells
WHERE period_id IN (SELECT period_id FROM mart_periods)
ORDER BY period_id, measure_id, country_code, sector, campaign_id
