/**
 * A warehouse over the demo data for a test file: local sources seeded with the demo set, synced and built once
 * (tests off) before the file's tests, closed and removed after. The object is filled in by beforeAll, so tests
 * read `demo.warehouse.db` / `demo.sources` as usual; `checksums()` covers every table model, for comparing an
 * incremental build with a full rebuild.
 */
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openWarehouse } from '../../../warehouse/db.js';
import { loadModels } from '../../../warehouse/models/model-graph.js';
import { buildModels } from '../../../warehouse/models/runner.js';
import { syncAll } from '../../../warehouse/sync/sync-all.js';
import { makeTempDir } from '../../helpers/tmp.js';
import { tableChecksum } from './checksum.js';
import { openLocalSources, type LocalSources } from './local-sources.js';

export const DEMO_AS_OF = '2025-12-31';

/** Every model materialised as a table: what a build writes. */
export const TABLE_MODELS = loadModels()
  .filter((m) => m.materialized === 'table')
  .map((m) => m.name);

export interface DemoWarehouse {
  sources: LocalSources;
  warehouse: Awaited<ReturnType<typeof openWarehouse>>;
  checksums(): Promise<Record<string, string>>;
}

export function useDemoWarehouse(prefix: string): DemoWarehouse {
  const tmp = makeTempDir(prefix);
  const demo = {
    async checksums() {
      const out: Record<string, string> = {};
      for (const t of TABLE_MODELS) out[t] = await tableChecksum(demo.warehouse.db, t);
      return out;
    },
  } as DemoWarehouse;
  beforeAll(async () => {
    demo.sources = await openLocalSources(tmp.dir, { seedDemo: true });
    demo.warehouse = await openWarehouse(join(tmp.dir, 'warehouse'));
    await syncAll({ db: demo.warehouse.db, fetchBatch: demo.sources.fetchBatch });
    await buildModels(demo.warehouse.db, { asOf: DEMO_AS_OF, tests: 'none' });
  }, 120_000);
  afterAll(async () => {
    await demo.warehouse?.close();
    await demo.sources?.close();
    tmp.remove();
  });
  return demo;
}
