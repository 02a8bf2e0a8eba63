/**
 * Loaded lake files are deleted once their rows are committed (retention 0, the default) or kept for
 * WAREHOUSE_LAKE_RETENTION_HOURS. The sweep also removes files a crash left behind: a batch file whose last
 * seq is at or below the table's watermark has been loaded, whichever run wrote it.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Watermark } from './watermarks.js';

const BATCH_FILE = /^batch-(\d+)-(\d+)\.parquet$/;

export function removeLoadedFile(path: string): void {
  rmSync(path, { force: true });
}

/** Deletes loaded batch files older than the retention; returns the paths removed. */
export function sweepLake(
  lakeDir: string,
  watermarks: readonly Watermark[],
  retentionHours: number,
  now = Date.now(),
): string[] {
  const removed: string[] = [];
  const cutoff = now - retentionHours * 3_600_000;
  for (const mark of watermarks) {
    const dir = join(lakeDir, mark.source, mark.table);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    for (const name of names) {
      const match = BATCH_FILE.exec(name);
      if (!match || Number(match[2]) > mark.seq) continue;
      const path = join(dir, name);
      if (retentionHours > 0 && statSync(path).mtimeMs > cutoff) continue;
      rmSync(path, { force: true });
      removed.push(path);
    }
  }
  return removed;
}
