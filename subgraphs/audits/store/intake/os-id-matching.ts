/**
 * OS ID first: before a submission queues, a facility whose OS ID is registered becomes a reference to that
 * supplier (as if the partner had sent its supplierId), so name and address matching never runs for it. An
 * unknown OS ID goes on with the facility and is attached to the supplier intake picks (hooks.ts).
 * Two submissions racing with one new OS ID may still create two suppliers; the OS ID goes to the first.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db-types.js';
import type { AuditSubmission } from '../../domain.js';
import { newSubmission } from './rows.js';
import { findSupplierIdsByOsIds } from '../os-ids.js';

export async function preferOsIdMatches(db: Kysely<DB>, submissions: AuditSubmission[]): Promise<AuditSubmission[]> {
  const osIds = submissions.flatMap((s) => (s.draft.supplier?.osId ? [s.draft.supplier.osId] : []));
  if (osIds.length === 0) return submissions;
  const known = await findSupplierIdsByOsIds(db, osIds);
  return submissions.map((s) => {
    const supplierId = s.draft.supplier?.osId ? known.get(s.draft.supplier.osId) : undefined;
    if (!supplierId) return s;
    const { prepared: _prepared, ...parts } = s;
    return newSubmission({ ...parts, draft: { ...s.draft, supplier: null, supplierId } });
  });
}
