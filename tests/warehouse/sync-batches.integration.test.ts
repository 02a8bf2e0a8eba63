/**
 * A sync pass loops batch after batch until the source has nothing newer, and the result does not depend on the
 * batch size: small batches (the change feed's maxRows) give the same marts as one batch per table.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../warehouse/db.js';
import { buildModels } from '../../warehouse/models/runner.js';
import { syncAll } from '../../warehouse/sync/sync-all.js';
import { makeTempDir } from '../helpers/tmp.js';
import { martChecksums } from './helpers/checksum.js';
import { openLocalSources } from './helpers/local-sources.js';
import { seedDemoData } from '../../demo/seed.js';

const tmp = makeTempDir('tidemark-batches-');

async function syncAndBuild(dir: string, maxRows?: number) {
  const sources = await openLocalSources(tmp.dir, { maxRows });
  const warehouse = await openWarehouse(join(tmp.dir, dir));
  try {
    const result = await syncAll({ db: warehouse.db, fetchBatch: sources.fetchBatch });
    await buildModels(warehouse.db, { asOf: '2025-12-31', tests: 'none' });
    return { result, checksums: await martChecksums(warehouse.db) };
  } finally {
    await warehouse.close();
    await sources.close();
  }
}

beforeAll(async () => {
  await seedDemoData(tmp.dir);
}, 60_000);
afterAll(() => tmp.remove());

describe('warehouse sync: batches', () => {
  it('loops until a batch comes back empty and ends with the same marts as one batch per table', async () => {
    const whole = await syncAndBuild('whole');
    const small = await syncAndBuild('small', 1_000);
    expect(whole.result.tables.every((t) => t.batches === 1)).toBe(true);
    const values = small.result.tables.find((t) => t.table === 'indicator_values')!;
    expect(values.batches).toBe(Math.ceil(values.rows / 1_000));
    expect(small.result.rowsLoaded).toBe(whole.result.rowsLoaded);
    expect(small.checksums).toEqual(whole.checksums);
  }, 60_000);
});
