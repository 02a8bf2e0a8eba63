/**
 * Per-request batching: every key asked for in one tick (entity references for a list of suppliers) becomes
 * one call of `batch`, so a page of 50 suppliers with their risk costs a few queries, not 150.
 */
export interface BatchLoader<K, V> {
  load(key: K): Promise<V>;
}

export function createBatchLoader<K, V>(
  batch: (keys: K[]) => Promise<Map<string, V>>,
  keyOf: (key: K) => string,
  missing: V,
): BatchLoader<K, V> {
  const cache = new Map<string, Promise<V>>();
  let pending: { key: K; resolve: (value: V) => void; reject: (error: unknown) => void }[] = [];

  const flush = async () => {
    const jobs = pending;
    pending = [];
    const unique = new Map(jobs.map((job) => [keyOf(job.key), job.key]));
    try {
      const found = await batch([...unique.values()]);
      for (const job of jobs) job.resolve(found.has(keyOf(job.key)) ? found.get(keyOf(job.key))! : missing);
    } catch (error) {
      for (const job of jobs) job.reject(error);
    }
  };

  return {
    load(key) {
      const id = keyOf(key);
      const cached = cache.get(id);
      if (cached) return cached;
      const promise = new Promise<V>((resolve, reject) => {
        if (pending.length === 0) setImmediate(() => void flush());
        pending.push({ key, resolve, reject });
      });
      cache.set(id, promise);
      return promise;
    },
  };
}
