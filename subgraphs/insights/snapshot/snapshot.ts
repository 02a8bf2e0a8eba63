/**
 * Keeps insights on the warehouse's latest published build, never on a half-built one.
 *
 * The warehouse writes every build into a new file `snapshots/marts-<buildId>.duckdb` and then swaps
 * `snapshots/current.json`. Here we watch that pointer (fs.watch for speed, a poll as the safety net, since
 * watch events are lossy on some file systems), open the new file READ-ONLY, check it, and swap the handle in
 * one synchronous assignment. A request leases the handle it started on for its whole life, so every answer
 * comes from exactly one build; a retired handle closes when its last lease is released.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { appError } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import type { SnapshotHandle, Snapshot, SnapshotLease } from './handle.js';
import { openSnapshot } from './open.js';
import { readSnapshotPointer, snapshotsDirOf, type SnapshotPointer } from './pointer.js';

export type { Snapshot, SnapshotLease, SnapshotPointer };
export { requestSnapshot, type RequestSnapshot } from './request.js';

export interface SnapshotSourceOptions {
  dataDir: string;
  log: Logger;
  /** Poll interval in ms (default 500). */
  pollMs?: number;
  /** DuckDB settings for each opened snapshot (default: 2 threads). */
  settings?: Record<string, string>;
  /**
   * Runs on a new build before it is swapped in (the previous build keeps serving meanwhile), e.g. to compute
   * the answers every dashboard asks for first. A failure is logged; the build is still swapped in.
   */
  warm?: (snapshot: Snapshot) => Promise<void>;
}

/** The answer to any insights query before the warehouse has published a build. */
function warehouseNotReady() {
  return appError(
    'SUBGRAPH_UNAVAILABLE',
    'The warehouse has not published its first build yet: insights answer once the first sync and build have finished (run `npm run warehouse -- build` or wait for the next scheduled sync).',
  );
}

export class SnapshotSource {
  private current: SnapshotHandle | null = null;
  private readonly retiring = new Set<SnapshotHandle>();
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> = Promise.resolve();
  private busy = false;
  private stopped = false;
  private failed: { buildId: string; at: number } | null = null;

  constructor(private readonly options: SnapshotSourceOptions) {}

  /** Loads the published build if there is one and starts watching for the next. */
  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      if (!this.busy) void this.refresh();
    }, this.options.pollMs ?? 500);
    this.timer.unref();
  }

  /** The published build now in use, or null before the first one. */
  pointer(): SnapshotPointer | null {
    return this.current?.snapshot.pointer ?? null;
  }

  /** For tests and logs: the build served and how many retired builds still wait for in-flight requests. */
  stats(): { buildId: string | null; retiring: number } {
    return { buildId: this.current?.snapshot.pointer.buildId ?? null, retiring: this.retiring.size };
  }

  /** Leases the current build; release it when the request ends. Throws SUBGRAPH_UNAVAILABLE before the first build. */
  acquire(): SnapshotLease {
    if (!this.current) throw warehouseNotReady();
    return this.current.lease();
  }

  /** Checks the pointer now (also what the watcher and the poll call). Calls are serialised. */
  refresh(): Promise<void> {
    this.checking = this.checking.then(() => this.check());
    return this.checking;
  }

  async close(graceMs = 5_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.watcher?.close();
    await this.checking;
    const handles = [...this.retiring, ...(this.current ? [this.current] : [])];
    this.current = null;
    const allClosed = Promise.all(handles.map((h) => h.retire()));
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), graceMs).unref());
    if ((await Promise.race([allClosed, timeout])) === 'timeout') {
      this.options.log.warn({ leases: handles.map((h) => h.activeLeases) }, 'closing snapshots with leases still held');
      await Promise.all(handles.map((h) => h.forceClose()));
    }
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    this.busy = true;
    try {
      this.ensureWatcher();
      const pointer = readSnapshotPointer(this.options.dataDir);
      if (!pointer || pointer.buildId === this.current?.snapshot.pointer.buildId) return;
      // A build that failed to open is retried, but not on every tick.
      if (this.failed?.buildId === pointer.buildId && Date.now() - this.failed.at < 5_000) return;
      const next = await openSnapshot(pointer, this.options);
      if (this.stopped) {
        await next.forceClose();
        return;
      }
      const previous = this.current;
      this.current = next;
      this.failed = null;
      this.options.log.info({ buildId: pointer.buildId, asOf: pointer.asOf, file: pointer.path }, 'serving warehouse snapshot');
      if (previous) this.retire(previous);
    } catch (error) {
      const buildId = (error as { buildId?: string }).buildId;
      if (buildId) this.failed = { buildId, at: Date.now() };
      this.options.log.error({ err: error }, 'could not load the published warehouse snapshot; still serving the previous one');
    } finally {
      this.busy = false;
    }
  }

  private retire(handle: SnapshotHandle): void {
    this.retiring.add(handle);
    void handle.retire().then(() => this.retiring.delete(handle));
  }

  private ensureWatcher(): void {
    if (this.watcher) return;
    const dir = snapshotsDirOf(this.options.dataDir);
    if (!existsSync(dir)) return; // the poll keeps looking until the warehouse creates it
    this.watcher = watch(dir, () => {
      if (!this.busy) void this.refresh();
    });
    this.watcher.on('error', (err) => {
      this.options.log.warn({ err }, 'snapshot folder watch failed; relying on the poll');
      this.watcher?.close();
      this.watcher = null;
    });
    this.watcher.unref();
  }
}
