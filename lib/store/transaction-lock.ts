/**
 * Serialises transactions that read-then-write the same thing (the next revision number of a feed, the
 * facility registry under a match key). A DuckDB store has one connection behind a FIFO lock, so its
 * transactions never overlap and this is a no-op; on PostgreSQL, where a pool and several replicas write at
 * once, it takes a transaction-scoped advisory lock per key, in sorted order so two groups cannot deadlock.
 * Call it first inside the transaction; the locks are released at COMMIT or ROLLBACK.
 */
import { sql, type Kysely } from 'kysely';
import { engineOf } from './engine.js';

export async function lockForTransaction(trx: Kysely<any>, keys: readonly string[]): Promise<void> {
  if (keys.length === 0 || engineOf(trx) !== 'postgres') return;
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(k, 0))
    FROM (SELECT DISTINCT unnest(${[...keys]}::text[]) AS k ORDER BY k) AS sorted`.execute(trx);
}
