/**
 * Publishing (lib/snapshot-contract.ts, warehouse/snapshot/publish-snapshot.ts): the first publish writes
 * every table whole; later ones add only what the builds since changed (for incremental tables the layers the
 * builds wrote: the recomputed keys' rows; the same files for untouched tables), and a reader of the published
 * build sees exactly the warehouse's tables. Old builds go unless a reader registered them; crash leftovers go.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  filesOf,
  readPublishedBuild,
  registerReader,
  snapshotsDirOf,
  tableOf,
  unregisterReader,
  type PublishedBuild,
} from '../../lib/snapshot-contract.js';
import { openPublishedBuild } from '../../lib/snapshot-reader.js';
import { openWarehouse, querySql } from '../../warehouse/db.js';
import { loadModels } from '../../warehouse/models/model-graph.js';
import { buildModels } from '../../warehouse/models/runner.js';
import { MAX_LAYERS, publishSnapshot, snapshotTablesOf } from '../../warehouse/snapshot/publish-snapshot.js';
import { ensureRawTables } from '../../warehouse/sync/watermarks.js';
import { makeTempDir } from '../helpers/tmp.js';
import { tableChecksum } from './helpers/checksum.js';
import { audit, finding, insertRaw, supplier } from './helpers/raw-rows.js';

const AS_OF = '2025-06-30';
const tmp = makeTempDir('tidemark-snapshot-');
let warehouse: Awaited<ReturnType<typeof openWarehouse>>;
const dir = snapshotsDirOf(tmp.dir);
const publish = () => publishSnapshot(warehouse.db, { dataDir: tmp.dir, graceMs: 0 });
const newFiles = (after: PublishedBuild, before: PublishedBuild) =>
  filesOf(after).filter((f) => !filesOf(before).includes(f));

/** Every published table read through the build's views equals the warehouse's table. */
async function expectSameAsWarehouse(build: PublishedBuild): Promise<void> {
  const reader = await openPublishedBuild<any>(tmp.dir, build);
  try {
    for (const table of build.tables) {
      const expected = await tableChecksum(warehouse.db, table.name);
      expect(await tableChecksum(reader.db, table.name), table.name).toBe(expected);
      expect(table.rows, table.name).toBe(Number(expected.split(':')[0]));
    }
  } finally {
    await reader.close();
  }
}

const SUPPLIERS = Array.from({ length: 20 }, (_, i) => `s${i + 1}`);
let auditNo = 0;
async function addAudit(supplierId: string): Promise<void> {
  auditNo += 1;
  await insertRaw(warehouse.db, 'raw_audits__audits', [
    audit(`a${auditNo}`, { supplier_id: supplierId, audit_date: '2025-02-10', announcement: 'ANNOUNCED' }),
  ]);
  await insertRaw(warehouse.db, 'raw_audits__findings', [
    finding(`f${auditNo}`, { audit_id: `a${auditNo}`, severity: 'S3', ilo_indicator: 'DECEPTION' }),
  ]);
}

beforeAll(async () => {
  warehouse = await openWarehouse(tmp.dir);
  await ensureRawTables(warehouse.db);
  // Enough suppliers and audits that one new audit is a small share (a large one makes the build go whole).
  await insertRaw(
    warehouse.db,
    'raw_audits__suppliers',
    SUPPLIERS.map((id, i) => supplier(id, { country_code: ['TH', 'DE', 'VN'][i % 3]!, sector: 'FISHING' })),
  );
  for (const s of SUPPLIERS) await addAudit(s);
});

afterAll(async () => {
  await warehouse?.close();
  tmp.remove();
});

describe('warehouse: publishing builds', () => {
  it('publishes nothing before a build, and refuses to publish without one', async () => {
    expect(readPublishedBuild(tmp.dir)).toBeNull();
    await expect(publish()).rejects.toThrow(/nothing built yet/);
  });

  it('writes every table whole at the first publish; the build read via its views equals the warehouse', async () => {
    const built = await buildModels(warehouse.db, { asOf: AS_OF });
    const published = await publish();
    expect(readPublishedBuild(tmp.dir)).toEqual(published);
    expect(published.buildId).toBe(built.buildId);
    expect(published.asOf).toBe(AS_OF);
    expect(published.tables.map((t) => t.name)).toEqual(snapshotTablesOf(loadModels()));
    expect(published.tables.every((t) => t.layers.length === 1 && t.layers[0]!.keys === null)).toBe(true);
    expect(published.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['risk_parameters', 'int_findings_joined', 'mart_supplier_risk']),
    );
    await expectSameAsWarehouse(published);
  });

  it('writes the tables readers look up by supplier in supplier order (a lookup skips other row groups)', async () => {
    const build = readPublishedBuild(tmp.dir)!;
    const reader = await openPublishedBuild<any>(tmp.dir, build);
    try {
      for (const name of ['int_findings_joined', 'int_audits_joined', 'int_suppliers_contextualised']) {
        const file = join(dir, tableOf(build, name)!.layers[0]!.file);
        const rows = await querySql<{ supplier_id: string }>(
          reader.db,
          `SELECT supplier_id FROM read_parquet('${file}')`,
        );
        const inFileOrder = rows.map((r) => r.supplier_id);
        expect(inFileOrder.length, name).toBeGreaterThan(SUPPLIERS.length - 1);
        expect(inFileOrder, name).toEqual([...inFileOrder].sort());
      }
    } finally {
      await reader.close();
    }
  });

  it('publishing the build already published writes nothing', async () => {
    const before = readPublishedBuild(tmp.dir)!;
    const again = await publish();
    expect(again).toEqual(before);
  });

  it('writes only the changed rows of incremental tables and keeps the files of untouched ones', async () => {
    const before = readPublishedBuild(tmp.dir)!;
    await addAudit('s2');
    await buildModels(warehouse.db, { asOf: AS_OF });
    const after = await publish();
    expect(after.buildId).not.toBe(before.buildId);
    const risk = tableOf(after, 'mart_supplier_risk')!;
    expect(risk.key).toBe('supplier_id');
    expect(risk.layers).toHaveLength(2);
    expect(risk.layers[0]).toEqual(tableOf(before, 'mart_supplier_risk')!.layers[0]);
    expect(risk.layers[1]!.rows).toBe(1); // s2 alone was recomputed
    expect(tableOf(after, 'int_audits_joined')!.layers[1]!.rows).toBe(1);
    // Marts no audit feeds (campaigns, agency feeds, periods) keep their files.
    for (const name of ['mart_campaign_daily', 'mart_agency_indicator_latest', 'mart_periods', 'risk_parameters']) {
      expect(tableOf(after, name), name).toEqual(tableOf(before, name));
    }
    // Rows written: those of the new layers and of the tables rewritten whole (small aggregates here).
    const fresh = new Set(newFiles(after, before));
    const written = after.tables
      .flatMap((t) => t.layers)
      .filter((l) => fresh.has(l.file))
      .reduce((n, l) => n + l.rows, 0);
    const total = after.tables.reduce((n, t) => n + t.rows, 0);
    expect(written).toBeLessThan(total / 4);
    await expectSameAsWarehouse(after);
  });

  it('stacks the layers of every build since the last publish, each written by its build', async () => {
    const before = readPublishedBuild(tmp.dir)!;
    await addAudit('s4');
    const first = await buildModels(warehouse.db, { asOf: AS_OF });
    await addAudit('s5');
    await buildModels(warehouse.db, { asOf: AS_OF });
    const firstLayer = readdirSync(join(dir, 'tables', 'int_audits_joined')).find((f) => f.startsWith(first.buildId));
    expect(firstLayer).toBeDefined();
    const after = await publish();
    const audits = tableOf(after, 'int_audits_joined')!;
    expect(audits.layers).toHaveLength(tableOf(before, 'int_audits_joined')!.layers.length + 2);
    expect(audits.layers.at(-2)!.file).toBe(`tables/int_audits_joined/${firstLayer}`);
    expect(audits.layers.slice(-2).map((l) => l.rows)).toEqual([1, 1]);
    await expectSameAsWarehouse(after);
  });

  it('writes a table whole when a layer its builds wrote is missing', async () => {
    await addAudit('s6');
    const build = await buildModels(warehouse.db, { asOf: AS_OF });
    const folder = join(dir, 'tables', 'mart_audit_facts');
    const layer = readdirSync(folder).find((f) => f.startsWith(build.buildId))!;
    rmSync(join(folder, layer));
    const after = await publish();
    expect(tableOf(after, 'mart_audit_facts')!.layers).toHaveLength(1);
    expect(tableOf(after, 'mart_audit_facts')!.layers[0]!.keys).toBeNull();
    await expectSameAsWarehouse(after);
  });

  it('merges the layers above the first before they pile up, and the layers always read as the warehouse', async () => {
    const base = tableOf(readPublishedBuild(tmp.dir)!, 'int_findings_joined')!.layers[0];
    let layers = 0;
    for (let i = 0; i < MAX_LAYERS + 2; i++) {
      await addAudit(['s1', 's2', 's3'][i % 3]!);
      await buildModels(warehouse.db, { asOf: AS_OF, tests: 'none' });
      const findings = tableOf(await publish(), 'int_findings_joined')!;
      expect(findings.layers.length).toBeLessThanOrEqual(MAX_LAYERS);
      if (findings.layers.length < layers) {
        // Merged: the first layer kept, one layer with every key the merged ones listed.
        expect(findings.layers).toHaveLength(2);
        expect(findings.layers[0]).toEqual(base);
      }
      layers = findings.layers.length;
      await expectSameAsWarehouse(readPublishedBuild(tmp.dir)!);
    }
    expect(layers).toBeLessThan(MAX_LAYERS);
  }, 180_000);

  it('keeps the newest builds and those a reader registered, and deletes the files no kept build lists', async () => {
    const held = readPublishedBuild(tmp.dir)!;
    const reader = await openPublishedBuild<any>(tmp.dir, held);
    registerReader(tmp.dir, 'replica-test', [held.buildId]);
    try {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        await addAudit('s1');
        await buildModels(warehouse.db, { asOf: AS_OF, tests: 'none' });
        ids.push((await publishSnapshot(warehouse.db, { dataDir: tmp.dir, keep: 2, graceMs: 0 })).buildId);
      }
      const manifests = readdirSync(join(dir, 'builds')).sort();
      expect(manifests).toEqual([held.buildId, ...ids.slice(-2)].map((id) => `${id}.json`).sort());
      // The registered build's files are all there, and it still answers.
      expect(filesOf(held).every((f) => existsSync(join(dir, f)))).toBe(true);
      const rows = await querySql<{ supplier_id: string }>(
        reader.db,
        'SELECT supplier_id FROM mart_supplier_risk ORDER BY 1',
      );
      expect(rows.map((r) => r.supplier_id)).toEqual([...SUPPLIERS].sort());
    } finally {
      await reader.close();
      unregisterReader(tmp.dir, 'replica-test');
    }
    // Unregistered, it goes at the next publish, with every file no kept build lists.
    await addAudit('s3');
    await buildModels(warehouse.db, { asOf: AS_OF, tests: 'none' });
    const last = await publishSnapshot(warehouse.db, { dataDir: tmp.dir, keep: 2, graceMs: 0 });
    expect(existsSync(join(dir, 'builds', `${held.buildId}.json`))).toBe(false);
    const kept = readdirSync(join(dir, 'builds'));
    expect(kept).toHaveLength(2);
    expect(kept).toContain(`${last.buildId}.json`);
    const listed = new Set(kept.map(readManifest).flatMap(filesOf));
    const onDisk = ['tables', 'keys'].flatMap((top) => listAll(join(dir, top)).map((f) => `${top}/${f}`));
    expect(onDisk.sort()).toEqual([...listed].sort());
  }, 120_000);

  it('removes what a crash left: temp files, files of a publish without a pointer, old-format files', async () => {
    writeFileSync(join(dir, 'current.json.12345.tmp'), '{"half":');
    writeFileSync(join(dir, 'marts-20240101T000000000Z-dead.duckdb'), 'old format');
    mkdirSync(join(dir, 'tables', 'mart_supplier_risk'), { recursive: true });
    writeFileSync(join(dir, 'tables', 'mart_supplier_risk', 'orphan.parquet'), 'never listed');
    await addAudit('s2');
    await buildModels(warehouse.db, { asOf: AS_OF, tests: 'none' });
    await publish();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.duckdb'))).toEqual([]);
    expect(existsSync(join(dir, 'tables', 'mart_supplier_risk', 'orphan.parquet'))).toBe(false);
  });
});

function readManifest(file: string): PublishedBuild {
  return JSON.parse(readFileSync(join(dir, 'builds', file), 'utf8')) as PublishedBuild;
}

function listAll(path: string, prefix = ''): string[] {
  if (!existsSync(path)) return [];
  return readdirSync(path, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listAll(join(path, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}
