import { sql, type Kysely } from 'kysely';

/** Runs a raw INSERT and returns how many rows it wrote (DuckDB answers a raw INSERT with one `Count` row). */
export async function runInsert(db: Kysely<any>, text: string): Promise<number> {
  const result = await sql.raw<{ Count?: number }>(text).execute(db);
  const count = result.numAffectedRows ?? result.rows[0]?.Count;
  if (count === undefined) throw new Error(`INSERT reported no row count: ${text.slice(0, 80)}`);
  return Number(count);
}
