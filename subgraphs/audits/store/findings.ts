/** Findings and corrective actions, read in batches per request (see loaders.ts). */
import type { Kysely } from 'kysely';
import type { CorrectiveActionRow, DB, FindingRow } from '../db-types.js';

export async function listFindingsByAuditIds(db: Kysely<DB>, auditIds: readonly string[]): Promise<FindingRow[]> {
  if (auditIds.length === 0) return [];
  return db
    .selectFrom('findings')
    .selectAll()
    .where('audit_id', 'in', [...auditIds])
    .where('is_deleted', '=', false)
    .orderBy('change_seq')
    .execute();
}

export async function listCorrectiveActionsByFindingIds(
  db: Kysely<DB>,
  findingIds: readonly string[],
): Promise<CorrectiveActionRow[]> {
  if (findingIds.length === 0) return [];
  return db
    .selectFrom('corrective_actions')
    .selectAll()
    .where('finding_id', 'in', [...findingIds])
    .where('is_deleted', '=', false)
    .execute();
}
