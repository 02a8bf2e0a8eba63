/**
 * The optimistic side of a group commit: plan without reading the store, assuming every idempotency key is
 * new, every given supplier id exists, and facilities match as the FacilityCache says, then let the
 * transaction verify all of it before it commits:
 * - a key that exists already makes the idempotency_keys insert fail on its primary key;
 * - `check` (an EXECUTE of PREPARE_CHECK_SQL) raises an error unless the given supplier ids are live, each
 *   cached facility key has exactly its cached live supplier, and no live supplier has a key the group
 *   registers as new.
 * Any failure rolls the transaction back and the group is written again after a real lookup.
 */
import type { IntakeUnit } from './types.js';
import type { FacilityCache } from '../facility-cache.js';
import type { Known } from './lookup.js';
import { sqlStringList } from '../../../../lib/duckdb/sql-literals.js';

export interface Assumed {
  known: Known;
  check: string;
}

const CHECK_NAME = 'intake_check_assumptions';

/**
 * The check, prepared once per connection (planned once, not per group). It raises an error unless all $4
 * given supplier ids ($1) are live, the live suppliers with a facility key in $2 (the cached keys, then the
 * keys the group registers as new) number exactly $5 (one per cached key, none for a new key), and each of
 * those is the cached one ($3: key, unit separator, supplier id). One scan of the live suppliers that the
 * group names by id or by facility key (measured on the 10k-supplier store: 1.6 ms, against 2.8 ms for one
 * scan per condition).
 */
export const PREPARE_CHECK_SQL = `PREPARE ${CHECK_NAME} AS
  SELECT error('intake: the group''s assumptions about the store are stale') FROM (
    SELECT count(*) FILTER (WHERE list_contains($1::VARCHAR[], supplier_id)) AS given,
           count(*) FILTER (WHERE list_contains($2::VARCHAR[], match_key)) AS keyed,
           count(*) FILTER (WHERE list_contains($3::VARCHAR[], match_key || chr(31) || supplier_id)) AS paired
    FROM suppliers
    WHERE NOT is_deleted AND (list_contains($1::VARCHAR[], supplier_id) OR list_contains($2::VARCHAR[], match_key))
  ) WHERE given <> $4::BIGINT OR keyed <> $5::BIGINT OR paired <> $5::BIGINT`;

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
      const key = s.prepared.facilityKey!;
      const id = facilities.get(key);
      if (id === null) return null;
      if (id === undefined) fresh.add(key);
      else cached.set(key, id);
    }
  }
  const ids = sqlStringList([...givenIds]);
  const keys = sqlStringList([...cached.keys(), ...fresh]);
  const pairs = sqlStringList([...cached].map(([key, id]) => `${key}\u001f${id}`));
  const check = `EXECUTE ${CHECK_NAME}(${ids}, ${keys}, ${pairs}, ${givenIds.size}, ${cached.size})`;
  return { known: { keys: new Map(), supplierIds: givenIds, suppliersByMatchKey: cached }, check };
}
