/**
 * Publishes a finished build so readers (the insights subgraph) never see half-built data: every mart, plus
 * the inputs on-demand re-scoring needs, is copied into a NEW DuckDB file `snapshots/marts-<buildId>.duckdb`
 * (ATTACH, CREATE TABLE AS, DETACH); only then is `snapshots/current.json` replaced by write-temp + rename
 * (atomic on POSIX). The newest `keep` snapshots stay (readers may still have an older one open); older files,
 * and files a crash left half-written, are deleted.
 */
import { readdirSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { execSql, sqlString, type WarehouseDb } from '../db.js';
import { loadModels, type Model } from '../models/model-graph.js';
import { scoringInputsOf } from '../risk/score-suppliers.js';
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

/**
 * Re-scoring inputs published as the rows and columns risk scoring reads rather than whole: the evidence
 * model selects exactly these, so scoreSuppliersAsOf gives the same result on a snapshot as on the warehouse.
 */
export const PUBLISHED_SUBSETS: Readonly<Record<string, string>> = {
  int_findings_joined: `SELECT finding_id, audit_id, supplier_id, partner_org_id, audit_date, ilo_indicator, severity, due_date, closed_date, verified_date
    FROM main.int_findings_joined WHERE ilo_indicator IS NOT NULL OR severity = 'S4'`,
};

/** The tables a snapshot holds: every mart, the re-scoring inputs, and the risk parameters. */
export function snapshotTablesOf(models: readonly Model[]): string[] {
  const marts = models.filter((m) => m.layer === 'marts' && m.materialized === 'table').map((m) => m.name);
  const inputs = scoringInputsOf(models, ['mart_supplier_risk', 'mart_supplier_risk_drivers']);
  return [...new Set([...marts, ...inputs, 'risk_parameters'])].sort();
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
  await db.connection().execute(async (conn) => {
    await execSql(conn, `ATTACH ${sqlString(path)} AS snapshot_out`);
    try {
      for (const table of tables) {
        crashPoint(`publish:${table}`);
        await execSql(conn, `CREATE TABLE snapshot_out.${table} AS ${PUBLISHED_SUBSETS[table] ?? `SELECT * FROM main.${table}`}`);
      }
      await execSql(
        conn,
        `CREATE TABLE snapshot_out._snapshot AS SELECT ${sqlString(buildId)} AS build_id, ${sqlString(builtAt)}::TIMESTAMP AS built_at,
           DATE ${sqlString(options.asOf)} AS as_of, ${sqlString(options.riskVersion)} AS risk_version, ${sqlString(JSON.stringify(watermarks))} AS watermarks`,
      );
    } finally {
      await execSql(conn, 'DETACH snapshot_out');
    }
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
export function pruneSnapshots(dataDir: string, keep: number): string[] {
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
