/**
 * A published warehouse build over the generated stores, for the insights bench: the stores' change feeds
 * (read-only: the cached stores are shared with other benches) are synced into a scratch warehouse, the models
 * built at the data's last day and the marts published as a snapshot, all through warehouse/api.ts.
 * Cached under .tmp/bench-data/insights-<scale>/: the published snapshot only (the warehouse files are deleted
 * once it is published: at full scale they take several GB), reused while the stores and every model file are
 * unchanged; otherwise everything is synced and built again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportChangeBatch } from '../../lib/change-feed.js';
import { openDatabase, type Database } from '../../lib/duckdb/database.js';
import {
  buildModels,
  openWarehouse,
  publishSnapshot,
  SOURCE_TABLES,
  syncAll,
  type SourceName,
} from '../../warehouse/api.js';
import { readPublishedBuild } from '../../lib/snapshot-contract.js';
import { MODELS_DIR } from '../../warehouse/models/model-graph.js';
import { REPO_DIR } from '../lib/paths.js';
import { ensureScaleData } from '../scale/ensure.js';
import { readManifest } from '../scale/manifest.js';
import { LAST_DAY, type ScaleSize } from '../scale/options.js';

const SNAPSHOT_AS_OF = LAST_DAY;
const CACHE_FILE = 'insights-cache.json';
const SOURCES: readonly SourceName[] = ['audits', 'agency', 'campaigns'];

interface CacheKey {
  stores: string;
  models: string;
  asOf: string;
}

export interface BenchSnapshot {
  /** The insights data dir: snapshots/current.json and the jwt secret. */
  dataDir: string;
  /** Seconds spent syncing, building and publishing (0 when the cache was reused). */
  seconds: number;
  reused: boolean;
}

/** Hash of every model file and of the publishing code, so a new or edited mart, or a new file layout, republishes. */
function hashModels(): string {
  const hash = createHash('sha256');
  for (const file of [
    'warehouse/snapshot/publish-snapshot.ts',
    'warehouse/models/placement.ts',
    'warehouse/risk/score-suppliers.ts',
  ])
    hash.update(`${file}\n`).update(readFileSync(join(REPO_DIR, file)));
  for (const layer of ['staging', 'intermediate', 'marts']) {
    const dir = join(MODELS_DIR, layer);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.sql'))
      .sort())
      hash.update(`${layer}/${name}\n`).update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

function readKey(dir: string): CacheKey | null {
  const file = join(dir, CACHE_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CacheKey) : null;
}

async function openStoresReadOnly(storeDir: string): Promise<Record<SourceName, Database<any>>> {
  const opened: Partial<Record<SourceName, Database<any>>> = {};
  for (const source of SOURCES)
    opened[source] = await openDatabase<any>(join(storeDir, `${source}.duckdb`), { readOnly: true });
  return opened as Record<SourceName, Database<any>>;
}

async function syncFromStores(
  warehouseDb: Database<any>['db'],
  storeDir: string,
  lakeDir: string,
  log: (line: string) => void,
): Promise<void> {
  const stores = await openStoresReadOnly(storeDir);
  try {
    const result = await syncAll({
      db: warehouseDb,
      lakeDir,
      fetchBatch: (source, table, afterSeq) =>
        exportChangeBatch(stores[source].db, {
          source,
          table,
          afterSeq,
          allowedTables: SOURCE_TABLES.filter((t) => t.source === source).map((t) => t.table),
          lakeDir,
        }),
    });
    log(`  synced ${result.rowsLoaded.toLocaleString('en-US')} rows in ${(result.durationMs / 1000).toFixed(1)} s`);
  } finally {
    for (const store of Object.values(stores)) await store.close();
  }
}

export async function ensureBenchSnapshot(
  scale: 'quick' | 'full',
  size: ScaleSize,
  log: (line: string) => void = console.log,
): Promise<BenchSnapshot> {
  const storeDir = join(REPO_DIR, '.tmp', 'bench-data', scale);
  await ensureScaleData(storeDir, size, log);
  const dir = join(REPO_DIR, '.tmp', 'bench-data', `insights-${scale}`);
  const manifest = readManifest(storeDir)!;
  const key: CacheKey = {
    stores: `${manifest.generatedAt}:${JSON.stringify(manifest.counts)}`,
    models: hashModels(),
    asOf: SNAPSHOT_AS_OF,
  };
  const previous = readKey(dir);
  if (
    previous &&
    previous.stores === key.stores &&
    previous.models === key.models &&
    previous.asOf === key.asOf &&
    readPublishedBuild(dir)
  ) {
    return { dataDir: dir, seconds: 0, reused: true };
  }
  rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  const warehouse = await openWarehouse(dir);
  try {
    log(`insights bench: syncing the ${scale} stores into ${dir} …`);
    await syncFromStores(warehouse.db, storeDir, join(dir, 'lake'), log);
    log(`insights bench: building the models at ${SNAPSHOT_AS_OF} …`);
    const built = await buildModels(warehouse.db, { asOf: SNAPSHOT_AS_OF, tests: 'none' });
    log(`  built in ${(built.durationMs / 1000).toFixed(1)} s`);
    await publishSnapshot(warehouse.db, {
      dataDir: dir,
      asOf: SNAPSHOT_AS_OF,
      riskVersion: built.riskVersion,
      keep: 1,
    });
  } finally {
    await warehouse.close();
  }
  // Only the published snapshot is needed from here on.
  for (const name of readdirSync(dir)) if (/\.duckdb(\.wal)?$/.test(name)) rmSync(join(dir, name), { force: true });
  rmSync(join(dir, 'lake'), { recursive: true, force: true });
  writeFileSync(join(dir, CACHE_FILE), `${JSON.stringify(key, null, 2)}\n`);
  const seconds = (performance.now() - started) / 1000;
  log(`  snapshot published in ${seconds.toFixed(1)} s in all`);
  return { dataDir: dir, seconds, reused: false };
}
