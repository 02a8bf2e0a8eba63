import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../lib/duckdb/database.js';

let database: Database<any>;

beforeAll(async () => {
  database = await openDatabase(':memory:');
  await sql`CREATE TABLE t (id INTEGER PRIMARY KEY, big BIGINT, d DATE, ts TIMESTAMP, tags VARCHAR[], amount DECIMAL(10,2))`.execute(database.db);
});
afterAll(async () => database.close());

describe('lib/duckdb: values', () => {
  it('returns BIGINT as a number, and as a decimal string past 2^53, so JSON never sees a BigInt', async () => {
    const { rows } = await sql<{ a: unknown; b: unknown }>`SELECT 42::BIGINT AS a, 9007199254740993::HUGEINT AS b`.execute(database.db);
    expect(rows[0]).toEqual({ a: 42, b: '9007199254740993' });
    expect(() => JSON.stringify(rows)).not.toThrow();
  });

  it('round-trips DATE as YYYY-MM-DD and TIMESTAMP as ISO UTC, whatever the process time zone', async () => {
    await database.db.insertInto('t').values({ id: 1, big: 1, d: '2019-07-02', ts: '2019-07-02T23:30:00.000Z', tags: ['a', "b'c"], amount: 1.5 }).execute();
    const row = await database.db.selectFrom('t').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
    expect(row).toEqual({ id: 1, big: 1, d: '2019-07-02', ts: '2019-07-02T23:30:00.000Z', tags: ['a', "b'c"], amount: 1.5 });
  });

  it('compares DATE columns with date strings bound as parameters', async () => {
    const rows = await database.db.selectFrom('t').select('id').where('d', '>=', '2019-07-02').where('d', '<', '2019-07-03').execute();
    expect(rows).toEqual([{ id: 1 }]);
  });
});

describe('lib/duckdb: transactions', () => {
  it('rolls back every statement of a failed transaction', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await trx.insertInto('t').values({ id: 2, big: 2 }).execute();
        await trx.insertInto('t').values({ id: 2, big: 3 }).execute(); // duplicate key
      }),
    ).rejects.toThrow(/constraint|duplicate/i);
    const rows = await database.db.selectFrom('t').select('id').where('id', '=', 2).execute();
    expect(rows).toEqual([]);
  });

  it('serialises concurrent transactions on the one connection instead of interleaving them', async () => {
    await Promise.all(
      [10, 11, 12, 13].map((id) =>
        database.db.transaction().execute(async (trx) => {
          await trx.insertInto('t').values({ id, big: id }).execute();
          await new Promise((r) => setTimeout(r, 5));
          await trx.updateTable('t').set({ big: id * 10 }).where('id', '=', id).execute();
        }),
      ),
    );
    const rows = await database.db.selectFrom('t').select(['id', 'big']).where('id', '>=', 10).orderBy('id').execute();
    expect(rows).toEqual([10, 11, 12, 13].map((id) => ({ id, big: id * 10 })));
  });

  it('reports affected rows for writes', async () => {
    const result = await database.db.updateTable('t').set({ big: 0 }).where('id', '>=', 10).executeTakeFirst();
    expect(result.numUpdatedRows).toBe(4n);
  });
});
