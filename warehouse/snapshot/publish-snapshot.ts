/**
 * Publishes a finished build so readers (the insights subgraph) never see half-built data. The build already
 * wrote every mart and the re-scoring inputs into the `marts` catalog, a DuckDB file of its own
 * (`warehouse-marts.duckdb`, see db.ts and models/placement.ts); publishing adds the risk parameters and a
 * `_snapshot` row (the parameters' copy is dropped again afterwards), checkpoints that file (everything on disk, WAL
 * empty) and copies it whole into a NEW file
 * `snapshots/marts-<buildId>.duckdb` — a kernel file copy instead of re-inserting millions of rows. Only then
 * is `snapshots/current.json` replaced by write-temp + rename (atomic on POSIX). A published file is never
 * written again. The newest `keep` snapshots stay (readers may still have an older one open); older files,
 * and files a crash left half-written, are deleted.
 */
import { copyFileSync, readdirSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MARTS_CATALOG, execSql, martsFileOf, querySql, sqlString, type WarehouseDb } from '../db.js';
import { loadModels, type Model } from '../models/model-graph.js';
import { publishedModelsOf } from '../models/placement.js';
import { crashPoint } from '../sync/crash-points.js';
import { readWatermarks } from '../sync/watermarks.js';
import {
  currentPointerOf,
  newBuildId,
  readCurrentSnapshot,
  snapshotFileName,
  snapshotsDirOf,
  type CurrentSnapshot,
  type SnapshotPointer,
} from './snapshot-files.js';

export interface PublishOptions {
  dataDir: string;
  asOf: string;
  riskVersion: string;
  /** Snapshots to keep, the new one included (default 3). */
  keep?: number;
  buildId?: string;
  models?: Model[];
}

/** Tables published with a subset of their rows; none since the marts file is copied whole. */
export const PUBLISHED_SUBSETS: Readonly<Record<string, string>> = {};

/** The tables a snapshot holds: every mart, the re-scoring inputs, and the risk parameters. */
export function snapshotTablesOf(models: readonly Model[]): string[] {
  return [...new Set([...publishedModelsOf(models), 'risk_parameters'])].sort();
}

export async function publishSnapshot(db: WarehouseDb, options: PublishOptions): Promise<CurrentSnapshot> {
  const models = options.models ?? loadModels();
  const buildId = options.buildId ?? newBuildId();
  const dir = snapshotsDirOf(options.dataDir);
  mkdirSync(dir, { recursive: true });
  const file = snapshotFileName(buildId);
  const path = join(dir, file);
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });

  const tables = snapshotTablesOf(models);
  const watermarks = await readWatermarks(db);
  const builtAt = new Date().toISOString();
  const [{ name: mainCatalog }] = (await querySql<{ name: string }>(db, 'SELECT current_database() AS name')) as [{ name: string }];
  await db.connection().execute(async (conn) => {
    const present = await querySql<{ table_name: string }>(conn, `SELECT table_name FROM information_schema.tables WHERE table_catalog = '${MARTS_CATALOG}'`);
    const missing = tables.filter((t) => t !== 'risk_parameters' && !present.some((p) => p.table_name === t));
    if (missing.length > 0) throw new Error(`publish: ${missing.join(', ')} not built yet; run a build first`);
    // Whatever else the marts file holds (a model since removed) is not part of the snapshot.
    for (const { table_name } of present) {
      if (!tables.includes(table_name) && table_name !== '_snapshot') await execSql(conn, `DROP TABLE ${MARTS_CATALOG}.main.${table_name}`);
    }
    crashPoint('publish:parameters');
    await execSql(conn, `CREATE OR REPLACE TABLE ${MARTS_CATALOG}.main.risk_parameters AS SELECT * FROM "${mainCatalog}".main.risk_parameters`);
    await execSql(
      conn,
      `CREATE OR REPLACE TABLE ${MARTS_CATALOG}.main._snapshot AS SELECT ${sqlString(buildId)} AS build_id, ${sqlString(builtAt)}::TIMESTAMP AS built_at,
         DATE ${sqlString(options.asOf)} AS as_of, ${sqlString(options.riskVersion)} AS risk_version, ${sqlString(JSON.stringify(watermarks))} AS watermarks`,
    );
    crashPoint('publish:checkpoint');
    await execSql(conn, `CHECKPOINT ${MARTS_CATALOG}`);
    // Still inside the connection's lock: nothing writes the marts file while it is copied.
    crashPoint('publish:copy');
    copyFileSync(martsFileOf(options.dataDir), path);
    // The parameters live in the warehouse file; the copy in the marts file was only for the snapshot.
    await execSql(conn, `DROP TABLE ${MARTS_CATALOG}.main.risk_parameters`);
  });

  const pointer: SnapshotPointer = { file, buildId, builtAt, asOf: options.asOf, riskVersion: options.riskVersion, watermarks, tables };
  const target = currentPointerOf(options.dataDir);
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(pointer, null, 2)}\n`);
  crashPoint('publish:pointer-written');
  renameSync(temp, target);
  pruneSnapshots(options.dataDir, options.keep ?? 3);
  return readCurrentSnapshot(options.dataDir)!;
}

/** Keeps the current snapshot and the newest older ones up to `keep` in all; deletes the rest. */
function pruneSnapshots(dataDir: string, keep: number): string[] {
  const current = readCurrentSnapshot(dataDir);
  if (!current) return [];
  const dir = snapshotsDirOf(dataDir);
  const files = readdirSync(dir).filter((f) => /^marts-.+\.duckdb$/.test(f)).sort();
  const older = keep > 1 ? files.filter((f) => f < current.file).slice(-(keep - 1)) : [];
  const retained = new Set([current.file, ...older]);
  const removed: string[] = [];
  for (const f of files) {
    if (retained.has(f)) continue;
    rmSync(join(dir, f), { force: true });
    rmSync(join(dir, `${f}.wal`), { force: true });
    removed.push(f);
  }
  return removed;
}
