/**
 * An order-independent checksum of a table's contents: md5 over its rows' text, sorted. Doubles are rounded to
 * 9 decimals first: parallel aggregation may add the same numbers in another order (last-bit differences).
 */
import { querySql, type WarehouseDb } from '../../../warehouse/db.js';
import { loadModels } from '../../../warehouse/models/model-graph.js';

export async function tableChecksum(db: WarehouseDb, table: string): Promise<string> {
  const columns = await querySql<{ column_name: string; data_type: string }>(
    db,
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${table}'
      ORDER BY ordinal_position`,
  );
  const fields = columns.map((c) => (c.data_type === 'DOUBLE' ? `round("${c.column_name}", 9)` : `"${c.column_name}"`)).join(', ');
  const [row] = await querySql<{ n: number; digest: string | null }>(
    db,
    `SELECT count(*) AS n, md5(string_agg(t, '|' ORDER BY t)) AS digest
      FROM (SELECT row(${fields})::VARCHAR AS t FROM ${table})`,
  );
  return `${row!.n}:${row!.digest ?? ''}`;
}

/** Checksums of every mart, by name. */
export async function martChecksums(db: WarehouseDb): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const model of loadModels().filter((m) => m.layer === 'marts')) out[model.name] = await tableChecksum(db, model.name);
  return out;
}
