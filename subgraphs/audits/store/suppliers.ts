/** The shared supplier registry: lookups, the filtered list, and registration with facility matching. */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { lockForTransaction } from '../../../lib/store/transaction-lock.js';
import { decodeCursor, toConnection, type Connection } from '../../../lib/pagination.js';
import type { DB, SupplierRow } from '../db-types.js';
import type { SupplierDraft } from '../domain.js';
import { matchKey } from '../matching.js';
import type { SupplierFilter } from '../validation.js';
import { insertRows } from './bulk-insert.js';
import { attachOsIds, findOsIdsBySupplierIds, findSupplierIdsByOsIds } from './os-ids.js';

export async function findSupplierById(db: Kysely<DB>, id: string): Promise<SupplierRow | undefined> {
  return db.selectFrom('suppliers').selectAll().where('supplier_id', '=', id).where('is_deleted', '=', false).executeTakeFirst();
}

export async function findSuppliersByIds(db: Kysely<DB>, ids: readonly string[]): Promise<SupplierRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('suppliers').selectAll().where('supplier_id', 'in', [...ids]).where('is_deleted', '=', false).execute();
}

/** Match key → the earliest registered supplier with that key. */
async function findSupplierIdsByMatchKeys(db: Kysely<DB>, keys: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (keys.length === 0) return out;
  const rows = await db
    .selectFrom('suppliers')
    .select(['supplier_id', 'match_key'])
    .where('match_key', 'in', [...new Set(keys)])
    .where('is_deleted', '=', false)
    .orderBy('created_at')
    .orderBy('supplier_id')
    .execute();
  for (const row of rows) if (!out.has(row.match_key)) out.set(row.match_key, row.supplier_id);
  return out;
}

/** Registry page ordered by name then id (keyset cursor [name, id]). */
export async function listSuppliers(db: Kysely<DB>, filter: SupplierFilter, limit: number, after: string | null): Promise<Connection<SupplierRow>> {
  let query = db.selectFrom('suppliers').where('is_deleted', '=', false);
  if (filter.countryCode) query = query.where('country_code', '=', filter.countryCode);
  if (filter.sector) query = query.where('sector', '=', filter.sector);
  if (filter.search) {
    // strpos() takes the text literally (no LIKE wildcards to escape) and both engines have it.
    const needle = filter.search.toLowerCase();
    query = query.where(sql<boolean>`(strpos(lower(name), ${needle}) > 0 OR strpos(lower(address), ${needle}) > 0)`);
  }
  const cursor = decodeCursor(after, 2);
  let page = query.selectAll();
  if (cursor) {
    const [name, id] = cursor.map(String) as [string, string];
    page = page.where((eb) => eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('supplier_id', '>', id)])]));
  }
  const rows = await page.orderBy('name').orderBy('supplier_id').limit(limit + 1).execute();
  const count = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return toConnection(rows, limit, (r) => [r.name, r.supplier_id], Number(count.n));
}

/** A new registry row for a facility (change_seq is assigned on insert). */
export function newSupplierRow(draft: SupplierDraft, key: string, now: string) {
  return {
    supplier_id: randomUUID(),
    name: draft.name,
    address: draft.address,
    country_code: draft.countryCode,
    sector: draft.sector,
    goods: draft.goods,
    worker_count: draft.workerCount,
    migrant_worker_share: draft.migrantWorkerShare,
    tier: draft.tier,
    match_key: key,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Registers a facility, or returns the supplier it matches. One transaction: the match and the insert see the same
 * registry.
 */
export async function registerSupplier(db: Kysely<DB>, draft: SupplierDraft): Promise<{ supplier: SupplierRow; matchedExisting: boolean }> {
  const key = matchKey(draft.name, draft.address, draft.countryCode);
  const osId = draft.osId ?? null;
  return db.transaction().execute(async (trx) => {
    // The same lock key as a group commit registering this facility (intake/write-pooled.ts).
    await lockForTransaction(trx, [`facility\u001f${key}`]);
    const now = new Date().toISOString();
    // An OS ID names one facility, whatever its name and address say: match on it first.
    const byOsId = osId ? (await findSupplierIdsByOsIds(trx, [osId])).get(osId) : undefined;
    if (byOsId) return { supplier: (await findSupplierById(trx, byOsId))!, matchedExisting: true };
    const existingId = (await findSupplierIdsByMatchKeys(trx, [key])).get(key);
    // A name-and-address match with another OS ID is another facility; one without an OS ID gets this one.
    const existingOsId =
      existingId && osId ? (await findOsIdsBySupplierIds(trx, [existingId])).get(existingId) : undefined;
    if (existingId && !existingOsId) {
      if (osId) await attachOsIds(trx, [{ supplierId: existingId, osId }], now);
      return { supplier: (await findSupplierById(trx, existingId))!, matchedExisting: true };
    }
    const row = newSupplierRow(draft, key, now);
    await insertRows(trx, 'suppliers', [row]);
    if (osId) await attachOsIds(trx, [{ supplierId: row.supplier_id, osId }], now);
    return { supplier: (await findSupplierById(trx, row.supplier_id))!, matchedExisting: false };
  });
}
