/**
 * The change feed of a PostgreSQL store under many writers (issue: "a row whose transaction commits after a
 * later sequence number must never be skipped"). 20 writers on their own pooled connections insert 10,000
 * campaigns, each transaction holding its row a random 0–6 ms before COMMIT, while the warehouse side exports
 * batch after batch from its watermark. Every committed row must land in exactly one batch.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChangeBatch, type ChangeBatch } from '../../lib/change-feed.js';
import type { Store } from '../../lib/store/open-store.js';
import type { DB } from '../../subgraphs/campaigns/db-types.js';
import { MIGRATIONS_DIR } from '../../subgraphs/campaigns/server.js';
import { insertCampaign } from '../../subgraphs/campaigns/store/campaigns.js';
import { openTestStore } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';

const WRITERS = 20;
const WRITES_PER_WRITER = 500;

const tmp = makeTempDir('tidemark-pg-feed-');
let store: Store<DB>;

beforeAll(async () => {
  store = await openTestStore<DB>('campaigns', tmp.dir, MIGRATIONS_DIR);
});
afterAll(async () => {
  await store.close();
  tmp.remove();
});

async function readBatchRows(paths: readonly string[]): Promise<{ campaign_id: string; change_seq: number }[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const list = paths.map((p) => `'${p.replaceAll("'", "''")}'`).join(', ');
    const reader = await connection.runAndReadAll(`SELECT campaign_id, change_seq FROM read_parquet([${list}])`);
    return reader
      .getRowObjectsJS()
      .map((r) => ({ campaign_id: String(r.campaign_id), change_seq: Number(r.change_seq) }));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('PostgreSQL change feed with concurrent writers', () => {
  it('exports every one of 10,000 rows written by 20 concurrent writers exactly once', async () => {
    expect(store.engine).toBe('postgres');
    const committed: { id: string; seq: number; order: number }[] = [];
    let commitOrder = 0;
    let writing = true;

    const writer = async (w: number) => {
      for (let i = 0; i < WRITES_PER_WRITER; i++) {
        const row = await store.db.transaction().execute(async (trx) => {
          const created = await insertCampaign(trx, {
            name: `writer ${w} row ${i}`,
            countryCode: 'TH',
            audience: 'GENERAL_POPULATION',
            channels: ['RADIO'],
            languages: ['th'],
            startDate: '2024-01-01',
            endDate: '2024-01-31',
            createdBy: 'test',
          });
          // Hold the transaction open a while: later seqs commit first.
          await sql`SELECT pg_sleep(${Math.random() * 0.006})`.execute(trx);
          return created;
        });
        committed.push({ id: row.campaign_id, seq: row.change_seq, order: commitOrder++ });
      }
    };

    const batches: ChangeBatch[] = [];
    const exporter = async () => {
      let mark = 0;
      for (;;) {
        const done = !writing;
        // A random batch cap exercises the top-N path too.
        const maxRows = Math.random() < 0.3 ? 1 + Math.floor(Math.random() * 500) : undefined;
        const batch = await exportChangeBatch(store.db, {
          source: 'campaigns',
          table: 'campaigns',
          allowedTables: ['campaigns'],
          afterSeq: mark,
          lakeDir: `${tmp.dir}/lake`,
          maxRows,
        });
        expect(batch.fromSeqExclusive).toBe(mark);
        if (batch.rowCount > 0) batches.push(batch);
        mark = batch.toSeqInclusive;
        // After the writers stop, drain until a batch comes back empty.
        if (done && batch.rowCount === 0) return;
      }
    };

    const exporting = exporter();
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    writing = false;
    await exporting;

    expect(committed).toHaveLength(WRITERS * WRITES_PER_WRITER);
    // The race the horizon guards against did happen: some row committed after a row with a higher seq.
    const bySeq = [...committed].sort((a, b) => a.seq - b.seq);
    const overtaken = bySeq.filter((c, i) => i > 0 && c.order < bySeq[i - 1]!.order).length;
    expect(overtaken).toBeGreaterThan(0);
    expect(batches.length).toBeGreaterThan(1);

    const exported = await readBatchRows(batches.map((b) => b.path!));
    expect(exported).toHaveLength(batches.reduce((n, b) => n + b.rowCount, 0));
    const ids = exported.map((r) => r.campaign_id);
    expect(new Set(ids).size).toBe(ids.length); // none twice
    expect(new Set(ids)).toEqual(new Set(committed.map((c) => c.id))); // none missed
    // Each batch holds exactly the seqs of its range.
    for (const b of batches) {
      const rows = await readBatchRows([b.path!]);
      expect(rows.every((r) => r.change_seq > b.fromSeqExclusive && r.change_seq <= b.toSeqInclusive)).toBe(true);
    }
  });
});
