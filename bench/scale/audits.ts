/**
 * Audits, findings and corrective actions, set-based in DuckDB: one INSERT … SELECT FROM range(n) per table.
 * change_seq is assigned from the row index in insertion order (audits, then findings, then corrective actions,
 * which take their finding's offset so the gaps cost nothing); the caller moves the sequence past the last one.
 */
import type { Kysely } from 'kysely';
import { ANNOUNCEMENTS, AUDIT_TYPES } from '../../subgraphs/audits/domain.js';
import { PARTNER_ORGS } from './audit-macros.js';
import { ACTION_TEXT, FINDING_TEXT, INDICATOR_WEIGHTS, SCHEME_GRADES } from './finding-catalogue.js';
import { entityIdSql } from './ids.js';
import { LAST_DAY } from './options.js';
import { sqlList, sqlString, sqlWeighted } from './random.js';
import { runInsert } from './run-insert.js';

export interface AuditRange {
  /** Index of the first audit to write (0, or the count already in the file when appending). */
  firstAudit: number;
  count: number;
  findingsPerAudit: number;
  /** change_seq values written are firstSeq, firstSeq+1, … */
  firstSeq: number;
}

export async function insertAudits(db: Kysely<any>, r: AuditRange): Promise<number> {
  return runInsert(
    db,
    `INSERT INTO audits (audit_id, supplier_id, partner_org_id, scheme, audit_type, announcement, audit_date,
      workers_interviewed, submitted_at, change_seq)
     SELECT ${entityIdSql('aud', 'a')}, ${entityIdSql('sup', 'audit_supplier(a)')},
       ${sqlList(PARTNER_ORGS)}[1 + audit_partner(a)],
       audit_scheme(a),
       ${sqlWeighted("rnd(a, 'type')", [[AUDIT_TYPES[0], 15], [AUDIT_TYPES[1], 55], [AUDIT_TYPES[2], 25], [AUDIT_TYPES[3], 5]])},
       ${sqlWeighted("rnd(a, 'announcement')", [[ANNOUNCEMENTS[0], 55], [ANNOUNCEMENTS[1], 30], [ANNOUNCEMENTS[2], 15]])},
       audit_date(a), CAST(5 + rint(a, 'interviewed', 76) AS INTEGER),
       least(CAST(audit_date(a) AS TIMESTAMP) + to_days(CAST(2 + rint(a, 'lag', 28) AS INTEGER)) +
         to_seconds(rint(a, 'second', 86400)),
             TIMESTAMP '${LAST_DAY} 23:59:59'),
       ${r.firstSeq} + (a - ${r.firstAudit})
     FROM range(${r.firstAudit}, ${r.firstAudit + r.count}) t(a)`,
  );
}

/** Severity index 0..4 for draw `r` at supplier propensity `q`: riskier suppliers get graver findings. */
const SEVERITY_SQL = `CASE WHEN r_sev < 0.01 + 0.09 * q THEN 4 WHEN r_sev < 0.06 + 0.24 * q THEN 3 WHEN r_sev < 0.30 + 0.25 * q ` +
  `THEN 2 WHEN r_sev < 0.70 + 0.10 * q THEN 1 ELSE 0 END`;

function gradeSql(): string {
  const arms = Object.entries(SCHEME_GRADES).map(([scheme, grades]) => `WHEN ${sqlString(scheme)} THEN ${sqlList(grades)}[sev + 1]`);
  return `CASE scheme ${arms.join(' ')} END`;
}

function textSql(indicator: string, variant: string): string {
  const arms = Object.entries(FINDING_TEXT)
    .filter(([k]) => k !== 'NONE')
    .map(([k, texts]) => `WHEN ${sqlString(k)} THEN ${sqlList(texts)}[1 + ${variant}]`);
  return `CASE ${indicator} ${arms.join(' ')} ELSE ${sqlList(FINDING_TEXT.NONE)}[1 + ${variant}] END`;
}

export async function insertFindings(db: Kysely<any>, r: AuditRange): Promise<number> {
  const first = r.firstAudit * r.findingsPerAudit;
  const count = r.count * r.findingsPerAudit;
  const seqBase = r.firstSeq + r.count;
  return runInsert(
    db,
    `INSERT INTO findings (finding_id, audit_id, ilo_indicator, scheme_severity, severity, description, change_seq)
     WITH drawn AS (
       SELECT i, i // ${r.findingsPerAudit} AS a, rnd(i, 'indicator?') AS r_ind, rnd(i, 'indicator') AS r_which,
         rnd(i, 'severity') AS r_sev
       FROM range(${first}, ${first + count}) t(i)
     ), graded AS (
       SELECT d.*, audit_scheme(d.a) AS scheme,
         CASE WHEN r_ind < 0.4 + 0.5 * p.q THEN ${sqlWeighted('r_which', INDICATOR_WEIGHTS)} END AS indicator,
         ${SEVERITY_SQL} AS sev
       FROM drawn d JOIN supplier_propensity p ON p.s = audit_supplier(d.a)
     )
     SELECT ${entityIdSql('fnd', 'i')}, ${entityIdSql('aud', 'a')}, indicator, ${gradeSql()}, 'S' || sev,
       ${textSql('indicator', "rint(i, 'text', 2)")}, ${seqBase} + (i - ${first})
     FROM graded`,
  );
}

function actionTextSql(): string {
  const arms = Object.entries(ACTION_TEXT)
    .filter(([k]) => k !== 'NONE')
    .map(([k, text]) => `WHEN ${sqlString(k)} THEN ${sqlString(text)}`);
  return `CASE ilo_indicator ${arms.join(' ')} ELSE ${sqlString(ACTION_TEXT.NONE)} END`;
}

/**
 * Corrective actions for every S3/S4 finding and 60% of S2 ones, read back from the findings just written.
 * Statuses follow the dates as of the decade's last day: not yet due → mostly OPEN/IN_PROGRESS; past due →
 * mostly CLOSED/VERIFIED, some overdue. A verification that would fall after that day stays CLOSED.
 */
export async function insertCorrectiveActions(db: Kysely<any>, r: AuditRange): Promise<number> {
  const first = r.firstAudit * r.findingsPerAudit;
  const seqBase = r.firstSeq + r.count + r.count * r.findingsPerAudit;
  const lastDay = `DATE '${LAST_DAY}'`;
  return runInsert(
    db,
    `INSERT INTO corrective_actions (corrective_action_id, finding_id, description, status, due_date, closed_date,
      verified_date, updated_at, change_seq)
     WITH source AS (
       SELECT finding_id, ilo_indicator, severity, CAST(substr(finding_id, 5) AS BIGINT) AS i
       FROM findings
       WHERE change_seq >= ${r.firstSeq + r.count} AND change_seq < ${seqBase}
         AND (severity IN ('S3', 'S4') OR (severity = 'S2' AND rnd(CAST(substr(finding_id, 5) AS BIGINT), 'action?') <
           0.6))
     ), dated AS (
       SELECT s.*, audit_date(i // ${r.findingsPerAudit}) AS audit_day,
         CASE severity WHEN 'S4' THEN 30 WHEN 'S3' THEN 60 ELSE 90 END AS due_in
       FROM source s
     ), planned AS (
       SELECT d.*, audit_day + due_in AS due_date,
         CASE WHEN audit_day + due_in > ${lastDay}
           THEN ${sqlWeighted("rnd(i, 'status')", [['OPEN', 45], ['IN_PROGRESS', 40], ['CLOSED', 15]])}
           ELSE ${sqlWeighted("rnd(i, 'status')", [['VERIFIED', 45], ['CLOSED', 25], ['IN_PROGRESS', 12], ['OPEN', 18]])}
         END AS planned_status,
         least(audit_day + CAST(7 + rint(i, 'closed', due_in + 60) AS INTEGER), ${lastDay}) AS closed_day
       FROM dated d
     ), settled AS (
       SELECT p.*, closed_day + CAST(7 + rint(i, 'verified', 60) AS INTEGER) AS verified_day FROM planned p
     ), final AS (
       SELECT s.*, CASE WHEN planned_status = 'VERIFIED' AND verified_day > ${lastDay} THEN 'CLOSED'
         ELSE planned_status END AS status
       FROM settled s
     )
     SELECT ${entityIdSql('cap', 'i')}, finding_id, ${actionTextSql()}, status, due_date,
       CASE WHEN status IN ('CLOSED', 'VERIFIED') THEN closed_day END,
       CASE WHEN status = 'VERIFIED' THEN verified_day END,
       CAST(CASE status WHEN 'VERIFIED' THEN verified_day WHEN 'CLOSED' THEN closed_day
         ELSE audit_day + 3 END AS TIMESTAMP) + INTERVAL 9 HOUR,
       ${seqBase} + (i - ${first})
     FROM final`,
  );
}

/** One past the highest change_seq this range may write. */
export function nextSeqAfter(r: AuditRange): number {
  return r.firstSeq + r.count + 2 * r.count * r.findingsPerAudit;
}

