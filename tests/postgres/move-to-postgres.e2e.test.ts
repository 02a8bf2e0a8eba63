/**
 * `npm run move-to-postgres`: the embedded stores of a data dir (here the seeded demo data set) land in
 * PostgreSQL with every row and change_seq as they were, the services then run on them, new writes take seqs
 * above the moved ones, and a second move into a used database is refused without touching it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../demo/seed.js';
import { openDatabase } from '../../lib/duckdb/database.js';
import { openPostgresDatabase } from '../../lib/postgres/database.js';
import { REPO_ROOT } from '../../scripts/stack.js';
import { insertCampaign } from '../../subgraphs/campaigns/store/campaigns.js';
import { testDatabaseUrl } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';

const run = promisify(execFile);
const tmp = makeTempDir('tidemark-move-');
let url: string;

function move(env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/move-to-postgres.ts', '--data-dir', tmp.dir], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
  });
}

/** Every row of a table, as the store layer returns it, in a stable order. */
async function rowsOf(db: import('kysely').Kysely<any>, table: string): Promise<Record<string, unknown>[]> {
  const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} ORDER BY change_seq`.execute(
    db,
  );
  return rows;
}

beforeAll(async () => {
  await seedDemoData(tmp.dir, { seed: 42 });
  url = (await testDatabaseUrl(tmp.dir))!;
});
afterAll(() => tmp.remove());

describe('npm run move-to-postgres', () => {
  it('copies every row of the three stores, change_seq included, and the sequence continues above them', async () => {
    const { stdout } = await move({ TIDEMARK_DATABASE_URL: url });
    expect(stdout).toMatch(/audits\.findings\s+\d+/);
    const tables = {
      audits: ['suppliers', 'audits', 'findings', 'corrective_actions'],
      agency: ['countries', 'action_periods', 'indicator_feeds', 'indicator_values'],
      campaigns: ['campaigns', 'campaign_metrics'],
    };
    for (const [service, names] of Object.entries(tables)) {
      const duck = await openDatabase<any>(`${tmp.dir}/${service}.duckdb`, { readOnly: true });
      const pg = await openPostgresDatabase<any>(url, { schema: service });
      try {
        for (const table of names) {
          const [before, after] = [await rowsOf(duck.db, table), await rowsOf(pg.db, table)];
          expect(after.length, `${service}.${table}`).toBe(before.length);
          expect(before.length, `${service}.${table} seeded`).toBeGreaterThan(0);
          // Same values through either engine (TIMESTAMPs compared at the millisecond both return).
          expect(after, `${service}.${table}`).toEqual(before);
        }
      } finally {
        await pg.close();
        await duck.close();
      }
    }
    const campaigns = await openPostgresDatabase<any>(url, { schema: 'campaigns' });
    try {
      const { hi } = (
        await sql<{ hi: number }>`SELECT max(change_seq) AS hi FROM campaign_metrics`.execute(campaigns.db)
      ).rows[0]!;
      const created = await insertCampaign(campaigns.db, {
        name: 'After the move',
        countryCode: 'TH',
        audience: 'EMPLOYERS',
        channels: ['RADIO'],
        languages: ['th'],
        startDate: '2025-01-01',
        endDate: '2025-01-31',
        createdBy: 'test',
      });
      expect(created.change_seq).toBeGreaterThan(hi);
    } finally {
      await campaigns.close();
    }
  });

  it('refuses to move into a database that already holds the stores, and names it', async () => {
    const error = await move({ TIDEMARK_DATABASE_URL: url }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toMatch(/already holds the audits store/);
    expect(error?.stderr).not.toContain(`:${new URL(url).password}@`); // the URL is shown without its password
  });

  it('asks for a database when none is configured', async () => {
    const error = await move({ TIDEMARK_DATABASE_URL: '', AUDITS_DATABASE_URL: '' }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(2);
    expect(error?.stderr).toMatch(/set AUDITS_DATABASE_URL or TIDEMARK_DATABASE_URL/);
  });
});
