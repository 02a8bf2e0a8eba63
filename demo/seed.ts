/**
 * Writes the demo data set straight into the three store files (`audits.duckdb`, `agency.duckdb`,
 * `campaigns.duckdb`) with each subgraph's own migrations, one transaction per file, every consumed row
 * stamped `change_seq = nextval('change_seq_counter')`. Called by `npm start` on a fresh data dir and by
 * `npm run seed`; it refuses a data dir that already holds suppliers, feeds or campaigns.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { openDatabase, type Database } from '../lib/duckdb/database.js';
import { DEFAULT_SEED, DEMO_NOW, generateDemoData } from './generate.js';
import type { DemoData } from './rows.js';
import type { DB as AgencyDB } from '../subgraphs/agency/db-types.js';
import { seedIsoCountries } from '../subgraphs/agency/store/countries.js';

const migrationsOf = (subgraph: string) =>
  fileURLToPath(new URL(`../subgraphs/${subgraph}/migrations`, import.meta.url));

/** Rows per INSERT statement: large enough to be fast, small enough to keep bind lists sane. */
const CHUNK = 200;

export interface SeedOptions {
  seed?: number;
  now?: string;
}

export type SeedSummary = Record<string, number>;

async function insertRows(db: Kysely<any>, table: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((row) => ({ ...row, change_seq: sql`nextval('change_seq_counter')` }));
    await db.insertInto(table).values(chunk).execute();
  }
}

async function countRows(db: Kysely<any>, table: string): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function refuseIfSeeded(
  stores: Record<'audits' | 'agency' | 'campaigns', Database<any>>,
  dataDir: string,
): Promise<void> {
  const checks: [Database<any>, string][] = [
    [stores.audits, 'suppliers'],
    [stores.agency, 'indicator_feeds'],
    [stores.campaigns, 'campaigns'],
  ];
  for (const [store, table] of checks) {
    const n = await countRows(store.db, table);
    if (n > 0)
      throw new Error(
        `seedDemoData: ${store.path} already has ${n} ${table}; seed only a fresh data dir (not ${dataDir})`,
      );
  }
}

async function seedAudits(db: Kysely<any>, data: DemoData['audits']): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of ['suppliers', 'audits', 'findings', 'corrective_actions'] as const)
      await insertRows(trx, table, data[table]);
  });
}

/**
 * Countries and action periods may already be there (the agency subgraph loads them on start): add only what is
 * missing.
 */
async function seedAgency(db: Kysely<any>, data: DemoData['agency']): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await seedIsoCountries(trx as Kysely<AgencyDB>);
    const known = new Set(
      (await trx.selectFrom('action_periods').select('period_id').execute()).map(
        (r: { period_id: string }) => r.period_id,
      ),
    );
    await insertRows(
      trx,
      'action_periods',
      data.action_periods.filter((p) => !known.has(p.period_id)),
    );
    await insertRows(trx, 'indicator_feeds', data.indicator_feeds);
    await insertRows(trx, 'indicator_values', data.indicator_values);
  });
}

async function seedCampaigns(db: Kysely<any>, data: DemoData['campaigns']): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, 'campaigns', data.campaigns);
    await insertRows(trx, 'campaign_metrics', data.campaign_metrics);
  });
}

/** Seeds `dataDir`; returns the row count per table written. Throws, writing nothing, if the dir was seeded. */
export async function seedDemoData(dataDir: string, options: SeedOptions = {}): Promise<SeedSummary> {
  mkdirSync(dataDir, { recursive: true });
  const data = generateDemoData({ seed: options.seed ?? DEFAULT_SEED, now: options.now ?? DEMO_NOW });
  const opened: Database<any>[] = [];
  const open = async (name: string) => {
    const store = await openDatabase<any>(join(dataDir, `${name}.duckdb`), { migrationsDir: migrationsOf(name) });
    opened.push(store);
    return store;
  };
  try {
    const stores = { audits: await open('audits'), agency: await open('agency'), campaigns: await open('campaigns') };
    await refuseIfSeeded(stores, dataDir);
    await seedAudits(stores.audits.db, data.audits);
    await seedAgency(stores.agency.db, data.agency);
    await seedCampaigns(stores.campaigns.db, data.campaigns);
  } finally {
    for (const store of opened) await store.close();
  }
  const summary: SeedSummary = {};
  for (const tables of Object.values(data))
    for (const [table, rows] of Object.entries(tables)) summary[table] = (rows as unknown[]).length;
  return summary;
}
