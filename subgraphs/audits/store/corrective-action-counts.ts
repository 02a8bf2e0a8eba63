/**
 * Open and overdue corrective actions per supplier, counted over every audit of it the caller may see (the
 * AuditScope) in one GROUP BY for a whole batch of suppliers (loaders.ts), so a page listing 20 suppliers costs one
 * query, not one read of each supplier's audits, findings and actions. Tombstoned audits, findings and actions
 * count for nothing, as they show nowhere else. "Open" and "overdue" are corrective-action-rules.ts's rules.
 */
import type { Kysely } from 'kysely';
import type { AuditScope } from '../audit-scope.js';
import { isOpenSql, isOverdueSql } from '../corrective-action-rules.js';
import type { DB } from '../db-types.js';
import { visibleAudits } from './audits.js';

export interface CorrectiveActionCounts {
  open: number;
  overdue: number;
}

/** By supplier id; a supplier with no visible corrective action at all is absent. */
export async function countCorrectiveActionsBySupplier(
  db: Kysely<DB>,
  supplierIds: readonly string[],
  scope: AuditScope,
  today: string,
): Promise<Map<string, CorrectiveActionCounts>> {
  if (supplierIds.length === 0) return new Map();
  const rows = await visibleAudits(db, scope)
    .innerJoin('findings as f', 'f.audit_id', 'audits.audit_id')
    .innerJoin('corrective_actions as ca', 'ca.finding_id', 'f.finding_id')
    .where('audits.supplier_id', 'in', [...supplierIds])
    .where('f.is_deleted', '=', false)
    .where('ca.is_deleted', '=', false)
    .select((eb) => [
      'audits.supplier_id',
      eb.fn.countAll<number | bigint>().filterWhere(isOpenSql('ca')).as('open'),
      eb.fn.countAll<number | bigint>().filterWhere(isOverdueSql('ca', today)).as('overdue'),
    ])
    .groupBy('audits.supplier_id')
    .execute();
  return new Map(rows.map((r) => [r.supplier_id, { open: Number(r.open), overdue: Number(r.overdue) }]));
}
