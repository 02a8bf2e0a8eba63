import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../lib/duckdb/database.js';

let database: Database<any>;

beforeAll(async () => {
  database = await openDatabase(':memory:');
  await sql`CREATE TABLE t (id INTEGER PRIMARY KEY, big BIGINT, d DATE, ts TIMESTAMP, tags VARCHAR[],
    amount DECIMAL(10,2))`.execute(database.db);
});
afterAll(async () => database.close());

describe('lib/duckdb: values', () => {
  it('returns BIGINT as a number, and as a decimal string past 2^53, so JSON never sees a BigInt', async () => {
    const { rows } = await sql<{
      a: unknown;
      b: unknown;
    }>`SELECT 42::BIGINT AS a, 9007199254740993::HUGEINT AS b`.execute(database.db);
    expect(rows[0]).toEqual({ a: 42, b: '9007199254740993' });
  });

  it('round-trips DATE as YYYY-MM-DD and TIMESTAMP as ISO UTC, whatever the process time zone', async () => {
    await database.db
      .insertInto('t')
      .values({ id: 1, big: 1, d: '2019-07-02', ts: '2019-07-02T23:30:00.000Z', tags: ['a', "b'c"], amount: 1.5 })
      .execute();
    const row = await database.db.selectFrom('t').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
    expect(row).toEqual({
      id: 1,
      big: 1,
      d: '2019-07-02',
      ts: '2019-07-02T23:30:00.000Z',
      tags: ['a', "b'c"],
      amount: 1.5,
    });
  });

  it('compares DATE columns with date strings bound as parameters', async () => {
    const rows = await database.db
      .selectFrom('t')
      .select('id')
      .where('d', '>=', '2019-07-02')
      .where('d', '<', '2019-07-03')
      .execute();
    expect(rows).toEqual([{ id: 1 }]);
  });

  it('converts values nested in lists and structs by their own types (a DATE stays a calendar date)', async () => {
    const nested = sql<{ facts: unknown }>`SELECT [{'day': DATE '2025-12-31', 'at': TIMESTAMP '2025-12-31 23:59:00',
      'n': 9007199254740993::BIGINT, 'tags': [DATE '2024-02-29']}] AS facts`;
    const { rows } = await nested.execute(database.db);
    expect(rows[0]!.facts).toEqual([
      { day: '2025-12-31', at: '2025-12-31T23:59:00.000Z', n: '9007199254740993', tags: ['2024-02-29'] },
    ]);
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
          await trx
            .updateTable('t')
            .set({ big: id * 10 })
            .where('id', '=', id)
            .execute();
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

describe('lib/duckdb: statements', () => {
  it('reuses a prepared statement, and re-binds it when the table it reads has been replaced', async () => {
    const db = database.db;
    await sql`CREATE TABLE swap (id INTEGER, name VARCHAR)`.execute(db);
    await sql`INSERT INTO swap VALUES (1, 'one'), (2, 'two')`.execute(db);
    const read = () =>
      db
        .selectFrom('swap' as never)
        .selectAll()
        .where('id' as never, '=', 2 as never)
        .execute();
    expect(await read()).toEqual([{ id: 2, name: 'two' }]);
    expect(await read()).toEqual([{ id: 2, name: 'two' }]);
    await sql`DROP TABLE swap`.execute(db);
    await sql`CREATE TABLE swap (id INTEGER, name VARCHAR, extra DATE)`.execute(db);
    await sql`INSERT INTO swap VALUES (2, 'deux', '2020-01-02')`.execute(db);
    expect(await read()).toEqual([{ id: 2, name: 'deux', extra: '2020-01-02' }]);
  });

  it('keeps answering correctly past the prepared-statement cache capacity', async () => {
    const db = database.db;
    for (let i = 0; i < 300; i++) {
      const { rows } = await sql<{ v: number }>`SELECT ${i}::INTEGER + ${sql.raw(String(i))} AS v`.execute(db);
      expect(rows).toEqual([{ v: 2 * i }]);
    }
    const { rows } = await sql<{ v: number }>`SELECT ${7}::INTEGER + ${sql.raw('0')} AS v`.execute(db);
    expect(rows).toEqual([{ v: 7 }]);
  });

  it('runs several parameter-free statements in one call, answering the rows of the last', async () => {
    const db = database.db;
    const { rows } = await sql
      .raw<{ n: number }>(
        `BEGIN TRANSACTION; CREATE TABLE multi (x INTEGER); INSERT INTO multi VALUES (1), (2); SELECT count(*) AS n
          FROM multi`,
      )
      .execute(db);
    expect(rows).toEqual([{ n: 2 }]);
    await sql.raw('ROLLBACK').execute(db);
    await expect(sql`SELECT * FROM multi`.execute(db)).rejects.toThrow(/multi/);
  });

  it('reads wide results of many chunks completely', async () => {
    const { rows } = await sql<{
      i: number;
      d: string;
    }>`SELECT range AS i, DATE '2020-01-01' + range::INTEGER AS d FROM range(${5000})`.execute(database.db);
    expect(rows).toHaveLength(5000);
    expect(rows[4999]).toEqual({ i: 4999, d: '2033-09-08' });
  });
});
