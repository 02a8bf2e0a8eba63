/**
 * lib/duckdb/sql-literals.ts carries untrusted partner text into SQL sent as text; a fuzzer round-trips random
 * strings made of the characters that break naive escaping through DuckDB and checks each comes back unchanged
 * and that nothing after it ran (a payload that escaped its quotes would add a column or fail to parse).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quoteIdent, sqlString, sqlStringBody, sqlStringList } from '../../lib/duckdb/sql-literals.js';

// Quotes, backslashes, statement and comment markers, dollar quoting, newlines, non-ASCII, astral characters.
const PIECES = [
  "'",
  "''",
  '"',
  '\\',
  "\\'",
  ';',
  '--',
  '/*',
  '*/',
  '$$',
  '$tag$',
  '\n',
  '\r',
  '\t',
  ' ',
  'a',
  'Z',
  '0',
  'é',
  'ß',
  '中',
  '🙂',
  'E',
  'x',
  "'); DROP TABLE t; --",
  '%',
  '_',
  '?',
  '$1',
  '{',
  '}',
  '[',
  ']',
  ',',
];

function randomText(next: () => number): string {
  const length = Math.floor(next() * 12);
  let text = '';
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

/** A seeded generator, so a failure names a case that can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('lib/duckdb/sql-literals: round trip through DuckDB', () => {
  let instance: DuckDBInstance;
  let conn: DuckDBConnection;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    conn = await instance.connect();
  });
  afterAll(() => {
    conn.closeSync();
    instance.closeSync();
  });

  const one = async (text: string) => (await conn.runAndReadAll(text)).getRowObjectsJson();

  it('returns every random string unchanged from a VARCHAR literal, alone in its row', async () => {
    const next = generator(7);
    for (let i = 0; i < 400; i++) {
      const value = randomText(next);
      expect(await one(`SELECT ${sqlString(value)} AS v`), JSON.stringify(value)).toEqual([{ v: value }]);
    }
  });

  it('returns random lists unchanged from a VARCHAR[] literal, the empty list included', async () => {
    const next = generator(11);
    for (let i = 0; i < 150; i++) {
      const values = Array.from({ length: Math.floor(next() * 4) }, () => randomText(next));
      expect(await one(`SELECT ${sqlStringList(values)} AS v`), JSON.stringify(values)).toEqual([{ v: values }]);
    }
  });

  it('keeps JSON text intact between caller-supplied quotes', async () => {
    const next = generator(13);
    for (let i = 0; i < 150; i++) {
      const rows = [{ name: randomText(next), note: randomText(next) }];
      const json = JSON.stringify(rows);
      const [row] = await one(`SELECT '${sqlStringBody(json)}'::JSON::VARCHAR AS v`);
      expect(JSON.parse(String(row!.v)), json).toEqual(rows);
    }
  });

  it('names a column with any random identifier', async () => {
    const next = generator(17);
    for (let i = 0; i < 150; i++) {
      const name = randomText(next) || 'x';
      const reader = await conn.runAndReadAll(`SELECT 1 AS ${quoteIdent(name)}`);
      expect(reader.columnNames(), JSON.stringify(name)).toEqual([name]);
    }
  });
});
