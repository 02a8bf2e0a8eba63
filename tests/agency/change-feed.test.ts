import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/duckdb/database.js';
import { errorCode } from '../helpers/graphql.js';
import { cell, feedInput, startAgency, SUBMIT, type AgencyFixture } from './fixture.js';

let f: AgencyFixture;
let warehouse: string;
const EXPORT = `mutation($t: String!, $s: Int!) { exportAgencyChanges(table: $t, afterSeq: $s)
  { source table path fromSeqExclusive toSeqInclusive rowCount } }`;

async function parquetRows(path: string): Promise<Record<string, unknown>[]> {
  const reader = await openDatabase<any>(':memory:');
  try {
    return (await sql<Record<string, unknown>>`SELECT * FROM read_parquet(${path}) ORDER BY change_seq`.execute(reader.db)).rows;
  } finally {
    await reader.close();
  }
}

beforeAll(async () => {
  f = await startAgency();
  warehouse = await f.tokens.token('WAREHOUSE');
});
afterAll(() => f.stop());

describe('agency: change feed for the warehouse', () => {
  it('exports the seeded countries as one Parquet batch, then nothing more', async () => {
    const r = await f.call(warehouse, EXPORT, { t: 'countries', s: 0 });
    expect(r.errors).toBeUndefined();
    const batch = r.data.exportAgencyChanges;
    expect(batch).toMatchObject({ source: 'agency', table: 'countries', fromSeqExclusive: 0, rowCount: 249 });
    expect(batch.path.startsWith(`${f.dataDir}/lake/agency/countries/`)).toBe(true);
    const rows = await parquetRows(batch.path);
    expect(rows).toHaveLength(249);
    expect(rows.find((row) => row.country_code === 'AX')).toMatchObject({ name: 'Åland Islands', numeric_code: '248' });
    const again = await f.call(warehouse, EXPORT, { t: 'countries', s: batch.toSeqInclusive });
    expect(again.data.exportAgencyChanges).toMatchObject({ path: null, rowCount: 0, fromSeqExclusive: batch.toSeqInclusive });
  });

  it('exports each revision of a feed and its values after the last watermark', async () => {
    const agency = await f.tokens.token('AGENCY');
    const mark = (await f.call(warehouse, EXPORT, { t: 'indicator_values', s: 0 })).data.exportAgencyChanges.toSeqInclusive;
    await f.call(agency, SUBMIT, { input: feedInput([cell('ARRESTS', 3), cell('CONVICTIONS', 1)]) });
    await f.call(agency, SUBMIT, { input: feedInput([cell('ARRESTS', 4)]) });
    const feeds = (await f.call(warehouse, EXPORT, { t: 'indicator_feeds', s: 0 })).data.exportAgencyChanges;
    expect(feeds.rowCount).toBe(2);
    expect((await parquetRows(feeds.path)).map((row) => [row.feed_id, row.revision])).toEqual([
      ['th-police:JPA5', 1],
      ['th-police:JPA5', 2],
    ]);
    const values = (await f.call(warehouse, EXPORT, { t: 'indicator_values', s: mark })).data.exportAgencyChanges;
    expect(values.rowCount).toBe(3);
    expect(existsSync(values.path)).toBe(true);
  });

  it('refuses a table it does not own and a negative watermark', async () => {
    const unknown = await f.call(warehouse, EXPORT, { t: 'audits', s: 0 });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0]!.extensions!.field).toBe('table');
    expect(errorCode(await f.call(warehouse, EXPORT, { t: 'countries', s: -1 }))).toBe('BAD_USER_INPUT');
  });
});
