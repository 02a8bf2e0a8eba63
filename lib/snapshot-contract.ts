/**
 * The contract between the warehouse (writer) and insights (reader): what a published build is and where it
 * lives. The warehouse writes each build's tables as Parquet files under `${dataDir}/snapshots/tables/`, a
 * manifest `snapshots/builds/<buildId>.json` listing them, then replaces `snapshots/current.json` (the same
 * manifest) by write-temp + fsync + rename. A reader validates the manifest with the schema below and reads
 * each table through a view over its files (viewStatementsOf), so every answer comes from one whole build.
 *
 * A table is a stack of layers: the first holds whole rows; each later one the rows of the keys (supplier_id
 * or audit_id) that a build recomputed, plus the list of those keys. A row of an older layer counts unless a
 * later layer lists its key. A file, once written, never changes; a build that changed nothing in a table
 * lists the same files as the build before it. The warehouse deletes files no kept build lists, and keeps
 * the builds readers registered under `snapshots/readers/` (registerReader).
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** Bumped when readers of the previous format cannot read the new one. */
export const SNAPSHOT_FORMAT = 2;

const PARTITION_COLUMNS = ['supplier_id', 'audit_id'] as const;

const watermarkSchema = z.object({
  source: z.string().min(1),
  table: z.string().min(1),
  /** Highest change_seq loaded into the warehouse from that table. */
  seq: z.number().int().nonnegative(),
  syncedAt: z.string().nullable(),
  rows: z.number().int().nonnegative(),
});
export type Watermark = z.infer<typeof watermarkSchema>;

/** A path relative to the snapshots folder, inside it. */
const relativeFile = z
  .string()
  .regex(/^(tables|keys)\/[A-Za-z0-9_./-]+\.parquet$/)
  .refine((p) => !p.split('/').includes('..'), 'must stay inside the snapshots folder');

const layerSchema = z.object({
  /** Parquet file with the layer's rows (possibly none). */
  file: relativeFile,
  rows: z.number().int().nonnegative(),
  /** For every layer but the first: Parquet file listing the keys whose rows this layer replaces. */
  keys: relativeFile.nullable(),
});
export type Layer = z.infer<typeof layerSchema>;

const publishedTableSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  /** Rows the table holds in this build (after layering). */
  rows: z.number().int().nonnegative(),
  /** The column later layers replace rows by; null when the table is only ever written whole. */
  key: z.enum(PARTITION_COLUMNS).nullable(),
  layers: z.array(layerSchema).min(1),
});
export type PublishedTable = z.infer<typeof publishedTableSchema>;

/**
 * Re-scoring at another date: every build publishes, per re-scored mart, a table macro
 * `rescore_<mart>(p_as_of DATE, p_risk_version VARCHAR, p_supplier_ids VARCHAR[], p_viewer_org_id VARCHAR)`
 * returning that mart's rows for those suppliers as they would be scored at p_as_of (the warehouse's own model
 * SQL over the published scoring inputs), as that partner may see them (NULL: not a partner), so a reader never
 * compiles model files.
 */
export const RESCORED_MARTS = ['mart_supplier_risk', 'mart_supplier_risk_drivers'] as const;
export type RescoredMart = (typeof RESCORED_MARTS)[number];

export function rescoringMacroOf(mart: RescoredMart): string {
  return `rescore_${mart}`;
}

/**
 * Both re-scored marts in one call, same parameters: a `mart_supplier_risk` row per supplier plus `drivers`, the
 * list of its `mart_supplier_risk_drivers` rows (structs) ordered by driver_kind, finding_id. Published by
 * builds since 2026-12-07; a reader falls back to the two macros when a build lacks it.
 */
export const RISK_WITH_DRIVERS_MACRO = 'rescore_supplier_risk_with_drivers';

/** A DuckDB macro the warehouse publishes with each build (e.g. re-scoring at another date). */
const macroSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  sql: z.string().regex(/^CREATE (OR REPLACE )?MACRO /),
});

const publishedBuildSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  buildId: z.string().regex(/^[A-Za-z0-9_-]+$/),
  builtAt: z.string().min(1),
  /** The date risk is scored at in this build. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  riskVersion: z.string().min(1),
  watermarks: z.array(watermarkSchema),
  tables: z.array(publishedTableSchema),
  macros: z.array(macroSchema),
});
export type PublishedBuild = z.infer<typeof publishedBuildSchema>;

export function snapshotsDirOf(dataDir: string): string {
  return join(dataDir, 'snapshots');
}

export function currentPointerOf(dataDir: string): string {
  return join(snapshotsDirOf(dataDir), 'current.json');
}

export function manifestPathOf(dataDir: string, buildId: string): string {
  return join(snapshotsDirOf(dataDir), 'builds', `${buildId}.json`);
}

export function readersDirOf(dataDir: string): string {
  return join(snapshotsDirOf(dataDir), 'readers');
}

export class MalformedSnapshotError extends Error {}

export function parsePublishedBuild(text: string, where: string): PublishedBuild {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MalformedSnapshotError(`${where} is not JSON: ${(error as Error).message}`);
  }
  const parsed = publishedBuildSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new MalformedSnapshotError(`${where} is not a published build (format ${SNAPSHOT_FORMAT}): ${issues}`);
  }
  return parsed.data;
}

/** The current published build, or null before the first publish. A malformed pointer throws. */
export function readPublishedBuild(dataDir: string): PublishedBuild | null {
  const path = currentPointerOf(dataDir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parsePublishedBuild(text, path);
}

export function tableOf(build: PublishedBuild, name: string): PublishedTable | undefined {
  return build.tables.find((t) => t.name === name);
}

function sqlLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * One SELECT over a table's layers: each layer's rows minus those whose key a later layer lists. Views built
 * from it keep filter pushdown into the Parquet scans (a lookup by key reads a few row groups per layer).
 */
function tableSelectOf(table: PublishedTable, snapshotsDir: string): string {
  const path = (file: string) => sqlLiteral(join(snapshotsDir, file));
  const parts = table.layers.map((layer, i) => {
    const later = table.layers.slice(i + 1).map((l) => l.keys!);
    const rows = `SELECT * FROM read_parquet(${path(layer.file)})`;
    if (later.length === 0) return rows;
    const keys = `read_parquet([${later.map(path).join(', ')}])`;
    return `SELECT l.* FROM (${rows}) l ANTI JOIN ${keys} k ON l.${table.key} = k.${table.key}`;
  });
  return parts.join('\nUNION ALL\n');
}

/** Statements that make a fresh DuckDB database show the build: a view per table, then the macros. */
export function viewStatementsOf(build: PublishedBuild, snapshotsDir: string): string[] {
  return [
    ...build.tables.map((t) => `CREATE VIEW ${t.name} AS\n${tableSelectOf(t, snapshotsDir)}`),
    ...build.macros.map((m) => m.sql),
  ];
}

/** Every file a build reads (relative to the snapshots folder). */
export function filesOf(build: PublishedBuild): string[] {
  return build.tables.flatMap((t) => t.layers.flatMap((l) => (l.keys ? [l.file, l.keys] : [l.file])));
}

/** Writes a file durably: temp file, fsync, rename, fsync of the folder. A crash leaves the old or the new. */
export function writeFileDurably(path: string, text: string, beforeRename?: () => void): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  fsyncPath(temp);
  beforeRename?.();
  renameSync(temp, path);
  fsyncPath(dirname(path));
}

/** fsync of a file or a folder (a folder's fsync makes a rename or a new entry in it durable). */
export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** How long a reader registration counts without being refreshed. */
export const READER_TTL_MS = 60_000;

/**
 * A reader (an insights replica) says which builds it still reads, so the warehouse keeps their files. The
 * registration is refreshed by calling this again; one missing for READER_TTL_MS (a replica that died) lapses.
 */
export function registerReader(dataDir: string, readerId: string, buildIds: readonly string[]): void {
  const dir = readersDirOf(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${readerId}.json`);
  const temp = `${path}.tmp`;
  writeFileSync(temp, JSON.stringify({ pid: process.pid, buildIds }));
  renameSync(temp, path);
}

export function unregisterReader(dataDir: string, readerId: string): void {
  rmSync(join(readersDirOf(dataDir), `${readerId}.json`), { force: true });
}

/** Build ids named by live reader registrations (refreshed within READER_TTL_MS). */
export function readBuildsInUse(dataDir: string, now = Date.now()): Set<string> {
  const dir = readersDirOf(dataDir);
  const inUse = new Set<string>();
  let entries: string[];
  try {
    entries = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return inUse;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    try {
      if (now - statSync(path).mtimeMs > READER_TTL_MS) continue;
      const parsed = z.object({ buildIds: z.array(z.string()) }).safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (parsed.success) for (const id of parsed.data.buildIds) inUse.add(id);
    } catch {
      // Removed or replaced meanwhile: the next registration counts.
    }
  }
  return inUse;
}
