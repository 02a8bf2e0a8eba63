-- Twin of ../004_lookup_indexes.sql: the findings of a page of audits and the corrective actions of those
-- findings are read by id list on every request that shows them (loaders.ts).
CREATE INDEX findings_audit_id ON findings (audit_id);
CREATE INDEX corrective_actions_finding_id ON corrective_actions (finding_id);
