import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';
import { SnapshotSource } from '../../subgraphs/insights/snapshot/snapshot.js';
import { makeTempDir } from '../helpers/tmp.js';
import { publishSnapshot } from './fixtures/marts.js';
import { sampleMarts } from './fixtures/sample-marts.js';

const tmp = makeTempDir('tidemark-insights-source-');
afterAll(() => tmp.remove());

const countSuppliers = async (db: any) =>
  (await sql<{ n: number }>`SELECT count(*) AS n FROM mart_supplier_risk`.execute(db)).rows[0]!.n;

describe('insights: snapshot source', () => {
  it('closes a retired build only after its last lease is released', async () => {
    const source = new SnapshotSource({ dataDir: tmp.dir, log: createLogger('test', 'silent'), pollMs: 60_000 });
    await source.start();
    expect(() => source.acquire()).toThrow(/has not published its first build yet/);

    await publishSnapshot(tmp.dir, 'one', sampleMarts(), { asOf: '2019-12-31' });
    await source.refresh();
    const old = source.acquire();
    expect(old.snapshot.pointer.buildId).toBe('one');

    await publishSnapshot(tmp.dir, 'two', sampleMarts(), { asOf: '2019-12-31' });
    await source.refresh();
    const fresh = source.acquire();
    expect(fresh.snapshot.pointer.buildId).toBe('two');
    expect(source.stats()).toEqual({ buildId: 'two', retiring: 1 });
    // The request still holding build one can go on querying it.
    expect(await countSuppliers(old.snapshot.db)).toBe(11);

    old.release();
    old.release(); // a second release is harmless
    await new Promise((r) => setTimeout(r, 50));
    expect(source.stats().retiring).toBe(0);
    await expect(countSuppliers(old.snapshot.db)).rejects.toThrow();
    expect(await countSuppliers(fresh.snapshot.db)).toBe(11);

    fresh.release();
    await source.close();
    expect(() => source.acquire()).toThrow(/first build/);
  });
});
