/**
 * Incremental builds. A model declaring `-- incremental: supplier_id` promises that its rows for a supplier
 * depend only on rows of that supplier in every relation it reads that has a supplier_id column (plus, whole,
 * the relations without one). Then a build only has to recompute the suppliers touched by the rows synced
 * since the last build: DELETE their rows, INSERT the model's SELECT with each such relation narrowed to them.
 *
 * The touched ("dirty") suppliers come from the change_seq of the four audits raw tables, through the current
 * rows AND the previous build's int tables (an audit moved from supplier A to B dirties both). They are kept in
 * `_dirty_supplier_id` until the build's state is committed, so a build that crashes half-way redoes at least
 * the same suppliers next time.
 */
import { execSql, querySql, sqlString, type WarehouseDb } from '../db.js';

export const PARTITION_KEY = 'supplier_id';
export const DIRTY_TABLE = '_dirty_supplier_id';

/** Raw tables whose changes the dirty set accounts for; a change to any other input forces a full build. */
export const COVERED_INPUTS = ['raw_audits__suppliers', 'raw_audits__audits', 'raw_audits__findings', 'raw_audits__corrective_actions'];

/** Above this share of all suppliers, recomputing everything is cheaper than narrowing. */
export const FULL_BUILD_SHARE = 0.25;

export async function ensureDirtyTable(db: WarehouseDb): Promise<void> {
  await execSql(db, `CREATE TABLE IF NOT EXISTS ${DIRTY_TABLE} (supplier_id VARCHAR PRIMARY KEY)`);
}

/**
 * Adds the suppliers touched by changes after `since` (raw table → change_seq at the previous build) to the
 * dirty table; returns how many are dirty in all. Needs int_audits_joined and int_findings_joined to exist.
 */
export async function collectDirtySuppliers(db: WarehouseDb, since: Record<string, number>): Promise<number> {
  const s = since.raw_audits__suppliers ?? 0;
  const a = since.raw_audits__audits ?? 0;
  const f = since.raw_audits__findings ?? 0;
  const c = since.raw_audits__corrective_actions ?? 0;
  const changedAudits = `SELECT audit_id FROM raw_audits__audits WHERE change_seq > ${a}`;
  const changedFindings = `SELECT finding_id, audit_id FROM raw_audits__findings WHERE change_seq > ${f}`;
  const changedActions = `SELECT corrective_action_id, finding_id FROM raw_audits__corrective_actions WHERE change_seq > ${c}`;
  await execSql(
    db,
    `INSERT OR IGNORE INTO ${DIRTY_TABLE}
     SELECT DISTINCT supplier_id FROM (
       SELECT supplier_id FROM raw_audits__suppliers WHERE change_seq > ${s}
       UNION ALL SELECT supplier_id FROM raw_audits__audits WHERE change_seq > ${a}
       UNION ALL SELECT supplier_id FROM int_audits_joined WHERE audit_id IN (${changedAudits})
       UNION ALL SELECT supplier_id FROM raw_audits__audits WHERE audit_id IN (SELECT audit_id FROM (${changedFindings}))
       UNION ALL SELECT supplier_id FROM int_findings_joined WHERE finding_id IN (SELECT finding_id FROM (${changedFindings}))
       UNION ALL SELECT supplier_id FROM raw_audits__audits WHERE audit_id IN (
         SELECT audit_id FROM raw_audits__findings WHERE finding_id IN (SELECT finding_id FROM (${changedActions})))
       UNION ALL SELECT supplier_id FROM int_findings_joined WHERE corrective_action_id IN (SELECT corrective_action_id FROM (${changedActions}))
     ) WHERE supplier_id IS NOT NULL`,
  );
  const [row] = await querySql<{ n: number }>(db, `SELECT count(*) AS n FROM ${DIRTY_TABLE}`);
  return row!.n;
}

/**
 * The model's SELECT with each relation that has the partition key narrowed to the dirty suppliers (CTEs of
 * the same name shadow the tables; the model's own WITH stays inside the subquery).
 */
export function narrowToDirty(sql: string, relations: readonly string[]): string {
  if (relations.length === 0) return sql;
  const ctes = relations.map((r) => `${r} AS (SELECT * FROM main.${r} WHERE ${PARTITION_KEY} IN (SELECT ${PARTITION_KEY} FROM main.${DIRTY_TABLE}))`);
  return `WITH ${ctes.join(',\n')}\nSELECT * FROM (\n${sql}\n)`;
}

/** Which of the named relations have the partition key column (and so can be narrowed). */
export async function relationsWithKey(db: WarehouseDb, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await querySql<{ table_name: string }>(
    db,
    `SELECT DISTINCT table_name FROM information_schema.columns WHERE column_name = '${PARTITION_KEY}' AND table_name IN (${names.map(sqlString).join(', ')})`,
  );
  return rows.map((r) => r.table_name).sort();
}
