/**
 * What the previous successful build was made from, so the next one can skip, narrow or redo each model:
 * per model a hash of its definition (SQL, materialization, bound variables), and per input table a version
 * (max change_seq of a raw table, the reference fingerprint, a digest of risk_parameters). Written in one
 * transaction at the end of a build, together with clearing the dirty keys.
 */
import { createHash } from 'node:crypto';
import { execSql, querySql, sqlString, type WarehouseDb } from '../db.js';
import { SOURCE_TABLES, rawTableOf } from '../sync/sources.js';
import { PARTITION_KEYS, dirtyTableOf } from './incremental.js';

export interface BuildState {
  models: Map<string, string>;
  inputs: Map<string, string>;
}

export async function ensureBuildStateTables(db: WarehouseDb): Promise<void> {
  await execSql(db, 'CREATE TABLE IF NOT EXISTS _build_models (model VARCHAR PRIMARY KEY, state_hash VARCHAR NOT NULL, built_at TIMESTAMP NOT NULL)');
  await execSql(db, 'CREATE TABLE IF NOT EXISTS _build_inputs (table_name VARCHAR PRIMARY KEY, version VARCHAR NOT NULL)');
}

export async function readBuildState(db: WarehouseDb): Promise<BuildState> {
  const models = await querySql<{ model: string; state_hash: string }>(db, 'SELECT model, state_hash FROM _build_models');
  const inputs = await querySql<{ table_name: string; version: string }>(db, 'SELECT table_name, version FROM _build_inputs');
  return { models: new Map(models.map((m) => [m.model, m.state_hash])), inputs: new Map(inputs.map((i) => [i.table_name, i.version])) };
}

/** Current versions of every input table models may read. */
export async function readInputVersions(db: WarehouseDb): Promise<Map<string, string>> {
  const parts = SOURCE_TABLES.map((t) => `SELECT '${rawTableOf(t)}' AS t, coalesce(max(change_seq), 0)::VARCHAR AS v FROM ${rawTableOf(t)}`);
  parts.push(`SELECT unnest(['ref_countries', 'ref_gsi', 'ref_ilab_goods']), (SELECT fingerprint FROM _reference_fingerprint)`);
  parts.push(`SELECT 'risk_parameters', md5(coalesce(string_agg(version || '/' || name || '=' || value, ';' ORDER BY version, name), '')) FROM risk_parameters`);
  const rows = await querySql<{ t: string; v: string }>(db, parts.join('\nUNION ALL\n'));
  return new Map(rows.map((r) => [r.t, r.v]));
}

export function stateHashOf(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

export async function writeBuildState(db: WarehouseDb, models: Map<string, string>, inputs: Map<string, string>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await execSql(trx, 'DELETE FROM _build_models');
    if (models.size > 0) {
      await execSql(trx, `INSERT INTO _build_models VALUES ${[...models].map(([m, h]) => `(${sqlString(m)}, ${sqlString(h)}, now()::TIMESTAMP)`).join(', ')}`);
    }
    await execSql(trx, 'DELETE FROM _build_inputs');
    await execSql(trx, `INSERT INTO _build_inputs VALUES ${[...inputs].map(([t, v]) => `(${sqlString(t)}, ${sqlString(v)})`).join(', ')}`);
    for (const key of PARTITION_KEYS) await execSql(trx, `DELETE FROM ${dirtyTableOf(key)}`);
  });
}
