/** Where snapshots live and what current.json holds. */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Watermark } from '../sync/watermarks.js';

export interface SnapshotPointer {
  /** File name of the snapshot inside `${dataDir}/snapshots` (marts-<buildId>.duckdb). */
  file: string;
  buildId: string;
  builtAt: string;
  asOf: string;
  riskVersion: string;
  watermarks: Watermark[];
  tables: string[];
}

export interface CurrentSnapshot extends SnapshotPointer {
  /** Absolute path of the snapshot's DuckDB file. */
  path: string;
}

export function snapshotsDirOf(dataDir: string): string {
  return join(dataDir, 'snapshots');
}

export function currentPointerOf(dataDir: string): string {
  return join(snapshotsDirOf(dataDir), 'current.json');
}

export function snapshotFileName(buildId: string): string {
  return `marts-${buildId}.duckdb`;
}

let lastStampMs = 0;

/** A build id that sorts by time, strictly increasing within a process: 20240630T120102345Z-3f9a. */
export function newBuildId(now = new Date()): string {
  lastStampMs = Math.max(now.getTime(), lastStampMs + 1);
  const stamp = new Date(lastStampMs).toISOString().replace(/[-:.]/g, '');
  return `${stamp}-${Math.floor(Math.random() * 0x10000).toString(16).padStart(4, '0')}`;
}

/** The published snapshot, or null before the first publish. */
export function readCurrentSnapshot(dataDir: string): CurrentSnapshot | null {
  let text: string;
  try {
    text = readFileSync(currentPointerOf(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const pointer = JSON.parse(text) as SnapshotPointer;
  if (typeof pointer.file !== 'string' || typeof pointer.buildId !== 'string') {
    throw new Error(`${currentPointerOf(dataDir)} is not a snapshot pointer`);
  }
  return { ...pointer, path: isAbsolute(pointer.file) ? pointer.file : join(snapshotsDirOf(dataDir), pointer.file) };
}
