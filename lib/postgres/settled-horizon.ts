/**
 * The settled horizon of a PostgreSQL sequence: the highest value H such that every transaction that took a
 * value ≤ H from it has ended. With a pool of writers, transactions commit in any order, so a reader that moves
 * a cursor (a change-feed watermark, an alert cursor) past a value that is visible may skip a smaller one whose
 * transaction commits later. Reading only up to the settled horizon makes cursor reads exact:
 * 1. read H, the sequence's last value: every value ≤ H has been handed out;
 * 2. list the transactions in flight now, by the lock each holds on its own id (pg_locks): the tables'
 *    triggers give each row its value only after its transaction has an id (and so that lock), so every
 *    transaction still holding a value ≤ H is in the list. (A snapshot's in-flight list would not do: it leaves
 *    out transactions whose id is above the highest one completed, and those can hold values ≤ H.)
 * 3. wait until every transaction in that list has ended (a transaction lets go of that lock after its commit
 *    is visible, so a statement started afterwards sees its rows).
 * Rows committed later take values above H. Used by the change feed (change-feed.ts) and the alert outbox's
 * reads (subgraphs/audits/store/alert-reads.ts).
 */
import { sql, type Kysely } from 'kysely';

/**
 * The settled horizon of `sequence` (a sequence in the connection's schema), or null when the transactions
 * in flight had not all ended within `waitMs` (they are short; the caller reads nothing new and asks again).
 */
export async function settledHorizon(db: Kysely<any>, sequence: string, waitMs: number): Promise<number | null> {
  const { rows: seq } = await sql<{ h: number }>`
    SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS h FROM ${sql.table(sequence)}`.execute(db);
  const horizon = Number(seq[0]!.h);
  const { rows: held } = await sql<{ xids: string[] | null }>`
    SELECT array_agg(transactionid::text) AS xids FROM pg_locks
    WHERE locktype = 'transactionid' AND mode = 'ExclusiveLock' AND granted`.execute(db);
  let inFlight = held[0]!.xids ?? [];
  const deadline = Date.now() + waitMs;
  while (inFlight.length > 0) {
    const { rows } = await sql<{ x: string }>`
      SELECT DISTINCT transactionid::text AS x FROM pg_locks
      WHERE locktype = 'transactionid' AND mode = 'ExclusiveLock' AND granted
        AND transactionid = ANY(${inFlight}::xid[])`.execute(db);
    inFlight = rows.map((r) => r.x);
    if (inFlight.length === 0) break;
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 2));
  }
  return horizon;
}
