-- The findings of a page of audits and the corrective actions of those findings are read by id list on every
-- request that shows them (loaders.ts). Without these indexes each read scans the whole table: about 0.3 s for
-- 10M findings, per supplier shown. DuckDB uses an ART index only when the index column is the scan's one filter,
-- so store/findings.ts filters tombstones after reading.
CREATE INDEX findings_audit_id ON findings (audit_id);
CREATE INDEX corrective_actions_finding_id ON corrective_actions (finding_id);
