/** Per-request loaders for the nested fields of audits (lib/loader.ts). */
import type { Kysely } from 'kysely';
import { createLoader, type Loader } from '../../lib/loader.js';
import type { CorrectiveActionRow, DB, FindingRow, SupplierRow } from './db-types.js';
import { listCorrectiveActionsByFindingIds, listFindingsByAuditIds } from './store/findings.js';
import { findOsIdsBySupplierIds } from './store/os-ids.js';
import { findSuppliersByIds } from './store/suppliers.js';

export interface Loaders {
  supplier: Loader<string, SupplierRow | null>;
  findings: Loader<string, FindingRow[]>;
  correctiveAction: Loader<string, CorrectiveActionRow | null>;
  osId: Loader<string, string | null>;
}

export function createLoaders(db: Kysely<DB>): Loaders {
  return {
    supplier: createLoader(
      async (ids) => new Map((await findSuppliersByIds(db, [...ids])).map((s) => [s.supplier_id, s])),
      null,
    ),
    findings: createLoader(async (auditIds) => {
      const out = new Map<string, FindingRow[]>(auditIds.map((id) => [id, []]));
      for (const f of await listFindingsByAuditIds(db, [...auditIds])) out.get(f.audit_id)!.push(f);
      return out;
    }, []),
    correctiveAction: createLoader(
      async (findingIds) =>
        new Map((await listCorrectiveActionsByFindingIds(db, [...findingIds])).map((c) => [c.finding_id, c])),
      null,
    ),
    osId: createLoader((supplierIds) => findOsIdsBySupplierIds(db, [...supplierIds]), null),
  };
}
