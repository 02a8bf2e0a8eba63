/**
 * Entity fetches without repeats. @apollo/gateway sends one representation per parent object, so ten
 * suppliers in three countries ask the agency subgraph to resolve `Country` ten times (and each subgraph
 * resolver runs ten times). Here each distinct representation is sent once and its answer handed back to
 * every position that asked for it (as Apollo Router does). This is within ONE request's query plan: nothing
 * is shared between requests or callers, and the subgraph sees the caller's own token as before.
 */
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface DedupedRepresentations {
  /** Each distinct representation once, in first-seen order. */
  unique: unknown[];
  /** For each original position, its index in `unique`. */
  indexOf: number[];
}

/** Null when there is nothing to gain (no representations, or no repeats). */
export function dedupeRepresentations(representations: unknown): DedupedRepresentations | null {
  if (!Array.isArray(representations) || representations.length < 2) return null;
  const seen = new Map<string, number>();
  const unique: unknown[] = [];
  const indexOf: number[] = [];
  for (const representation of representations) {
    // The gateway builds every representation of a fetch from the same selection, so equal entities
    // serialize with the same key order.
    const key = JSON.stringify(representation);
    let index = seen.get(key);
    if (index === undefined) {
      index = unique.length;
      seen.set(key, index);
      unique.push(representation);
    }
    indexOf.push(index);
  }
  return unique.length === representations.length ? null : { unique, indexOf };
}

/**
 * Each original position gets its entity; repeats get their own copy, since the gateway merges later fetches into each.
 */
function fanOut(entities: readonly unknown[], indexOf: readonly number[]): unknown[] {
  const handedOut = new Set<number>();
  return indexOf.map((i) => {
    const entity = entities[i];
    if (handedOut.has(i) && entity !== null && typeof entity === 'object') return structuredClone(entity);
    handedOut.add(i);
    return entity;
  });
}

/**
 * Expands `_entities` and error paths `['_entities', i, …]` from the distinct representations back to the original
 * positions.
 */
export function expandEntities(
  response: GatewayGraphQLResponse,
  { unique, indexOf }: DedupedRepresentations,
): GatewayGraphQLResponse {
  const entities = (response.data as { _entities?: unknown } | null | undefined)?._entities;
  // A subgraph answering the wrong number of entities is left as it is: the gateway reports that mismatch.
  if (Array.isArray(entities) && entities.length !== unique.length) return response;
  const data = Array.isArray(entities) ? { ...response.data, _entities: fanOut(entities, indexOf) } : response.data;
  const errors = response.errors?.flatMap((error) => {
    const path = error.path;
    if (!path || path[0] !== '_entities' || typeof path[1] !== 'number') return [error];
    const target = path[1];
    return indexOf.flatMap((i, position) =>
      i === target ? [{ ...error, path: ['_entities', position, ...path.slice(2)] }] : [],
    );
  });
  return { ...response, data, ...(errors ? { errors } : {}) };
}
