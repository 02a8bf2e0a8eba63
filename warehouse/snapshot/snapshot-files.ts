/** Build ids, and the published build as the warehouse reads it back (the format is lib/snapshot-contract.ts). */
import { MalformedSnapshotError, readPublishedBuild, type PublishedBuild } from '../../lib/snapshot-contract.js';

let lastStampMs = 0;

/** A build id that sorts by time, strictly increasing within a process: 20240630T120102345Z-3f9a. */
export function newBuildId(now = new Date()): string {
  lastStampMs = Math.max(now.getTime(), lastStampMs + 1);
  const stamp = new Date(lastStampMs).toISOString().replace(/[-:.]/g, '');
  return `${stamp}-${Math.floor(Math.random() * 0x10000)
    .toString(16)
    .padStart(4, '0')}`;
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
