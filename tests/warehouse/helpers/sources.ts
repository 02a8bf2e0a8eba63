/**
 * The three real source subgraphs (audits, agency, campaigns) as processes on free ports over one data dir
 * (scripts/stack.ts, the same launcher `npm start` uses), optionally seeded with the demo data set first. The
 * warehouse talks to them over HTTP exactly as in production, with a WAREHOUSE token minted from the data
 * dir's secret. A test changes source rows the way an operator would: stop the subgraph, write its file, start it.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../../lib/duckdb/database.js';
import { seedDemoData } from '../../../demo/seed.js';
import { launchStack, type RunningStack } from '../../../scripts/stack.js';
import type { TokenProvider } from '../../../warehouse/sync/fetch-batch.js';
import type { SourceName } from '../../../warehouse/sync/sources.js';
import { tokenFactory } from '../../helpers/tokens.js';

export interface RunningSources {
  urls: Record<SourceName, string>;
  tokenProvider: TokenProvider;
  /** Stops the source's subgraph, hands its database to `change`, then starts the subgraph again. */
  writeTo(source: SourceName, change: (db: Kysely<any>) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export async function startSources(dataDir: string, options: { seedDemo?: boolean } = {}): Promise<RunningSources> {
  const tokens = tokenFactory(dataDir);
  if (options.seedDemo) await seedDemoData(dataDir);
  const stack: RunningStack = await launchStack({ dataDir, ports: 'free', without: ['warehouse', 'insights', 'gateway', 'dashboards'] });
  const token = await tokens.token('WAREHOUSE');
  return {
    urls: { audits: stack.urls.audits!, agency: stack.urls.agency!, campaigns: stack.urls.campaigns! },
    tokenProvider: async () => token,
    async writeTo(source, change) {
      await stack.stopService(source);
      const migrationsDir = fileURLToPath(new URL(`../../../subgraphs/${source}/migrations`, import.meta.url));
      const store = await openDatabase<any>(join(dataDir, `${source}.duckdb`), { migrationsDir });
      try {
        await change(store.db);
      } finally {
        await store.close();
      }
      await stack.startService(source);
    },
    stop: () => stack.stop(),
  };
}

/** Inserts rows stamping change_seq as the subgraphs' stores do. */
export async function writeSourceRows(db: Kysely<any>, table: string, rows: Record<string, unknown>[]): Promise<void> {
  await db
    .insertInto(table)
    .values(rows.map((r) => ({ ...r, change_seq: sql`nextval('change_seq_counter')` })))
    .execute();
}

/** A tombstone, as a subgraph writes one: is_deleted set, a new change_seq, the row kept. */
export async function tombstoneSourceRow(db: Kysely<any>, table: string, keyColumn: string, key: string): Promise<void> {
  await sql`UPDATE ${sql.table(table)} SET is_deleted = true, change_seq = nextval('change_seq_counter')
    WHERE ${sql.ref(keyColumn)} = ${key}`.execute(db);
}
