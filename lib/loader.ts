/**
 * Per-request batching with DataLoader, one scheduling rule for every subgraph: keys asked for while the
 * resolvers of one level run (entity references, a page of audits' suppliers) are fetched in one query after
 * the current I/O callbacks (setImmediate), so sibling resolvers that awaited something first still join the
 * batch. A loader lives for one request (created in the context), so its cache never outlives the caller's view.
 */
import DataLoader from 'dataloader';

export type Loader<K, V> = DataLoader<K, V, string>;

/**
 * `fetch` returns what it found by cache key (`keyOf`, default String); a key it did not find loads `missing`.
 * A failed fetch rejects every load of the batch.
 */
export function createLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<ReadonlyMap<string, V>>,
  missing: V,
  keyOf: (key: K) => string = String,
): Loader<K, V> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const found = await fetch(keys);
      return keys.map((key) => {
        const id = keyOf(key);
        return found.has(id) ? found.get(id)! : missing;
      });
    },
    { cacheKeyFn: keyOf, batchScheduleFn: (callback) => setImmediate(callback) },
  );
}
