-- grain: one row per corrective action (CAP item) on a finding; tombstoned actions removed
-- tests:
--   unique: corrective_action_id
--   not_null: corrective_action_id, finding_id, status, due_date
--   accepted_values: status -> OPEN, IN_PROGRESS, CLOSED, VERIFIED
SELECT
  corrective_action_id,
  finding_id,
  status,
  due_date,
  closed_date,
  verified_date,
  updated_at
FROM raw_audits__corrective_actions
WHERE NOT is_deleted
