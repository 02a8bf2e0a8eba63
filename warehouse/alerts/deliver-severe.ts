/**
 * Sends recorded SEVERE transitions (severe-transitions.ts) to the audits subgraph's outbox, directly at its
 * URL with the WAREHOUSE token like the change feeds: `recordSevereBandAlerts(buildId, supplierIds)`, which
 * adds nothing for a (supplier, build) it has seen. A batch is marked delivered only after the audits subgraph
 * answered; a failure leaves it for the next tick.
 */
import type { WarehouseDb } from '../db.js';
import type { TokenProvider } from '../sync/fetch-batch.js';
import { listUndeliveredTransitions, markDelivered } from './severe-transitions.js';

const BATCH = 1_000;
const MUTATION = `mutation RecordSevere($buildId: ID!, $supplierIds: [ID!]!) {
  recordSevereBandAlerts(buildId: $buildId, supplierIds: $supplierIds)
}`;

/** Delivers every undelivered transition; returns the number of new alerts the audits subgraph recorded. */
export async function deliverSevereTransitions(
  db: WarehouseDb,
  options: { auditsUrl: string; tokenProvider: TokenProvider; timeoutMs?: number },
): Promise<number> {
  let raised = 0;
  for (const batch of await listUndeliveredTransitions(db, BATCH)) {
    const response = await fetch(options.auditsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await options.tokenProvider()}` },
      body: JSON.stringify({ query: MUTATION, variables: batch }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    const body = (await response.json().catch(() => null)) as {
      data?: { recordSevereBandAlerts?: number };
      errors?: { message: string }[];
    } | null;
    const count = body?.data?.recordSevereBandAlerts;
    if (typeof count !== 'number') {
      throw new Error(
        `recordSevereBandAlerts failed at ${options.auditsUrl}: ` +
          (body?.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`),
      );
    }
    await markDelivered(db, batch);
    raised += count;
  }
  return raised;
}
