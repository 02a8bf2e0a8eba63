/**
 * The optimistic side of a group commit: plan without reading the store, assuming every idempotency key is
 * new, every given supplier id exists, and facilities match as the FacilityCache says, then let the
 * transaction verify all of it before it commits:
 * - a key that exists already makes the idempotency_keys insert fail on its primary key;
 * - `check` raises an error unless the given supplier ids are live, each cached facility key has exactly
 *   its cached live supplier, and no live supplier has a key the group registers as new.
 * Any failure rolls the transaction back and the group is written again after a real lookup.
 */
import type { IntakeUnit } from './intake-types.js';
import type { FacilityCache } from './facility-cache.js';
import { facilityKey, type Known } from './intake-lookup.js';
import { sqlStringList } from './sql-literals.js';

export interface Assumed {
  known: Known;
  check: string;
}

/** The assumptions for `units`, or null when a facility is ambiguous (the lookup decides those). */
export function assumeKnown(units: readonly IntakeUnit[], facilities: FacilityCache): Assumed | null {
  const givenIds = new Set<string>();
  const cached = new Map<string, string>();
  const fresh = new Set<string>();
  for (const unit of units) {
    for (const s of unit.submissions) {
      if (s.draft.supplierId !== null) {
        givenIds.add(s.draft.supplierId);
        continue;
      }
      const key = facilityKey(s.draft.supplier!);
      const id = facilities.get(key);
      if (id === null) return null;
      if (id === undefined) fresh.add(key);
      else cached.set(key, id);
    }
  }
  const ids = sqlStringList([...givenIds]);
  const keys = sqlStringList([...cached.keys(), ...fresh]);
  const pairs = sqlStringList([...cached].map(([key, id]) => `${key}\u001f${id}`));
  // One scan of the live suppliers that the group names by id or by facility key (measured on the 10k-supplier
  // store: 1.6 ms, against 2.8 ms for one scan per condition).
  const check = `SELECT error('intake: the group''s assumptions about the store are stale') FROM (
    SELECT count(*) FILTER (WHERE list_contains(${ids}, supplier_id)) AS given,
           count(*) FILTER (WHERE list_contains(${keys}, match_key)) AS keyed,
           count(*) FILTER (WHERE list_contains(${pairs}, match_key || chr(31) || supplier_id)) AS paired
    FROM suppliers WHERE NOT is_deleted AND (list_contains(${ids}, supplier_id) OR list_contains(${keys}, match_key))
  ) WHERE given <> ${givenIds.size} OR keyed <> ${cached.size} OR paired <> ${cached.size}`;
  return { known: { keys: new Map(), supplierIds: givenIds, suppliersByMatchKey: cached }, check };
}
