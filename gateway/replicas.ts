/**
 * Several replicas of one subgraph behind one data source (`AUDITS_URL=http://a/graphql,http://b/graphql`):
 * calls go round-robin over the replicas that answered last time; a replica whose connection fails is left out
 * for COOLDOWN_MS and then tried again, so a restarted replica rejoins by itself. A failed call moves on to the
 * next replica when that cannot write anything twice:
 * - a read (query) is always retried;
 * - a mutation whose connection was refused never reached the replica, so it is retried too;
 * - any other failed mutation (reset mid-request, a 5xx) may have been applied: it is retried only when every
 *   root field carries an idempotency key (`idempotencyKey`, or one per item of `inputs`), which makes the
 *   subgraph replay rather than write again.
 * A call that timed out is not retried: its deadline is spent.
 */
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { Kind, parse, type ObjectValueNode, type OperationDefinitionNode, type ValueNode } from 'graphql';
import { SubgraphTimeoutError } from './subgraph-fetcher.js';

/** How long a replica whose connection failed is left out before it is tried again. */
export const COOLDOWN_MS = 2_000;

/** `a,b` or a list → the replica URLs, trimmed, in order. */
export function replicaUrls(value: string | readonly string[]): string[] {
  const urls = (typeof value === 'string' ? value.split(',') : [...value])
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
  if (urls.length === 0) throw new Error('a subgraph needs at least one URL');
  return urls;
}

type Retry = 'always' | 'if-not-sent';

function present(value: ValueNode | undefined, variables: Record<string, unknown>): unknown {
  if (!value) return undefined;
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  if (value.kind === Kind.NULL) return null;
  if (value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.LIST) return value.values.map((v) => (v.kind === Kind.OBJECT ? v : present(v, variables)));
  return value;
}

function keyOf(item: unknown, variables: Record<string, unknown>): unknown {
  if (item && typeof item === 'object' && 'kind' in item && (item as ObjectValueNode).kind === Kind.OBJECT) {
    return present((item as ObjectValueNode).fields.find((f) => f.name.value === 'idempotencyKey')?.value, variables);
  }
  return (item as { idempotencyKey?: unknown } | null)?.idempotencyKey;
}

/** True when every root field of the mutation carries an idempotency key (for each item of a batch). */
function everyFieldKeyed(operation: OperationDefinitionNode, variables: Record<string, unknown>): boolean {
  return operation.selectionSet.selections.every((selection) => {
    if (selection.kind !== Kind.FIELD) return false;
    if (selection.name.value === '__typename') return true;
    const arg = (name: string) => selection.arguments?.find((a) => a.name.value === name)?.value;
    const key = present(arg('idempotencyKey'), variables);
    if (typeof key === 'string' && key.length > 0) return true;
    const items = present(arg('inputs'), variables);
    return (
      Array.isArray(items) &&
      items.length > 0 &&
      items.every((item) => {
        const k = keyOf(item, variables);
        return typeof k === 'string' && k.length > 0;
      })
    );
  });
}

const retryCache = new Map<string, Retry | ((variables: Record<string, unknown>) => Retry)>();

/** What may be retried for this request body (the gateway's subgraph operations repeat: parsed once each). */
export function retryPolicyOf(body: string | Buffer | undefined): Retry {
  let request: { query?: string; variables?: Record<string, unknown> };
  try {
    request = JSON.parse(body === undefined ? '{}' : body.toString());
  } catch {
    return 'if-not-sent';
  }
  const query = request.query ?? '';
  let policy = retryCache.get(query);
  if (policy === undefined) {
    policy = 'if-not-sent';
    try {
      const operation = parse(query).definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      if (operation && operation.operation !== 'mutation') policy = 'always';
      else if (operation) policy = (variables) => (everyFieldKeyed(operation, variables) ? 'always' : 'if-not-sent');
    } catch {
      /* unparsable: the subgraph will refuse it; never retried */
    }
    if (retryCache.size > 1_000) retryCache.clear();
    retryCache.set(query, policy);
  }
  return typeof policy === 'function' ? policy(request.variables ?? {}) : policy;
}

class ReplicaSet {
  private next = 0;
  private readonly downUntil: number[];

  constructor(readonly urls: readonly string[]) {
    this.downUntil = urls.map(() => 0);
  }

  /** Every replica once, starting round-robin, those in cooldown last. */
  order(now = Date.now()): number[] {
    const start = this.next++ % this.urls.length;
    const all = this.urls.map((_, i) => (start + i) % this.urls.length);
    return [...all.filter((i) => this.downUntil[i]! <= now), ...all.filter((i) => this.downUntil[i]! > now)];
  }

  markDown(i: number): void {
    this.downUntil[i] = Date.now() + COOLDOWN_MS;
  }

  markUp(i: number): void {
    this.downUntil[i] = 0;
  }
}

const notSent = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ECONNREFUSED';
const unavailableStatus = (status: number) => status === 502 || status === 503 || status === 504;

/**
 * A fetcher over the replicas of one subgraph (the URL the data source passes in is ignored). With a single
 * replica it is the plain fetcher.
 */
export function createReplicaFetcher(urls: readonly string[], fetcher: Fetcher): Fetcher {
  if (urls.length === 1) return (_url, init) => fetcher(urls[0]!, init);
  const replicas = new ReplicaSet(urls);
  return async (_url: string, init?: FetcherRequestInit): Promise<FetcherResponse> => {
    const order = replicas.order();
    let policy: Retry | null = null;
    let lastError: unknown;
    for (let n = 0; n < order.length; n++) {
      const i = order[n]!;
      const last = n === order.length - 1;
      try {
        const response = await fetcher(replicas.urls[i]!, init);
        if (!last && unavailableStatus(response.status) && (policy ??= retryPolicyOf(init?.body)) === 'always') {
          replicas.markDown(i);
          continue;
        }
        replicas.markUp(i);
        return response;
      } catch (error) {
        lastError = error;
        if (error instanceof SubgraphTimeoutError) throw error;
        replicas.markDown(i);
        if (last || !(notSent(error) || (policy ??= retryPolicyOf(init?.body)) === 'always')) throw error;
      }
    }
    throw lastError;
  };
}
