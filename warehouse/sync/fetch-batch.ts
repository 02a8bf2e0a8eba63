/**
 * Asks a source subgraph, directly at its own URL (not through the gateway), to write the rows after a seq
 * as a Parquet batch: `mutation { exportAuditsChanges(table, afterSeq) { … } }` with a WAREHOUSE token.
 */
import type { ChangeBatch } from '../../lib/change-feed.js';
import { changeFeedFieldOf, type SourceName } from './sources.js';

export type BatchFetcher = (source: SourceName, table: string, afterSeq: number) => Promise<ChangeBatch>;
export type TokenProvider = () => Promise<string>;

export interface HttpFetcherOptions {
  urls: Record<SourceName, string>;
  tokenProvider: TokenProvider;
  timeoutMs?: number;
}

export function createHttpBatchFetcher(options: HttpFetcherOptions): BatchFetcher {
  return async (source, table, afterSeq) => {
    const field = changeFeedFieldOf(source);
    const url = options.urls[source];
    const query = `mutation ExportChanges($table: String!, $afterSeq: Int!) {
      ${field}(table: $table, afterSeq: $afterSeq) { source table path fromSeqExclusive toSeqInclusive rowCount }
    }`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await options.tokenProvider()}` },
        body: JSON.stringify({ query, variables: { table, afterSeq } }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
      });
    } catch (error) {
      throw new Error(
        `${source}.${table}: cannot reach the ${source} subgraph at ${url}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    const body = (await response.json().catch(() => null)) as {
      data?: Record<string, ChangeBatch | null>;
      errors?: { message: string; extensions?: { code?: string } }[];
    } | null;
    const batch = body?.data?.[field];
    if (!batch) {
      const reason =
        body?.errors?.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ') ??
        `HTTP ${response.status}`;
      throw new Error(`${source}.${table}: ${field} failed at ${url}: ${reason}`);
    }
    if (batch.fromSeqExclusive !== afterSeq || batch.toSeqInclusive < afterSeq || (batch.rowCount > 0 && !batch.path)) {
      throw new Error(
        `${source}.${table}: ${field} returned an inconsistent batch ${JSON.stringify(batch)} for afterSeq ${afterSeq}`,
      );
    }
    return batch;
  };
}
