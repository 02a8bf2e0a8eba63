/**
 * Build ids, the Parquet files a build or a publish writes under the snapshot folder, and the published build as
 * the warehouse reads it back (the format is lib/snapshot-contract.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  MalformedSnapshotError,
  fsyncPath,
  readPublishedBuild,
  type PublishedBuild,
} from '../../lib/snapshot-contract.js';
import { querySql, sqlString, type WarehouseDb } from '../db.js';

let lastStampMs = 0;

const randomSuffix = () =>
  Math.floor(Math.random() * 0x10000)
    .toString(16)
    .padStart(4, '0');

/** A build id that sorts by time, strictly increasing within a process: 20240630T120102345Z-3f9a. */
export function newBuildId(now = new Date()): string {
  lastStampMs = Math.max(now.getTime(), lastStampMs + 1);
  const stamp = new Date(lastStampMs).toISOString().replace(/[-:.]/g, '');
  return `${stamp}-${randomSuffix()}`;
}

/** A prefix for the files written for a build: unique even when the same build is written twice (a retry). */
export function fileStampOf(buildId: string): string {
  return `${buildId}-${randomSuffix()}`;
}

/**
 * Writes query results as Parquet files under `dir` (the snapshot folder), by path relative to it as a manifest
 * lists them; `sync` then makes every file written and its folder durable (fsync), once per folder.
 */
export function snapshotFileWriter(db: WarehouseDb, dir: string) {
  const written: string[] = [];
  return {
    written: written as readonly string[],
    /** Writes `select` to `file`; returns the rows written. */
    async copy(select: string, file: string): Promise<number> {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      const [row] = await querySql<{ Count: number }>(
        db,
        `COPY (${select}) TO ${sqlString(join(dir, file))} (FORMAT parquet)`,
      );
      written.push(file);
      return Number(row?.Count ?? 0);
    },
    sync(): void {
      for (const file of written) fsyncPath(join(dir, file));
      for (const folder of new Set(written.map((f) => join(dir, f, '..')))) fsyncPath(folder);
    },
  };
}

/** As readPublishedBuild, but a pointer that is not a build of the current format counts as none (rewritten). */
export function readPublishedOrNull(dataDir: string): PublishedBuild | null {
  try {
    return readPublishedBuild(dataDir);
  } catch (error) {
    if (error instanceof MalformedSnapshotError) return null;
    throw error;
  }
}
