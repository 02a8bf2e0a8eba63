/**
 * change_seq for set-based inserts: rows get `base + row_number()` in a fixed order (nextval inside a parallel
 * INSERT … SELECT is unique but not reproducible), then the sequence is moved past them. DuckDB sequences cannot
 * be set; recreating one is safe because no column default refers to it.
 */
import { sql, type Kysely } from 'kysely';

/** The next value the sequence would hand out (consumes it). */
export async function nextSeq(db: Kysely<any>): Promise<number> {
  const result = await sql<{ next: number }>`SELECT nextval('change_seq_counter') AS next`.execute(db);
  return Number(result.rows[0]!.next);
}

export async function restartSequence(db: Kysely<any>, next: number): Promise<void> {
  if (!Number.isSafeInteger(next) || next < 1)
    throw new Error(`sequence restart must be a positive integer, got ${next}`);
  await sql.raw(`CREATE OR REPLACE SEQUENCE change_seq_counter START ${next}`).execute(db);
}

/** SQL for the change_seq of each row: `base` for the first in `orderBy` order, then +1 each. */
export function seqSql(base: number, orderBy: string): string {
  return `${base} + row_number() OVER (ORDER BY ${orderBy}) - 1`;
}
