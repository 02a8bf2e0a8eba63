/**
 * Publishes the last finished build so readers (insights replicas, any number of processes) see it whole and
 * never half-built, in work proportional to what the builds since the last publish changed (the format is
 * lib/snapshot-contract.ts):
 *   - a published table no build changed keeps the files the previous build listed;
 *   - an incremental table (rows partitioned by supplier_id or audit_id) gains the layers the builds since the
 *     last publish wrote for it (the rows each wrote for the keys it recomputed, and the list of those keys:
 *     build-layers.ts, recorded in `_publish_layers` with each build), so publishing a change costs nothing
 *     more than the build's writing it; beyond MAX_LAYERS layers those above the first are merged into one, and
 *     once they hold COMPACT_SHARE of the first one's rows the table is written whole again (compactionOf:
 *     reads stay cheap; the cost is amortised);
 *   - any other changed table (rebuilt whole, additive sums, risk_parameters) is written whole.
 * The tables readers look up by supplier (the re-scoring inputs) are written in supplier_id order: a lookup
 * of one supplier then reads a row group or two of each file instead of all 10M findings (DuckDB prunes row
 * groups by their min/max, which only helps when a supplier's rows sit together). It costs a sort of the
 * findings when they are written whole (docs/architecture.md, "Publishing").
 * Every new file is fsynced, then the manifest `builds/<buildId>.json`, then `current.json` is replaced by
 * write-temp + fsync + rename + fsync of the folder. Only then is the pending state cleared: a crash anywhere
 * before leaves the previous build published and the pending changes in place for the next attempt (the
 * files already written are unreferenced and go at the next prune). Files no kept build lists are deleted.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  filesOf,
  manifestPathOf,
  currentPointerOf,
  parsePublishedBuild,
  readBuildsInUse,
  snapshotsDirOf,
  writeFileDurably,
  SNAPSHOT_FORMAT,
  type Layer,
  type PublishedBuild,
  type PublishedTable,
} from '../../lib/snapshot-contract.js';
import { execSql, querySql, sqlString, type WarehouseDb } from '../db.js';
import { readBuildInfo, readPendingLayers, type PendingLayer } from '../models/build-state.js';
import { isPartitionKey } from '../models/incremental.js';
import { loadModels, type Model } from '../models/model-graph.js';
import { publishedModelsOf, rescoringInputsOf } from '../models/placement.js';
import { rescoringMacrosOf } from '../risk/score-suppliers.js';
import { crashPoint } from '../sync/crash-points.js';
import { fileStampOf, readPublishedOrNull, snapshotFileWriter } from './snapshot-files.js';

export interface PublishOptions {
  dataDir: string;
  /** When given, must be what the last build was made at (a check, not a choice). */
  asOf?: string;
  riskVersion?: string;
  /** Published builds to keep besides those readers registered and those younger than graceMs (default 3). */
  keep?: number;
  /** Builds published this recently are kept whatever `keep` says (default 30 s): a reader may have just read it. */
  graceMs?: number;
  models?: Model[];
  /** Called before each table is published, with how (Mode), and with table '' before the manifest is written. */
  onProgress?: (event: { table: string; mode: Mode }) => void;
}

/** Layers a table may stack before it is written whole again. */
export const MAX_LAYERS = 12;
/**
 * Rows in the layers above the first, as a share of the first's, at which a table is written whole again
 * (and at least COMPACT_MIN_ROWS: below that, a few layers cost readers nothing worth a rewrite).
 */
const COMPACT_SHARE = 0.2;
const COMPACT_MIN_ROWS = 50_000;

/** The tables a build publishes: every mart, the re-scoring inputs, and the risk parameters. */
export function snapshotTablesOf(models: readonly Model[]): string[] {
  return [...new Set([...publishedModelsOf(models), 'risk_parameters'])].sort();
}

/** How a table is published: as before, with the builds' layers added, those merged, or written whole. */
type Mode = 'reuse' | 'layers' | 'merge' | 'whole';

function modeOf(t: {
  before: PublishedTable | undefined;
  key: string | null;
  /** Pending since the last publish: undefined when no build changed it; true when one rewrote it whole. */
  change: boolean | undefined;
  layers: readonly Layer[];
  added: readonly PendingLayer[];
  dir: string;
}): Mode {
  if (!t.before || t.before.key !== t.key) return 'whole';
  if (t.change === undefined) return 'reuse';
  if (t.change || !t.key || t.added.length === 0) return 'whole';
  // A layer file a build recorded that went missing: its rows are in the table, not in any file.
  if (!t.added.every((l) => existsSync(join(t.dir, l.file)) && existsSync(join(t.dir, l.keys)))) return 'whole';
  return compactionOf(t.layers);
}

export async function publishSnapshot(db: WarehouseDb, options: PublishOptions): Promise<PublishedBuild> {
  const models = options.models ?? loadModels();
  const dir = snapshotsDirOf(options.dataDir);
  const info = await readBuildInfo(db);
  if (!info) throw new Error('publish: nothing built yet; run a build first');
  if (
    (options.asOf && options.asOf !== info.asOf) ||
    (options.riskVersion && options.riskVersion !== info.riskVersion)
  ) {
    throw new Error(
      `publish: the last build is at ${info.asOf} / ${info.riskVersion}, ` +
        `not ${options.asOf} / ${options.riskVersion}; build first`,
    );
  }
  const previous = usablePrevious(readPublishedOrNull(options.dataDir), dir);
  if (previous?.buildId === info.buildId) {
    // Published already (a crash came before the pending state was cleared): nothing is left to write.
    await clearPending(db);
    return previous;
  }
  const tables = snapshotTablesOf(models);
  const present = new Set(
    (await querySql<{ table_name: string }>(db, 'SELECT table_name FROM information_schema.tables')).map(
      (r) => r.table_name,
    ),
  );
  const missing = tables.filter((t) => !present.has(t));
  if (missing.length > 0) throw new Error(`publish: ${missing.join(', ')} not built yet; run a build first`);

  const pending = new Map(
    (await querySql<{ table_name: string; whole: boolean }>(db, 'SELECT * FROM _publish_pending')).map((r) => [
      r.table_name,
      r.whole,
    ]),
  );
  const stamp = fileStampOf(info.buildId);
  const files = snapshotFileWriter(db, dir);
  const countRows = async (table: string) =>
    (await querySql<{ n: number }>(db, `SELECT count(*) AS n FROM ${table}`))[0]!.n;
  // The layers the builds since the last publish wrote (build-layers.ts), per table, oldest first.
  const pendingLayers = await readPendingLayers(db);

  const bySupplier = new Set(rescoringInputsOf(models));
  const published: PublishedTable[] = [];
  for (const name of tables) {
    const order = bySupplier.has(name) ? ' ORDER BY supplier_id' : '';
    const model = models.find((m) => m.name === name);
    const key = model && isPartitionKey(model.incremental) && !model.additive ? model.incremental : null;
    const before = previous?.tables.find((t) => t.name === name);
    const change = pending.get(name);
    const added = pendingLayers.filter((l) => l.table === name);
    const layers: Layer[] = [...(before?.layers ?? []), ...added.map(({ file, rows, keys }) => ({ file, rows, keys }))];
    const mode = modeOf({ before, key, change, layers, added, dir });
    options.onProgress?.({ table: name, mode });
    if (mode === 'reuse') published.push(before!);
    else if (mode === 'layers') published.push({ name, key, rows: await countRows(name), layers });
    else if (mode === 'merge') {
      // The layers above the first become one: the union of their keys, with the table's rows for them.
      const keysFile = `keys/${stamp}-${name}.parquet`;
      const keyFiles = layers.slice(1).map((l) => sqlString(join(dir, l.keys!)));
      await files.copy(`SELECT DISTINCT ${key} FROM read_parquet([${keyFiles.join(', ')}])`, keysFile);
      const file = `tables/${name}/${stamp}.merged.parquet`;
      const keysPath = sqlString(join(dir, keysFile));
      const rows = await files.copy(
        `SELECT * FROM ${name} WHERE ${key} IN (SELECT ${key} FROM read_parquet(${keysPath}))${order}`,
        file,
      );
      published.push({ name, key, rows: await countRows(name), layers: [layers[0]!, { file, rows, keys: keysFile }] });
    } else {
      const file = `tables/${name}/${stamp}.whole.parquet`;
      const rows = await files.copy(`SELECT * FROM ${name}${order}`, file);
      published.push({ name, key, rows, layers: [{ file, rows, keys: null }] });
    }
  }
  options.onProgress?.({ table: '', mode: 'reuse' });
  crashPoint('publish:files-written');
  files.sync();

  const build: PublishedBuild = {
    format: SNAPSHOT_FORMAT,
    buildId: info.buildId,
    builtAt: new Date().toISOString(),
    asOf: info.asOf,
    riskVersion: info.riskVersion,
    watermarks: info.watermarks,
    tables: published,
    macros: rescoringMacrosOf(models),
  };
  const text = `${JSON.stringify(build, null, 2)}\n`;
  writeFileDurably(manifestPathOf(options.dataDir, build.buildId), text);
  crashPoint('publish:manifest-written');
  writeFileDurably(currentPointerOf(options.dataDir), text, () => crashPoint('publish:pointer-written'));
  crashPoint('publish:pointer-renamed');
  await clearPending(db);
  pruneSnapshots(options.dataDir, { keep: options.keep ?? 3, graceMs: options.graceMs });
  return build;
}

/**
 * How a table's layers are kept few: once the layers above the first hold COMPACT_SHARE of its rows, the table is
 * written whole; before that, beyond MAX_LAYERS layers, those above the first are merged into one (the table's
 * rows for the union of their keys: a search of the table, not a rewrite and sort of all of it, which for the
 * findings at 1M audits took a 15 s publish and stalled freshness every dozen ticks).
 */
function compactionOf(layers: readonly Layer[]): 'layers' | 'merge' | 'whole' {
  const above = layers.slice(1).reduce((n, l) => n + l.rows, 0);
  if (above > Math.max(COMPACT_SHARE * layers[0]!.rows, COMPACT_MIN_ROWS)) return 'whole';
  return layers.length > MAX_LAYERS ? 'merge' : 'layers';
}

/** The previous build to layer on, or null when it is missing or any of its files is (then all is written whole). */
function usablePrevious(previous: PublishedBuild | null, dir: string): PublishedBuild | null {
  if (!previous) return null;
  return filesOf(previous).every((f) => existsSync(join(dir, f))) ? previous : null;
}

async function clearPending(db: WarehouseDb): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await execSql(trx, 'DELETE FROM _publish_pending');
    await execSql(trx, 'DELETE FROM _publish_layers');
  });
}

/**
 * Deletes published builds nobody needs and the files only they listed: keeps the current build, the newest
 * `keep` in all, those a live reader registered (lib/snapshot-contract.ts registerReader) and those published
 * within graceMs. Also removes what a crash left: temp files, files of a publish that never got its pointer,
 * snapshot files of the previous format (marts-*.duckdb). Returns the removed paths (relative).
 */
function pruneSnapshots(dataDir: string, options: { keep: number; graceMs?: number; now?: number }): string[] {
  const dir = snapshotsDirOf(dataDir);
  if (!existsSync(dir)) return [];
  const now = options.now ?? Date.now();
  const graceMs = options.graceMs ?? 30_000;
  const removed: string[] = [];
  const remove = (relative: string) => {
    rmSync(join(dir, relative), { force: true });
    removed.push(relative);
  };
  for (const f of readdirSync(dir)) if (f.endsWith('.tmp') || /^marts-.+\.duckdb(\.wal)?$/.test(f)) remove(f);

  const current = readPublishedOrNull(dataDir);
  const inUse = readBuildsInUse(dataDir, now);
  const buildsDir = join(dir, 'builds');
  const manifests: { file: string; build: PublishedBuild | null; mtimeMs: number }[] = [];
  for (const f of existsSync(buildsDir) ? readdirSync(buildsDir) : []) {
    const path = join(buildsDir, f);
    if (!f.endsWith('.json')) {
      remove(join('builds', f));
      continue;
    }
    let build: PublishedBuild | null = null;
    try {
      build = parsePublishedBuild(readFileSync(path, 'utf8'), path);
    } catch {
      // Not a manifest of this format: nothing can read it.
    }
    manifests.push({ file: f, build, mtimeMs: statSync(path).mtimeMs });
  }
  const valid = manifests
    .filter((m) => m.build)
    .sort((a, b) => b.build!.builtAt.localeCompare(a.build!.builtAt) || b.file.localeCompare(a.file));
  const newest = new Set(valid.slice(0, Math.max(options.keep, 1)).map((m) => m.file));
  const kept = valid.filter(
    (m) =>
      newest.has(m.file) ||
      m.build!.buildId === current?.buildId ||
      inUse.has(m.build!.buildId) ||
      now - m.mtimeMs < graceMs,
  );
  for (const m of manifests) if (!kept.includes(m)) remove(join('builds', m.file));

  const referenced = new Set([...kept.flatMap((m) => filesOf(m.build!)), ...(current ? filesOf(current) : [])]);
  for (const top of ['tables', 'keys']) {
    for (const relative of listFiles(dir, top)) {
      // A file younger than the grace may belong to a publish under way in another process (the CLI).
      if (!referenced.has(relative) && now - statSync(join(dir, relative)).mtimeMs >= graceMs) remove(relative);
    }
  }
  return removed;
}

function listFiles(root: string, relative: string): string[] {
  const path = join(root, relative);
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [relative];
  return readdirSync(path).flatMap((f) => listFiles(root, join(relative, f)));
}
