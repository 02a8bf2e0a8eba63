/**
 * Incremental builds. A model declaring `-- incremental: <key>` (supplier_id or audit_id) promises that its
 * rows for one key value depend only on rows with that value in every relation it reads that has the key
 * column (plus, whole, the relations without one). Then a build only has to recompute the keys touched by the
 * rows synced since the last build: DELETE their rows, INSERT the model's SELECT with each such relation
 * narrowed to them. Audit-grained models (int_audits_joined, int_findings_joined, the CAP facts) narrow by
 * audit: new audits spread over most suppliers, yet touch only their own audits' rows there.
 *
 * The touched ("dirty") keys come from the change_seq of the four audits raw tables, through the current rows
 * AND the previous build's int tables (an audit moved from supplier A to B dirties both; a finding moved
 * between audits dirties both audits). Dirty audits: changed audits, the audits of changed suppliers, the
 * audits (now and before) of changed findings and of the findings of changed corrective actions. Dirty
 * suppliers: changed suppliers and the suppliers (now and before) of dirty audits. They are kept in
 * `_dirty_supplier_id` / `_dirty_audit_id` until the build's state is committed, so a build that crashes
 * half-way redoes at least the same keys next time.
 */
import { execSql, querySql, sqlString, type WarehouseDb } from '../db.js';

export const PARTITION_KEYS = ['supplier_id', 'audit_id'] as const;
export type PartitionKey = (typeof PARTITION_KEYS)[number];

export function isPartitionKey(key: string | null): key is PartitionKey {
  return (PARTITION_KEYS as readonly (string | null)[]).includes(key);
}

export function dirtyTableOf(key: PartitionKey): string {
  return `_dirty_${key}`;
}

/** The raw table holding every value of a key (the denominator of the share below). */
const KEY_SOURCES: Record<PartitionKey, string> = { supplier_id: 'raw_audits__suppliers', audit_id: 'raw_audits__audits' };

/** Raw tables whose changes the dirty sets account for; a change to any other input forces a full build. */
export const COVERED_INPUTS = ['raw_audits__suppliers', 'raw_audits__audits', 'raw_audits__findings', 'raw_audits__corrective_actions'];

/** Above this share of all keys, recomputing everything is cheaper than narrowing. */
export const FULL_BUILD_SHARE = 0.25;

export async function ensureDirtyTables(db: WarehouseDb): Promise<void> {
  for (const key of PARTITION_KEYS) await execSql(db, `CREATE TABLE IF NOT EXISTS ${dirtyTableOf(key)} (${key} VARCHAR PRIMARY KEY)`);
}

export interface DirtyKeys {
  /** Dirty keys per partition key. */
  count: Record<PartitionKey, number>;
  /** Whether narrowing by that key would touch too large a share to pay off. */
  tooWide: Record<PartitionKey, boolean>;
}

/**
 * Adds the keys touched by changes after `since` (raw table → change_seq at the previous build) to the dirty
 * tables; returns how many are dirty in all. Needs int_audits_joined and int_findings_joined to exist.
 */
export async function collectDirtyKeys(db: WarehouseDb, since: Record<string, number>): Promise<DirtyKeys> {
  const s = since.raw_audits__suppliers ?? 0;
  const a = since.raw_audits__audits ?? 0;
  const f = since.raw_audits__findings ?? 0;
  const c = since.raw_audits__corrective_actions ?? 0;
  const changedSuppliers = `SELECT supplier_id FROM raw_audits__suppliers WHERE change_seq > ${s}`;
  const changedFindings = `SELECT finding_id FROM raw_audits__findings WHERE change_seq > ${f}`;
  const changedActions = `SELECT corrective_action_id, finding_id FROM raw_audits__corrective_actions WHERE change_seq > ${c}`;
  await execSql(
    db,
    `INSERT OR IGNORE INTO ${dirtyTableOf('audit_id')}
     SELECT DISTINCT audit_id FROM (
       SELECT audit_id FROM raw_audits__audits WHERE change_seq > ${a}
       UNION ALL SELECT audit_id FROM raw_audits__audits WHERE supplier_id IN (${changedSuppliers})
       UNION ALL SELECT audit_id FROM raw_audits__findings WHERE change_seq > ${f}
       UNION ALL SELECT audit_id FROM int_findings_joined WHERE finding_id IN (${changedFindings})
       UNION ALL SELECT audit_id FROM raw_audits__findings WHERE finding_id IN (SELECT finding_id FROM (${changedActions}))
       UNION ALL SELECT audit_id FROM int_findings_joined WHERE corrective_action_id IN (SELECT corrective_action_id FROM (${changedActions}))
     ) WHERE audit_id IS NOT NULL`,
  );
  const dirtyAudits = `SELECT audit_id FROM ${dirtyTableOf('audit_id')}`;
  await execSql(
    db,
    `INSERT OR IGNORE INTO ${dirtyTableOf('supplier_id')}
     SELECT DISTINCT supplier_id FROM (
       ${changedSuppliers}
       UNION ALL SELECT supplier_id FROM raw_audits__audits WHERE audit_id IN (${dirtyAudits})
       UNION ALL SELECT supplier_id FROM int_audits_joined WHERE audit_id IN (${dirtyAudits})
     ) WHERE supplier_id IS NOT NULL`,
  );
  const parts = PARTITION_KEYS.map(
    (key) => `SELECT '${key}' AS k, (SELECT count(*) FROM ${dirtyTableOf(key)}) AS dirty, (SELECT count(*) FROM ${KEY_SOURCES[key]}) AS total`,
  );
  const rows = await querySql<{ k: PartitionKey; dirty: number; total: number }>(db, parts.join(' UNION ALL '));
  const count = Object.fromEntries(rows.map((r) => [r.k, r.dirty])) as Record<PartitionKey, number>;
  const tooWide = Object.fromEntries(rows.map((r) => [r.k, r.dirty > FULL_BUILD_SHARE * Math.max(r.total, 1)])) as Record<PartitionKey, boolean>;
  return { count, tooWide };
}

/**
 * The model's SELECT with each relation that has the partition key narrowed to the dirty keys (CTEs of the
 * same name shadow the tables; the model's own WITH stays inside the subquery).
 */
export function narrowToDirty(sql: string, relations: readonly string[], key: PartitionKey): string {
  if (relations.length === 0) return sql;
  const ctes = relations.map((r) => `${r} AS (SELECT * FROM main.${r} WHERE ${key} IN (SELECT ${key} FROM main.${dirtyTableOf(key)}))`);
  return `WITH ${ctes.join(',\n')}\nSELECT * FROM (\n${sql}\n)`;
}

/** Which of the named relations have the key column (and so can be narrowed). */
export async function relationsWithKey(db: WarehouseDb, names: readonly string[], key: PartitionKey): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await querySql<{ table_name: string }>(
    db,
    `SELECT DISTINCT table_name FROM information_schema.columns WHERE column_name = '${key}' AND table_name IN (${names.map(sqlString).join(', ')})`,
  );
  return rows.map((r) => r.table_name).sort();
}
