/**
 * What the previous successful build was made from, so the next one can skip, narrow or redo each model:
 * per model a hash of its definition (SQL, materialization, bound variables), and per input table a version
 * (max change_seq of a raw table, the reference fingerprint, a digest of risk_parameters). Also what the
 * loop and publishing need to resume after a crash: the build itself (`_build_info`: id, variables, the sync
 * watermarks it was made from) and what changed since the last publish (`_publish_pending`, and per partitioned
 * table the layer files the build wrote, see snapshot/build-layers.ts). All written in one transaction at the end
 * of a build, together with clearing the dirty keys, so a build either counts whole or not at all.
 */
import { createHash } from 'node:crypto';
import { execSql, querySql, sqlString, type WarehouseDb } from '../db.js';
import { SOURCE_TABLES, rawTableOf } from '../sync/sources.js';
import type { Watermark } from '../sync/watermarks.js';
import { PARTITION_KEYS, dirtyTableOf, type PartitionKey } from './incremental.js';

export interface BuildState {
  models: Map<string, string>;
  inputs: Map<string, string>;
}

/** The last successful build: what the loop compares with the sync state and the published pointer. */
export interface BuildInfo {
  buildId: string;
  asOf: string;
  riskVersion: string;
  /** The sync watermarks the build was made from. */
  watermarks: Watermark[];
}

/** Published tables a build changed: rewritten whole, or given a layer (the rows of the keys it recomputed). */
export interface PublishChanges {
  whole: readonly string[];
  keyed: readonly { table: string; key: PartitionKey }[];
  /** The layers the build wrote for the keyed ones. */
  layers: readonly PendingLayer[];
}

/** A layer a build wrote for a partitioned published table (snapshot/build-layers.ts), not yet published. */
export interface PendingLayer {
  table: string;
  file: string;
  rows: number;
  keys: string;
}

export async function ensureBuildStateTables(db: WarehouseDb): Promise<void> {
  await execSql(
    db,
    'CREATE TABLE IF NOT EXISTS _build_models (model VARCHAR PRIMARY KEY, state_hash VARCHAR NOT NULL, ' +
      'built_at TIMESTAMP NOT NULL)',
  );
  await execSql(
    db,
    'CREATE TABLE IF NOT EXISTS _build_inputs (table_name VARCHAR PRIMARY KEY, version VARCHAR NOT NULL)',
  );
  await execSql(
    db,
    `CREATE TABLE IF NOT EXISTS _build_info (
       build_id VARCHAR NOT NULL, as_of VARCHAR NOT NULL, risk_version VARCHAR NOT NULL, watermarks VARCHAR NOT NULL)`,
  );
  // table_name -> whole (rewrite it) or not (its rows of the pending keys); what every build since the last
  // publish changed, merged.
  await execSql(
    db,
    'CREATE TABLE IF NOT EXISTS _publish_pending (table_name VARCHAR PRIMARY KEY, whole BOOLEAN NOT NULL)',
  );
  // The layers builds wrote since the last publish, in build order (seq), for the tables pending without `whole`.
  await execSql(
    db,
    `CREATE TABLE IF NOT EXISTS _publish_layers (seq BIGINT NOT NULL, table_name VARCHAR NOT NULL,
       file VARCHAR NOT NULL, rows BIGINT NOT NULL, keys VARCHAR NOT NULL)`,
  );
  // Per key kind, before builds wrote their layers: publishing searched each table for these keys.
  for (const key of PARTITION_KEYS) await execSql(db, `DROP TABLE IF EXISTS _publish_pending_${key}`);
}

/** The layers recorded since the last publish, oldest first. */
export async function readPendingLayers(db: WarehouseDb): Promise<PendingLayer[]> {
  return querySql<PendingLayer>(
    db,
    'SELECT table_name AS "table", file, rows, keys FROM _publish_layers ORDER BY seq, table_name',
  );
}

export async function readBuildInfo(db: WarehouseDb): Promise<BuildInfo | null> {
  const exists = await querySql<{ n: number }>(
    db,
    "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = '_build_info' AND table_catalog = " +
      'current_database()',
  );
  if (exists[0]!.n === 0) return null;
  const rows = await querySql<{ build_id: string; as_of: string; risk_version: string; watermarks: string }>(
    db,
    'SELECT * FROM _build_info',
  );
  const row = rows[0];
  if (!row) return null;
  return {
    buildId: row.build_id,
    asOf: row.as_of,
    riskVersion: row.risk_version,
    watermarks: JSON.parse(row.watermarks) as Watermark[],
  };
}

/** Whether two sets of watermarks name the same rows (same seq per source table). */
export function sameWatermarks(a: readonly Watermark[], b: readonly Watermark[]): boolean {
  const seqs = (ws: readonly Watermark[]) => JSON.stringify(ws.map((w) => [w.source, w.table, w.seq]).sort());
  return seqs(a) === seqs(b);
}

export async function readBuildState(db: WarehouseDb): Promise<BuildState> {
  const models = await querySql<{ model: string; state_hash: string }>(
    db,
    'SELECT model, state_hash FROM _build_models',
  );
  const inputs = await querySql<{ table_name: string; version: string }>(
    db,
    'SELECT table_name, version FROM _build_inputs',
  );
  return {
    models: new Map(models.map((m) => [m.model, m.state_hash])),
    inputs: new Map(inputs.map((i) => [i.table_name, i.version])),
  };
}

/** Current versions of every input table models may read. */
export async function readInputVersions(db: WarehouseDb): Promise<Map<string, string>> {
  const parts = SOURCE_TABLES.map(
    (t) => `SELECT '${rawTableOf(t)}' AS t, coalesce(max(change_seq), 0)::VARCHAR AS v FROM ${rawTableOf(t)}`,
  );
  parts.push(
    `SELECT unnest(['ref_countries', 'ref_gsi', 'ref_ilab_goods']), (SELECT fingerprint FROM _reference_fingerprint)`,
  );
  parts.push(`SELECT 'risk_parameters',
      md5(coalesce(string_agg(version || '/' || name || '=' || value, ';' ORDER BY version, name), ''))
    FROM risk_parameters`);
  const rows = await querySql<{ t: string; v: string }>(db, parts.join('\nUNION ALL\n'));
  return new Map(rows.map((r) => [r.t, r.v]));
}

export function stateHashOf(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

export interface BuildRecord {
  info: BuildInfo;
  changes: PublishChanges;
}

export async function writeBuildState(
  db: WarehouseDb,
  models: Map<string, string>,
  inputs: Map<string, string>,
  record?: BuildRecord,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (record) {
      const { info, changes } = record;
      await execSql(trx, 'DELETE FROM _build_info');
      await execSql(
        trx,
        `INSERT INTO _build_info VALUES
          (${[info.buildId, info.asOf, info.riskVersion, JSON.stringify(info.watermarks)].map(sqlString).join(', ')})`,
      );
      const pending = [
        ...changes.whole.map((t) => `(${sqlString(t)}, true)`),
        ...changes.keyed.map((k) => `(${sqlString(k.table)}, false)`),
      ];
      if (pending.length > 0) {
        await execSql(
          trx,
          `INSERT INTO _publish_pending VALUES ${pending.join(', ')}
           ON CONFLICT (table_name) DO UPDATE SET whole = whole OR excluded.whole`,
        );
      }
      // A table rewritten whole needs no layers; the files go at the next prune.
      if (changes.whole.length > 0)
        await execSql(
          trx,
          `DELETE FROM _publish_layers WHERE table_name IN (${changes.whole.map(sqlString).join(', ')})`,
        );
      if (changes.layers.length > 0) {
        const values = changes.layers.map(
          (l) => `(${sqlString(l.table)}, ${sqlString(l.file)}, ${l.rows}, ${sqlString(l.keys)})`,
        );
        await execSql(
          trx,
          `INSERT INTO _publish_layers SELECT coalesce((SELECT max(seq) FROM _publish_layers), 0) + 1, *
            FROM (VALUES ${values.join(', ')})`,
        );
      }
    }
    await execSql(trx, 'DELETE FROM _build_models');
    if (models.size > 0) {
      await execSql(
        trx,
        `INSERT INTO _build_models VALUES
          ${[...models].map(([m, h]) => `(${sqlString(m)}, ${sqlString(h)}, now()::TIMESTAMP)`).join(', ')}`,
      );
    }
    await execSql(trx, 'DELETE FROM _build_inputs');
    const rows = [...inputs].map(([t, v]) => `(${sqlString(t)}, ${sqlString(v)})`);
    await execSql(trx, `INSERT INTO _build_inputs VALUES ${rows.join(', ')}`);
    for (const key of PARTITION_KEYS) await execSql(trx, `DELETE FROM ${dirtyTableOf(key)}`);
  });
}
