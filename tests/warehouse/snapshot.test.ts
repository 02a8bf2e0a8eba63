/**
 * Snapshot publishing: a finished build is copied into a new marts-<buildId>.duckdb, current.json is swapped by
 * rename, the newest three snapshots stay, and a reader of the pointer always finds a complete snapshot.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/duckdb/database.js';
import { openWarehouse, querySql } from '../../warehouse/db.js';
import { loadModels } from '../../warehouse/models/model-graph.js';
import { buildModels } from '../../warehouse/models/runner.js';
import { PUBLISHED_SUBSETS, publishSnapshot, snapshotTablesOf } from '../../warehouse/snapshot/publish-snapshot.js';
import { readCurrentSnapshot } from '../../warehouse/snapshot/snapshot-files.js';
import { makeTempDir } from '../helpers/tmp.js';
import { tableChecksum } from './helpers/checksum.js';
import { audit, finding, insertRaw, supplier } from './helpers/raw-rows.js';

const AS_OF = '2025-06-30';
const tmp = makeTempDir('tidemark-snapshot-');
let warehouse: Awaited<ReturnType<typeof openWarehouse>>;
const snapshotsDir = join(tmp.dir, 'snapshots');
const snapshotFiles = () => readdirSync(snapshotsDir).filter((f) => f.endsWith('.duckdb')).sort();

beforeAll(async () => {
  warehouse = await openWarehouse(tmp.dir);
  await buildModels(warehouse.db, { asOf: AS_OF, tests: 'none' });
  await insertRaw(warehouse.db, 'raw_audits__suppliers', [
    supplier('s1', { country_code: 'TH', sector: 'FISHING', goods: ['Fish'] }),
    supplier('s2', { country_code: 'DE', sector: 'OTHER' }),
  ]);
  await insertRaw(warehouse.db, 'raw_audits__audits', [audit('a1', { supplier_id: 's1', audit_date: '2025-01-10', announcement: 'ANNOUNCED' })]);
  await insertRaw(warehouse.db, 'raw_audits__findings', [finding('f1', { audit_id: 'a1', severity: 'S3', ilo_indicator: 'DECEPTION' })]);
  await buildModels(warehouse.db, { asOf: AS_OF });
});

afterAll(async () => {
  await warehouse?.close();
  tmp.remove();
});

describe('warehouse: snapshot publishing', () => {
  it('reports no snapshot before the first publish', () => {
    expect(readCurrentSnapshot(tmp.dir)).toBeNull();
  });

  it('copies every mart, the re-scoring inputs and the parameters into a new file and points current.json at it', async () => {
    const published = await publishSnapshot(warehouse.db, { dataDir: tmp.dir, asOf: AS_OF, riskVersion: 'risk-v1' });
    const current = readCurrentSnapshot(tmp.dir)!;
    expect(current).toEqual(published);
    expect(current.file).toBe(`marts-${current.buildId}.duckdb`);
    expect(current.path).toBe(join(snapshotsDir, current.file));
    expect(current.asOf).toBe(AS_OF);
    expect(current.watermarks).toEqual([]);
    const marts = loadModels().filter((m) => m.layer === 'marts' && m.materialized === 'table').map((m) => m.name);
    expect(current.tables).toEqual(expect.arrayContaining([...marts, 'risk_parameters', 'int_audits_joined', 'int_findings_joined', 'int_suppliers_contextualised']));
    expect(current.tables).toEqual(snapshotTablesOf(loadModels()));

    const reader = await openDatabase<any>(current.path, { readOnly: true });
    try {
      for (const table of current.tables.filter((t) => !PUBLISHED_SUBSETS[t])) {
        expect(await tableChecksum(reader.db, table), table).toBe(await tableChecksum(warehouse.db, table));
      }
      // All findings of the world above are risk findings (S3 with an indicator), so the subset is every row.
      const [published] = await querySql<{ n: number }>(reader.db, 'SELECT count(*) AS n FROM int_findings_joined');
      expect(published!.n).toBe(1);
      const [info] = await querySql<{ build_id: string; as_of: string }>(reader.db, 'SELECT build_id, as_of FROM _snapshot');
      expect(info).toEqual({ build_id: current.buildId, as_of: AS_OF });
    } finally {
      await reader.close();
    }
  });

  it('keeps the newest three snapshots and deletes older ones and crash leftovers', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await publishSnapshot(warehouse.db, { dataDir: tmp.dir, asOf: AS_OF, riskVersion: 'risk-v1' })).buildId);
    expect(snapshotFiles()).toEqual(ids.slice(-3).map((id) => `marts-${id}.duckdb`));
    // A half-written file from a crashed publish (newer name, never pointed at) goes at the next publish.
    writeFileSync(join(snapshotsDir, 'marts-99999999T999999999Z-dead.duckdb'), 'partial');
    const next = await publishSnapshot(warehouse.db, { dataDir: tmp.dir, asOf: AS_OF, riskVersion: 'risk-v1' });
    expect(snapshotFiles()).toEqual([...ids.slice(-2), next.buildId].map((id) => `marts-${id}.duckdb`));
    expect(readdirSync(snapshotsDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('lets a reader keep using an older snapshot it opened while newer ones are published', async () => {
    const opened = readCurrentSnapshot(tmp.dir)!;
    const reader = await openDatabase<any>(opened.path, { readOnly: true });
    try {
      for (let i = 0; i < 3; i++) await publishSnapshot(warehouse.db, { dataDir: tmp.dir, asOf: AS_OF, riskVersion: 'risk-v1' });
      expect(existsSync(opened.path)).toBe(false);
      const rows = await querySql<{ supplier_id: string }>(reader.db, 'SELECT supplier_id FROM mart_supplier_risk ORDER BY 1');
      expect(rows.map((r) => r.supplier_id)).toEqual(['s1', 's2']);
    } finally {
      await reader.close();
    }
  });
});
