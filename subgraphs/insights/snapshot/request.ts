/**
 * A request's view of the warehouse: the first use leases the current build, later uses in the same request
 * get the same build, and the lease is released when the response is sent (server.ts), so one answer never
 * mixes two builds and a retired build closes once its last request is done.
 */
import type { Snapshot, SnapshotLease } from './handle.js';

export interface RequestSnapshot {
  get(): Snapshot;
  release(): void;
}

export function requestSnapshot(source: { acquire(): SnapshotLease }): RequestSnapshot {
  let lease: SnapshotLease | null = null;
  return {
    get() {
      lease ??= source.acquire();
      return lease.snapshot;
    },
    release() {
      lease?.release();
      lease = null;
    },
  };
}
