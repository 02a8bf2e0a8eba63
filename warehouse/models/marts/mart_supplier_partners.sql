-- grain: one row per supplier x partner that has audited it (any audit in the build): how many audits and when
-- the first and last were. Answers "has this partner audited this supplier?" (what a partner may see of a
-- supplier's risk) without scanning every audit; sorted by supplier.
-- incremental: supplier_id
-- tests:
--   unique: supplier_id, partner_org_id
--   not_null: supplier_id, partner_org_id, audits, first_audit_date, last_audit_date
--   relationships: supplier_id -> mart_supplier_risk.supplier_id
SELECT
  supplier_id,
  partner_org_id,
  count(*) AS audits,
  min(audit_date) AS first_audit_date,
  max(audit_date) AS last_audit_date
FROM mart_audit_facts
GROUP BY supplier_id, partner_org_id
ORDER BY supplier_id, partner_org_id
