/**
 * A minimal per-request batch loader: keys asked for while resolvers of one level run are fetched in one
 * query, so a page of 50 audits costs one supplier query, not 50. (Each query also queues on the single
 * DuckDB connection, which makes N+1 doubly expensive here.)
 */
export class BatchLoader<K, V> {
  private queued = new Map<K, { resolve: (v: V | undefined) => void; reject: (e: unknown) => void }[]>();
  private scheduled = false;

  constructor(private readonly fetch: (keys: K[]) => Promise<Map<K, V>>) {}

  load(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      const waiters = this.queued.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.queued.set(key, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        // After the current promise jobs, as DataLoader does: sibling resolvers have all asked by then.
        void Promise.resolve().then(() => process.nextTick(() => void this.dispatch()));
      }
    });
  }

  private async dispatch(): Promise<void> {
    const batch = this.queued;
    this.queued = new Map();
    this.scheduled = false;
    try {
      const values = await this.fetch([...batch.keys()]);
      for (const [key, waiters] of batch) for (const w of waiters) w.resolve(values.get(key));
    } catch (error) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
    }
  }
}
