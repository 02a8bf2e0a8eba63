/**
 * One opened published build with a lease count. A swap retires the old handle; its DuckDB instance closes only
 * when the last lease (an in-flight request) is released, so no query ever runs on a closed build.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../lib/duckdb/database.js';
import type { MartDB } from '../db-types.js';
import type { PublishedBuild as SnapshotPointer } from '../../../lib/snapshot-contract.js';

export interface Snapshot {
  pointer: SnapshotPointer;
  db: Kysely<MartDB>;
  /**
   * The result of `compute`, computed once per build and key. A build never changes, so a cached answer is
   * exactly what the query would return again; failures are not cached.
   */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

/** Enough for every dashboard panel of every country; the oldest entry goes first. */
const MEMO_LIMIT = 2_000;

function createMemo(): Snapshot['memo'] {
  const entries = new Map<string, Promise<unknown>>();
  return <T>(key: string, compute: () => Promise<T>): Promise<T> => {
    const hit = entries.get(key);
    if (hit) return hit as Promise<T>;
    const promise = compute();
    entries.set(key, promise);
    promise.catch(() => entries.delete(key));
    if (entries.size > MEMO_LIMIT) entries.delete(entries.keys().next().value!);
    return promise;
  };
}

export interface SnapshotLease {
  snapshot: Snapshot;
  /** Idempotent: a second call does nothing. */
  release(): void;
}

export class SnapshotHandle {
  readonly snapshot: Snapshot;
  private leases = 0;
  private retired = false;
  private closing: Promise<void> | null = null;
  private resolveClosed!: () => void;
  /** Resolves once the DuckDB file has been closed. */
  readonly closed: Promise<void> = new Promise((resolve) => (this.resolveClosed = resolve));

  constructor(
    pointer: SnapshotPointer,
    private readonly database: Database<MartDB>,
    private readonly onCloseError: (error: unknown) => void,
  ) {
    this.snapshot = { pointer, db: database.db, memo: createMemo() };
  }

  get activeLeases(): number {
    return this.leases;
  }

  lease(): SnapshotLease {
    if (this.retired) throw new Error(`snapshot ${this.snapshot.pointer.buildId} is retired and takes no new leases`);
    this.leases++;
    let released = false;
    return {
      snapshot: this.snapshot,
      release: () => {
        if (released) return;
        released = true;
        this.leases--;
        this.closeIfIdle();
      },
    };
  }

  /** No new leases; close as soon as the last one is released. */
  retire(): Promise<void> {
    this.retired = true;
    this.closeIfIdle();
    return this.closed;
  }

  /** Shutdown: close now even if a lease leaked (the server has already stopped taking requests). */
  forceClose(): Promise<void> {
    this.retired = true;
    return this.closeNow();
  }

  private closeIfIdle(): void {
    if (this.retired && this.leases === 0) void this.closeNow();
  }

  private closeNow(): Promise<void> {
    this.closing ??= this.database
      .close()
      .catch(this.onCloseError)
      .finally(() => this.resolveClosed());
    return this.closing;
  }
}
