/** Per-request loaders for the nested fields of audits. */
import type { Kysely } from 'kysely';
import { BatchLoader } from './batch-loader.js';
import type { CorrectiveActionRow, DB, FindingRow, SupplierRow } from './db-types.js';
import { listCorrectiveActionsByFindingIds, listFindingsByAuditIds } from './store/findings.js';
import { findOsIdsBySupplierIds } from './store/os-ids.js';
import { findSuppliersByIds } from './store/suppliers.js';

export interface Loaders {
  supplier: BatchLoader<string, SupplierRow>;
  findings: BatchLoader<string, FindingRow[]>;
  correctiveAction: BatchLoader<string, CorrectiveActionRow>;
  osId: BatchLoader<string, string>;
}

export function createLoaders(db: Kysely<DB>): Loaders {
  return {
    supplier: new BatchLoader(async (ids) => new Map((await findSuppliersByIds(db, ids)).map((s) => [s.supplier_id, s]))),
    findings: new BatchLoader(async (auditIds) => {
      const out = new Map<string, FindingRow[]>(auditIds.map((id) => [id, []]));
      for (const f of await listFindingsByAuditIds(db, auditIds)) out.get(f.audit_id)!.push(f);
      return out;
    }),
    correctiveAction: new BatchLoader(async (findingIds) => new Map((await listCorrectiveActionsByFindingIds(db, findingIds)).map((c) => [c.finding_id, c]))),
    osId: new BatchLoader((supplierIds) => findOsIdsBySupplierIds(db, supplierIds)),
  };
}
