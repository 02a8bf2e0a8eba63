/**
 * Keeps insights on the warehouse's latest published build, never on a half-built one.
 *
 * The warehouse writes each build's changed tables as new Parquet files and then swaps `snapshots/current.json`,
 * the build's manifest (lib/snapshot-contract.ts). Here we watch that pointer (fs.watch for speed, a poll as
 * the safety net, since watch events are lossy on some file systems), open the build (views over the files
 * its manifest lists), check it, and swap the handle in one synchronous assignment. A request leases the
 * handle it started on for its whole life, so every answer comes from exactly one build; a retired handle
 * closes when its last lease is released. Each replica registers the builds it still reads, so the warehouse
 * keeps their files; several replicas (processes) can serve the same build at once.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { hostname } from 'node:os';
import { appError } from '../../../lib/errors.js';
import type { Logger } from '../../../lib/logger.js';
import type { SnapshotHandle, Snapshot, SnapshotLease } from './handle.js';
import { openSnapshot } from './open.js';
import {
  readPublishedBuild,
  registerReader,
  snapshotsDirOf,
  unregisterReader,
  READER_TTL_MS,
  type PublishedBuild as SnapshotPointer,
} from '../../../lib/snapshot-contract.js';

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
  /** Statement timing of every opened build, for /metrics. */
  onQuery?: (seconds: number, failed: boolean) => void;
  /** Called when a published build could not be opened (the previous one keeps serving). */
  onOpenError?: () => void;
}

/** The answer to any insights query before the warehouse has published a build. */
function warehouseNotReady() {
  return appError(
    'SUBGRAPH_UNAVAILABLE',
    'The warehouse has not published its first build yet: insights answer once the first sync and build have ' +
      'finished (run `npm run warehouse -- build` or wait for the next scheduled sync).',
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
  /** This replica's name among the readers the warehouse keeps builds for. */
  private readonly readerId = `${hostname()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private registered = { ids: '', at: 0 };

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
    unregisterReader(this.options.dataDir, this.readerId);
  }

  /**
   * Tells the warehouse which builds this replica reads (the current one, retired ones still leased, and one
   * about to be opened), when that changed or the registration is due for a refresh.
   */
  private register(opening?: string): void {
    const ids = [...new Set([this.current, ...this.retiring].flatMap((h) => (h ? [h.snapshot.pointer.buildId] : [])).concat(opening ?? []))];
    const key = ids.join(',');
    if (key === '' && this.registered.ids === '') return;
    if (key === this.registered.ids && Date.now() - this.registered.at < READER_TTL_MS / 4) return;
    try {
      registerReader(this.options.dataDir, this.readerId, ids);
      this.registered = { ids: key, at: Date.now() };
    } catch (err) {
      this.options.log.warn({ err }, 'could not register as a reader of the published builds');
    }
  }

  private async check(): Promise<void> {
    if (this.stopped) return;
    this.busy = true;
    try {
      this.ensureWatcher();
      const pointer = readPublishedBuild(this.options.dataDir);
      if (!pointer || pointer.buildId === this.current?.snapshot.pointer.buildId) return this.register();
      // A build that failed to open is retried, but not on every tick.
      if (this.failed?.buildId === pointer.buildId && Date.now() - this.failed.at < 5_000) return;
      this.register(pointer.buildId);
      const next = await openSnapshot(pointer, this.options);
      if (this.stopped) {
        await next.forceClose();
        return;
      }
      const previous = this.current;
      this.current = next;
      this.failed = null;
      this.options.log.info({ buildId: pointer.buildId, asOf: pointer.asOf, tables: pointer.tables.length }, 'serving warehouse snapshot');
      if (previous) this.retire(previous);
      this.register();
    } catch (error) {
      const buildId = (error as { buildId?: string }).buildId;
      if (buildId) this.failed = { buildId, at: Date.now() };
      this.options.onOpenError?.();
      this.options.log.error({ err: error }, 'could not load the published warehouse snapshot; still serving the previous one');
    } finally {
      this.busy = false;
    }
  }

  private retire(handle: SnapshotHandle): void {
    this.retiring.add(handle);
    void handle.retire().then(() => {
      this.retiring.delete(handle);
      if (!this.stopped) this.register();
    });
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
