/** Per-request loaders for the nested fields of audits (lib/loader.ts). */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../lib/identity.js';
import { createLoader, type Loader } from '../../lib/loader.js';
import { todayUtc } from '../../lib/scalars.js';
import { auditScopeOf } from './audit-scope.js';
import type { CorrectiveActionRow, DB, FindingRow, SupplierRow } from './db-types.js';
import { countCorrectiveActionsBySupplier, type CorrectiveActionCounts } from './store/corrective-action-counts.js';
import { listCorrectiveActionsByFindingIds, listFindingsByAuditIds } from './store/findings.js';
import { findOsIdsBySupplierIds } from './store/os-ids.js';
import { findSuppliersByIds } from './store/suppliers.js';

export interface Loaders {
  supplier: Loader<string, SupplierRow | null>;
  findings: Loader<string, FindingRow[]>;
  correctiveAction: Loader<string, CorrectiveActionRow | null>;
  osId: Loader<string, string | null>;
  /** By supplier id, over the audits the caller may see; FORBIDDEN for a role that sees none. */
  correctiveActionCounts: Loader<string, CorrectiveActionCounts>;
}

const NO_ACTIONS: CorrectiveActionCounts = Object.freeze({ open: 0, overdue: 0 });

export function createLoaders(db: Kysely<DB>, request: RequestContext): Loaders {
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
    correctiveActionCounts: createLoader(
      (supplierIds) => countCorrectiveActionsBySupplier(db, supplierIds, auditScopeOf(request), todayUtc()),
      NO_ACTIONS,
    ),
  };
}
