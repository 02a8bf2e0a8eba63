/** Findings and corrective actions, read in batches per request (see loaders.ts). */
import type { Kysely } from 'kysely';
import type { CorrectiveActionRow, DB, FindingRow } from '../db-types.js';

export async function listFindingsByAuditIds(db: Kysely<DB>, auditIds: readonly string[]): Promise<FindingRow[]> {
  if (auditIds.length === 0) return [];
  // The id list alone, tombstones dropped here: DuckDB scans the whole table instead of using the index when the
  // scan has a second filter (migrations/004_lookup_indexes.sql).
  const rows = await db
    .selectFrom('findings')
    .selectAll()
    .where('audit_id', 'in', [...auditIds])
    .execute();
  return rows.filter((f) => !f.is_deleted).sort((a, b) => Number(a.change_seq) - Number(b.change_seq));
}

export async function listCorrectiveActionsByFindingIds(
  db: Kysely<DB>,
  findingIds: readonly string[],
): Promise<CorrectiveActionRow[]> {
  if (findingIds.length === 0) return [];
  const rows = await db
    .selectFrom('corrective_actions')
    .selectAll()
    .where('finding_id', 'in', [...findingIds])
    .execute();
  return rows.filter((c) => !c.is_deleted);
}
