/**
 * The load step on Parquet batches written with DuckDB itself (the format lib/change-feed.ts writes): upsert by
 * primary key with the latest change_seq winning, tombstones kept in raw and filtered by staging, the watermark
 * advanced in the same transaction, and a failing batch leaving no trace. A batch whose file does not hold what
 * the export declared (row count, seq range) is refused before loading, requested again, and reported.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execSql, openWarehouse, querySql, sqlString } from '../../warehouse/db.js';
import { buildModels } from '../../warehouse/models/runner.js';
import { BatchMismatchError, loadBatch, WatermarkMismatchError } from '../../warehouse/sync/load-batch.js';
import type { BatchFetcher } from '../../warehouse/sync/fetch-batch.js';
import { SOURCE_TABLES } from '../../warehouse/sync/sources.js';
import { MAX_BATCH_RETRIES, SyncError, syncAll } from '../../warehouse/sync/sync-all.js';
import { ensureRawTables, readWatermark } from '../../warehouse/sync/watermarks.js';
import { makeTempDir } from '../helpers/tmp.js';
import { openLocalSources, type LocalSources } from './helpers/local-sources.js';

const tmp = makeTempDir('tidemark-load-');
let warehouse: Awaited<ReturnType<typeof openWarehouse>>;
const SUPPLIERS = SOURCE_TABLES.find((t) => t.table === 'suppliers')!;
const VALUES = SOURCE_TABLES.find((t) => t.table === 'indicator_values')!;

/** Writes supplier rows as a Parquet batch, as the audits subgraph would. */
async function writeSupplierBatch(
  name: string,
  rows: { id: string; name: string; deleted?: boolean; seq: number }[],
): Promise<string> {
  const path = join(tmp.dir, `${name}.parquet`);
  const values = rows
    .map(
      (r) =>
        `(${sqlString(r.id)}, ${sqlString(r.name)}, 'Road 1', 'TH', 'FISHING', ['Fish'], 10, 0.5, 1, 'k', ` +
        `TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-01', ${r.deleted ? 'true' : 'false'}, ${r.seq})`,
    )
    .join(', ');
  await execSql(
    warehouse.db,
    `COPY (SELECT * FROM (VALUES ${values}) t(supplier_id, name, address, country_code, sector, goods, worker_count,
       migrant_worker_share, tier, match_key, created_at, updated_at, is_deleted, change_seq))
     TO ${sqlString(path)} (FORMAT parquet)`,
  );
  return path;
}

const batch = (path: string, from: number, to: number, rowCount: number) => ({
  source: 'audits',
  table: 'suppliers',
  path,
  fromSeqExclusive: from,
  toSeqInclusive: to,
  rowCount,
});

async function rawSuppliers() {
  return querySql<{ supplier_id: string; name: string; is_deleted: boolean; change_seq: number }>(
    warehouse.db,
    'SELECT supplier_id, name, is_deleted, change_seq FROM raw_audits__suppliers ORDER BY supplier_id',
  );
}

beforeAll(async () => {
  warehouse = await openWarehouse(tmp.dir);
  await ensureRawTables(warehouse.db);
});

afterAll(async () => {
  await warehouse?.close();
  tmp.remove();
});

describe('warehouse sync: loading a change batch', () => {
  it('inserts a first batch and sets the watermark to its last seq', async () => {
    const path = await writeSupplierBatch('b1', [
      { id: 's1', name: 'One', seq: 1 },
      { id: 's2', name: 'Two', seq: 2 },
      { id: 's3', name: 'Three', seq: 3 },
    ]);
    await loadBatch(warehouse.db, SUPPLIERS, batch(path, 0, 3, 3));
    expect(await rawSuppliers()).toEqual([
      { supplier_id: 's1', name: 'One', is_deleted: false, change_seq: 1 },
      { supplier_id: 's2', name: 'Two', is_deleted: false, change_seq: 2 },
      { supplier_id: 's3', name: 'Three', is_deleted: false, change_seq: 3 },
    ]);
    expect(await readWatermark(warehouse.db, 'audits', 'suppliers')).toBe(3);
    const [mark] = await querySql<{ rows: number }>(
      warehouse.db,
      "SELECT rows FROM _sync_watermarks WHERE table_name = 'suppliers'",
    );
    expect(mark!.rows).toBe(3);
  });

  it('replaces updated rows, keeps tombstones in raw, and staging leaves them out', async () => {
    const path = await writeSupplierBatch('b2', [
      { id: 's2', name: 'Two renamed', seq: 4 },
      { id: 's3', name: 'Three', deleted: true, seq: 5 },
      { id: 's4', name: 'Four', seq: 6 },
    ]);
    await loadBatch(warehouse.db, SUPPLIERS, batch(path, 3, 6, 3));
    expect(await rawSuppliers()).toEqual([
      { supplier_id: 's1', name: 'One', is_deleted: false, change_seq: 1 },
      { supplier_id: 's2', name: 'Two renamed', is_deleted: false, change_seq: 4 },
      { supplier_id: 's3', name: 'Three', is_deleted: true, change_seq: 5 },
      { supplier_id: 's4', name: 'Four', is_deleted: false, change_seq: 6 },
    ]);
    await buildModels(warehouse.db, { asOf: '2025-01-01' });
    const staged = await querySql<{ supplier_id: string }>(
      warehouse.db,
      'SELECT supplier_id FROM stg_audits__suppliers ORDER BY 1',
    );
    expect(staged.map((r) => r.supplier_id)).toEqual(['s1', 's2', 's4']);
    const risk = await querySql<{ supplier_id: string }>(
      warehouse.db,
      'SELECT supplier_id FROM mart_supplier_risk ORDER BY 1',
    );
    expect(risk.map((r) => r.supplier_id)).toEqual(['s1', 's2', 's4']);
  });

  it('refuses a batch that does not start at the watermark, changing nothing', async () => {
    const path = await writeSupplierBatch('stale', [{ id: 's1', name: 'Stale name', seq: 2 }]);
    await expect(loadBatch(warehouse.db, SUPPLIERS, batch(path, 1, 2, 1))).rejects.toThrow(WatermarkMismatchError);
    expect((await rawSuppliers())[0]).toEqual({ supplier_id: 's1', name: 'One', is_deleted: false, change_seq: 1 });
    expect(await readWatermark(warehouse.db, 'audits', 'suppliers')).toBe(6);
  });

  it('refuses a batch with a change_seq outside its range: an older version never overwrites a newer row', async () => {
    // A batch from the watermark that (abnormally) carries an old version of s2 next to a new row.
    const path = await writeSupplierBatch('b3', [
      { id: 's2', name: 'Two, old version', seq: 3 },
      { id: 's5', name: 'Five', seq: 7 },
    ]);
    await expect(loadBatch(warehouse.db, SUPPLIERS, batch(path, 6, 7, 2))).rejects.toThrow(
      /holds change_seq 3, not after 6/,
    );
    const good = await writeSupplierBatch('b3-good', [{ id: 's5', name: 'Five', seq: 7 }]);
    await loadBatch(warehouse.db, SUPPLIERS, batch(good, 6, 7, 1));
    const rows = await rawSuppliers();
    expect(rows.find((r) => r.supplier_id === 's2')).toEqual({
      supplier_id: 's2',
      name: 'Two renamed',
      is_deleted: false,
      change_seq: 4,
    });
    expect(rows.find((r) => r.supplier_id === 's5')?.name).toBe('Five');
  });

  it('refuses a batch whose file holds fewer rows, or ends at another seq, than the export declared', async () => {
    const before = await rawSuppliers();
    const path = await writeSupplierBatch('short', [{ id: 's6', name: 'Six', seq: 8 }]);
    await expect(loadBatch(warehouse.db, SUPPLIERS, batch(path, 7, 9, 2))).rejects.toThrow(BatchMismatchError);
    await expect(loadBatch(warehouse.db, SUPPLIERS, batch(path, 7, 9, 2))).rejects.toThrow(
      /holds 1 rows, the export declared 2; its highest change_seq is 8, the export declared 9/,
    );
    await expect(loadBatch(warehouse.db, SUPPLIERS, batch(join(tmp.dir, 'gone.parquet'), 7, 8, 1))).rejects.toThrow(
      /cannot be read/,
    );
    expect(await rawSuppliers()).toEqual(before);
    expect(await readWatermark(warehouse.db, 'audits', 'suppliers')).toBe(7);
  });

  it('rolls back the whole batch when a statement fails mid-way', async () => {
    // Keys and seqs are readable (so the DELETE of superseded rows runs) but a column is missing (the INSERT fails).
    const path = join(tmp.dir, 'broken.parquet');
    await execSql(
      warehouse.db,
      `COPY (SELECT 's1' AS supplier_id, 8::BIGINT AS change_seq) TO ${sqlString(path)} (FORMAT parquet)`,
    );
    await expect(loadBatch(warehouse.db, SUPPLIERS, batch(path, 7, 8, 1))).rejects.toThrow(/name/);
    expect((await rawSuppliers())[0]).toEqual({ supplier_id: 's1', name: 'One', is_deleted: false, change_seq: 1 });
    expect(await readWatermark(warehouse.db, 'audits', 'suppliers')).toBe(7);
    expect(existsSync(path)).toBe(true);
  });

  it('upserts tables with composite primary keys', async () => {
    const write = async (name: string, rows: string) => {
      const path = join(tmp.dir, `${name}.parquet`);
      await execSql(
        warehouse.db,
        `COPY (SELECT * FROM (VALUES ${rows}) t(feed_id, revision, indicator, crime_type, exploitation, sex, age_group,
          value, is_deleted, change_seq))
         TO ${sqlString(path)} (FORMAT parquet)`,
      );
      return path;
    };
    const first = await write(
      'v1',
      "('f1', 1, 'ARRESTS', 'ALL', 'ALL', 'ALL', 'ALL', 10.0, false, 1), ('f1', 1, 'ARRESTS', 'ALL', 'ALL', " +
        "'FEMALE', 'ALL', 4.0, false, 2)",
    );
    await loadBatch(warehouse.db, VALUES, {
      source: 'agency',
      table: 'indicator_values',
      path: first,
      fromSeqExclusive: 0,
      toSeqInclusive: 2,
      rowCount: 2,
    });
    const second = await write('v2', "('f1', 1, 'ARRESTS', 'ALL', 'ALL', 'FEMALE', 'ALL', 5.0, false, 3)");
    await loadBatch(warehouse.db, VALUES, {
      source: 'agency',
      table: 'indicator_values',
      path: second,
      fromSeqExclusive: 2,
      toSeqInclusive: 3,
      rowCount: 1,
    });
    const rows = await querySql<{ sex: string; value: number }>(
      warehouse.db,
      'SELECT sex, value FROM raw_agency__indicator_values ORDER BY sex',
    );
    expect(rows).toEqual([
      { sex: 'ALL', value: 10 },
      { sex: 'FEMALE', value: 5 },
    ]);
  });
});

describe('warehouse sync: a batch that does not match its declaration', () => {
  const sourcesDir = join(tmp.dir, 'sources');
  let sources: LocalSources;
  beforeAll(async () => {
    sources = await openLocalSources(sourcesDir, { seedDemo: true });
  }, 60_000);
  afterAll(() => sources?.close());

  /** A fetcher whose first `times` audits.findings batches lose their last row (a short but well-formed file). */
  const truncating = (times: number): BatchFetcher => {
    let left = times;
    return async (source, table, afterSeq) => {
      const batch = await sources.fetchBatch(source, table, afterSeq);
      if (table !== 'findings' || batch.rowCount < 2 || left-- <= 0) return batch;
      const short = `${batch.path}.short.parquet`;
      await execSql(
        warehouse.db,
        `COPY (SELECT * FROM read_parquet(${sqlString(batch.path!)}) ORDER BY change_seq LIMIT ${batch.rowCount - 1})
        TO ${sqlString(short)} (FORMAT parquet)`,
      );
      return { ...batch, path: short };
    };
  };

  it('requests it again and loads the whole batch, reporting the rejected one', async () => {
    const db = await openWarehouse(join(tmp.dir, 'retry'));
    try {
      const result = await syncAll({ db: db.db, fetchBatch: truncating(1) });
      const findings = result.tables.find((t) => t.table === 'findings')!;
      expect(findings.rejected).toHaveLength(1);
      expect(findings.rejected[0]).toMatch(
        /^audits\.findings batch \(0, \d+\]: holds \d+ rows, the export declared \d+/,
      );
      const [{ n }] = (await querySql<{ n: number }>(db.db, 'SELECT count(*) AS n FROM raw_audits__findings')) as [
        { n: number },
      ];
      expect(n).toBe(findings.rows);
      const [{ m }] = (await querySql<{ m: number }>(
        sources.dbs.audits as never,
        'SELECT count(*) AS m FROM findings',
      )) as [{ m: number }];
      expect(n).toBe(m);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('fails the table without moving its watermark when every attempt is short', async () => {
    const db = await openWarehouse(join(tmp.dir, 'persistent'));
    try {
      const error = await syncAll({ db: db.db, fetchBatch: truncating(MAX_BATCH_RETRIES + 1) }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SyncError);
      expect((error as SyncError).message).toMatch(
        /audits\.findings \(.*holds \d+ rows, the export declared \d+.*requested 3 times\)/,
      );
      expect(await readWatermark(db.db, 'audits', 'findings')).toBe(0);
      expect((await querySql<{ n: number }>(db.db, 'SELECT count(*) AS n FROM raw_audits__findings'))[0]!.n).toBe(0);
      // Other sources still loaded.
      expect(await readWatermark(db.db, 'agency', 'countries')).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  }, 60_000);
});
