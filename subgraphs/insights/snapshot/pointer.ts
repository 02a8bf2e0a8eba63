/**
 * `${dataDir}/snapshots/current.json`: the warehouse's pointer to its latest published build. The warehouse
 * replaces it by write-temp + rename, so a read sees either the old or the new pointer, never half of one.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';

const pointerSchema = z.object({
  file: z.string().min(1),
  buildId: z.string().min(1),
  builtAt: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  riskVersion: z.string().min(1).optional(),
  watermarks: z
    .array(z.object({ source: z.string(), table: z.string(), seq: z.number(), syncedAt: z.string().nullable(), rows: z.number() }))
    .default([]),
});

export type SnapshotPointer = z.infer<typeof pointerSchema> & {
  /** Absolute path of the snapshot's DuckDB file. */
  path: string;
};

export function snapshotsDirOf(dataDir: string): string {
  return join(dataDir, 'snapshots');
}

function pointerFileOf(dataDir: string): string {
  return join(snapshotsDirOf(dataDir), 'current.json');
}

/** The published pointer, or null while the warehouse has published nothing. A malformed pointer throws. */
export function readSnapshotPointer(dataDir: string): SnapshotPointer | null {
  let text: string;
  try {
    text = readFileSync(pointerFileOf(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = pointerSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`${pointerFileOf(dataDir)} is not a snapshot pointer: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const file = parsed.data.file;
  // The warehouse may write the file name relative to the snapshots folder or as an absolute path.
  return { ...parsed.data, path: isAbsolute(file) ? file : join(snapshotsDirOf(dataDir), file) };
}
