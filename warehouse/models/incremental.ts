/**
 * Incremental builds. A model declaring `-- incremental: <key>` (supplier_id or audit_id) promises that its
 * rows for one key value depend only on rows with that value in every relation it reads that has the key
 * column (plus, whole, the relations without one). Then a build only has to recompute the keys touched by the
 * rows synced since the last build: DELETE their rows, INSERT the model's SELECT with each such relation
 * narrowed to them. Audit-grained models (int_audits_joined, int_findings_joined, the CAP facts) narrow by
 * audit: new audits spread over most suppliers, yet touch only their own audits' rows there. The promise is
 * checked for every model declaring it by tests/warehouse/incremental-contract.integration.test.ts (a few keys
 * computed from their own rows equal the full build's), not only for the changes the incremental tests happen to
 * make.
 *
 * The touched ("dirty") keys come from the change_seq of the four audits raw tables, through the current rows
 * AND the previous build's int tables (an audit moved from supplier A to B dirties both; a finding moved
 * between audits dirties both audits). Dirty audits: changed audits, the audits of changed suppliers, the
 * audits (now and before) of changed findings and of the findings of changed corrective actions. Dirty
 * suppliers: changed suppliers and the suppliers (now and before) of dirty audits. They are kept in
 * `_dirty_supplier_id` / `_dirty_audit_id` until the build's state is committed, so a build that crashes
 * half-way redoes at least the same keys next time.
 *
 * Windowed models. A model whose row for a key also reads the row of the key just before it (lag/lead by one
 * over an ordering, as mart_audit_facts reads each audit's previous audit at the same supplier) declares that
 * ordering beside its key:
 *
 *   -- incremental: audit_id
 *   -- window: int_audits_joined partition by supplier_id order by audit_date, submitted_at, audit_id
 *   --     with previous previous_audit_id
 *
 * The promise: the model's window runs over exactly that relation's rows (one per key, no filter before the
 * window) in that order, and a key's row depends only on its own rows in the keyed inputs and on its
 * predecessor's. Its own table must carry the key, partition and order columns too. When it is updated:
 *   1. the dirty keys D gain their successors in the previous ordering (read from the model's own table before
 *      it changes: the key after a deleted, moved or re-dated one gets a new predecessor; by the column holding
 *      each row's predecessor key when the model declares one, `with previous`, else by a window over the changed
 *      keys' partitions) and in the current one (read from the relation, already built: the key after a new or
 *      changed one). Any key whose predecessor
 *      changed is then dirty: if neither it, its old nor its new predecessor is in D, all three kept their
 *      places, so the predecessor is the same. Successors of successors keep theirs. These keys go into the
 *      shared dirty table (before the model's table changes, so a build that stops half-way leaves them for the
 *      next), so models built later from this one (mart_repeat_findings) recompute them too. Models that do
 *      not read it are built before it where dependencies allow (model-graph.ts): they need not recompute them;
 *   2. its keyed inputs are narrowed to the dirty keys plus each one's current predecessor: in that subset a
 *      dirty key's predecessor is still the row just before it, so lag() gives what it gives over all rows;
 *   3. only the dirty keys' rows are kept, deleted and inserted as for any incremental model.
 * Steps 1–2 (windowed.ts) cost a window over the relation's partitions that hold dirty keys (the dirty
 * suppliers' audits), four narrow columns, instead of recomputing every row of those suppliers. Its tests
 * (and those of models reading it) run on the recomputed keys like any incremental model's, so a test that
 * follows a row to its predecessor must read the whole table: previous_exists names it
 * `main.mart_audit_facts`, which the narrowing (CTEs of the bare name) does not shadow.
 *
 * Models that sum the rows of incremental ones (counts per period and country, histograms) cannot be
 * partitioned by a key new audits do not spread over; additive.ts updates them by the change instead.
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
const KEY_SOURCES: Record<PartitionKey, string> = {
  supplier_id: 'raw_audits__suppliers',
  audit_id: 'raw_audits__audits',
};

/** Raw tables whose changes the dirty sets account for; a change to any other input forces a full build. */
export const COVERED_INPUTS = [
  'raw_audits__suppliers',
  'raw_audits__audits',
  'raw_audits__findings',
  'raw_audits__corrective_actions',
];

/** Above this share of all keys, recomputing everything is cheaper than narrowing. */
const FULL_BUILD_SHARE = 0.25;

export async function ensureDirtyTables(db: WarehouseDb): Promise<void> {
  for (const key of PARTITION_KEYS)
    await execSql(db, `CREATE TABLE IF NOT EXISTS ${dirtyTableOf(key)} (${key} VARCHAR PRIMARY KEY)`);
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
  const changedActions = `SELECT corrective_action_id, finding_id FROM raw_audits__corrective_actions
    WHERE change_seq > ${c}`;
  await execSql(
    db,
    `INSERT OR IGNORE INTO ${dirtyTableOf('audit_id')}
     SELECT DISTINCT audit_id FROM (
       SELECT audit_id FROM raw_audits__audits WHERE change_seq > ${a}
       UNION ALL SELECT audit_id FROM raw_audits__audits WHERE supplier_id IN (${changedSuppliers})
       UNION ALL SELECT audit_id FROM raw_audits__findings WHERE change_seq > ${f}
       UNION ALL SELECT audit_id FROM int_findings_joined WHERE finding_id IN (${changedFindings})
       UNION ALL SELECT audit_id FROM raw_audits__findings
         WHERE finding_id IN (SELECT finding_id FROM (${changedActions}))
       UNION ALL SELECT audit_id FROM int_findings_joined WHERE corrective_action_id IN
         (SELECT corrective_action_id FROM (${changedActions}))
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
    (key) => `SELECT '${key}' AS k, (SELECT count(*) FROM ${dirtyTableOf(key)}) AS dirty,
        (SELECT count(*) FROM ${KEY_SOURCES[key]}) AS total`,
  );
  const rows = await querySql<{ k: PartitionKey; dirty: number; total: number }>(db, parts.join(' UNION ALL '));
  const count = Object.fromEntries(rows.map((r) => [r.k, r.dirty])) as Record<PartitionKey, number>;
  const tooWide = Object.fromEntries(
    rows.map((r) => [r.k, r.dirty > FULL_BUILD_SHARE * Math.max(r.total, 1)]),
  ) as Record<PartitionKey, boolean>;
  return { count, tooWide };
}

/**
 * The model's SELECT with each relation that has the partition key narrowed to the dirty keys, or to the keys
 * in `keysTable` (CTEs of the same name shadow the tables; the model's own WITH stays inside the subquery).
 */
export function narrowToDirty(
  sql: string,
  relations: readonly string[],
  key: PartitionKey,
  keysTable = `main.${dirtyTableOf(key)}`,
): string {
  if (relations.length === 0) return sql;
  const ctes = relations.map(
    (r) => `${r} AS (SELECT * FROM main.${r} WHERE ${key} IN (SELECT ${key} FROM ${keysTable}))`,
  );
  return `WITH ${ctes.join(',\n')}\nSELECT * FROM (\n${sql}\n)`;
}

/** How many keys are dirty now (windowed models add successors while the build runs). */
export async function countDirtyKeys(db: WarehouseDb): Promise<Record<PartitionKey, number>> {
  const parts = PARTITION_KEYS.map((key) => `SELECT '${key}' AS k, count(*) AS n FROM ${dirtyTableOf(key)}`);
  const rows = await querySql<{ k: PartitionKey; n: number }>(db, parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.k, r.n])) as Record<PartitionKey, number>;
}

/** Which of the named relations have the key column (and so can be narrowed). */
export async function relationsWithKey(
  db: WarehouseDb,
  names: readonly string[],
  key: PartitionKey,
): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await querySql<{ table_name: string }>(
    db,
    `SELECT DISTINCT table_name FROM information_schema.columns WHERE column_name = '${key}'
      AND table_name IN (${names.map(sqlString).join(', ')})`,
  );
  return rows.map((r) => r.table_name).sort();
}
