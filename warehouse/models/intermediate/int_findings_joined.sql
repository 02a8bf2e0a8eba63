-- grain: one row per finding of an audit in int_audits_joined, with the audit's supplier, partner and date,
-- and the finding's corrective action (kept narrow: it is the widest table of the warehouse). The audits subgraph
-- keeps at most one corrective action per finding (Finding.correctiveAction); the unique test below fails the build
-- if that ever breaks.
-- incremental: audit_id
-- tests:
--   unique: finding_id
--   not_null: finding_id, audit_id, supplier_id, partner_org_id, audit_date, severity
--   relationships: audit_id -> int_audits_joined.audit_id
SELECT
  f.finding_id,
  f.audit_id,
  a.supplier_id,
  a.partner_org_id,
  a.audit_date,
  f.ilo_indicator,
  f.severity,
  ca.corrective_action_id,
  ca.status AS corrective_action_status,
  ca.due_date,
  ca.closed_date,
  ca.verified_date
FROM stg_audits__findings f
JOIN int_audits_joined a USING (audit_id)
LEFT JOIN stg_audits__corrective_actions ca USING (finding_id)
