/**
 * Open Supply Hub OS IDs of registry suppliers (table supplier_os_ids, one each way). Matching a submitted
 * facility tries its OS ID first, then the name-and-address match key (matching.ts).
 */
import { sql, type Kysely } from 'kysely';
import { sqlString } from '../../../lib/duckdb/sql-literals.js';
import type { DB } from '../db-types.js';
import type { AlertTables } from './alert-tables.js';

export async function findSupplierIdsByOsIds(db: Kysely<DB>, osIds: readonly string[]): Promise<Map<string, string>> {
  if (osIds.length === 0) return new Map();
  const rows = await db
    .withTables<AlertTables>()
    .selectFrom('supplier_os_ids')
    .select(['os_id', 'supplier_id'])
    .where('os_id', 'in', [...new Set(osIds)])
    .execute();
  return new Map(rows.map((r) => [r.os_id, r.supplier_id]));
}

export async function findOsIdsBySupplierIds(
  db: Kysely<DB>,
  supplierIds: readonly string[],
): Promise<Map<string, string>> {
  if (supplierIds.length === 0) return new Map();
  const rows = await db
    .withTables<AlertTables>()
    .selectFrom('supplier_os_ids')
    .select(['os_id', 'supplier_id'])
    .where('supplier_id', 'in', [...new Set(supplierIds)])
    .execute();
  return new Map(rows.map((r) => [r.supplier_id, r.os_id]));
}

/**
 * Gives suppliers their OS IDs, in the caller's transaction. A supplier that has an OS ID keeps it, and an OS
 * ID that names a supplier keeps naming it: such pairs are skipped (ON CONFLICT DO NOTHING), never overwritten.
 * SQL text with standard literals, so the DuckDB intake can send it inside its one-call transaction.
 */
export function attachOsIdsSql(pairs: readonly { supplierId: string; osId: string }[], now: string): string {
  const rows = pairs.map(
    (p) => `(${sqlString(p.osId)}, ${sqlString(p.supplierId)}, CAST(${sqlString(now)} AS TIMESTAMP))`,
  );
  return `INSERT INTO supplier_os_ids (os_id, supplier_id, created_at) VALUES ${rows.join(', ')}
    ON CONFLICT DO NOTHING`;
}

export async function attachOsIds(
  db: Kysely<DB>,
  pairs: readonly { supplierId: string; osId: string }[],
  now: string,
): Promise<void> {
  if (pairs.length === 0) return;
  await sql.raw(attachOsIdsSql(pairs, now)).execute(db);
}
