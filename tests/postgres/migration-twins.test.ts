/**
 * Each store's schema is written twice, once per engine (subgraphs/<service>/migrations/*.sql for DuckDB and
 * migrations/postgres/*.sql for PostgreSQL), and the same store functions run on both. A column added to one
 * twin and not the other would surface only as a failing query on that engine, so the catalogues must agree:
 * after every migration, the same tables with the same columns, nullability and type family.
 */
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store, type StoreOptions } from '../../lib/store/open-store.js';
import { testDatabaseUrl } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';

const SERVICES: StoreOptions['service'][] = ['audits', 'agency', 'campaigns'];
const tmp = makeTempDir('tidemark-migration-twins-');
const opened: Store<unknown>[] = [];
afterAll(async () => {
  for (const store of opened) await store.close();
  tmp.remove();
});

/** The engines name types differently; what a store function can rely on is the family. */
function typeFamily(type: string): string {
  const t = type.toLowerCase();
  if (/\[\]$|^array$/.test(t)) return 'list';
  if (/^(varchar|text|character varying)/.test(t)) return 'text';
  if (/^(integer|int|int4|smallint|bigint|int8|hugeint)$/.test(t)) return 'integer';
  if (/^(double|double precision|real|float|numeric|decimal)/.test(t)) return 'number';
  if (/^timestamp/.test(t)) return 'timestamp';
  if (/^(boolean|bool)$/.test(t)) return 'boolean';
  if (/^(json|jsonb)$/.test(t)) return 'json';
  if (/^(blob|bytea)$/.test(t)) return 'bytes';
  return t;
}

interface Column {
  table_name: string;
  column_name: string;
  is_nullable: string;
  data_type: string;
}

async function catalogue(db: Kysely<any>, schema: string): Promise<Record<string, string[]>> {
  const { rows } = await sql<Column>`SELECT table_name, column_name, is_nullable, data_type
    FROM information_schema.columns WHERE table_schema = ${schema}
    ORDER BY table_name, column_name`.execute(db);
  const out: Record<string, string[]> = {};
  for (const r of rows) {
    (out[r.table_name] ??= []).push(
      `${r.column_name} ${typeFamily(r.data_type)} ${r.is_nullable === 'YES' ? 'null' : 'not null'}`,
    );
  }
  return out;
}

describe('store migrations: the DuckDB and PostgreSQL twins make the same schema', () => {
  for (const service of SERVICES) {
    it(`${service}: same tables, columns, nullability and type families`, async () => {
      const migrationsDir = fileURLToPath(new URL(`../../subgraphs/${service}/migrations`, import.meta.url));
      const dir = `${tmp.dir}/${service}`;
      const duck = await openStore<unknown>({ service, dataDir: tmp.dir, migrationsDir });
      opened.push(duck);
      const url = await testDatabaseUrl(dir, service);
      expect(url, 'this suite runs under npm run test:postgres').toBeDefined();
      const pg = await openStore<unknown>({ service, dataDir: dir, migrationsDir, databaseUrl: url });
      opened.push(pg);
      const onDuck = await catalogue(duck.db as Kysely<any>, 'main');
      const onPg = await catalogue(pg.db as Kysely<any>, service);
      expect(Object.keys(onDuck).length).toBeGreaterThan(2);
      expect(onPg).toEqual(onDuck);
    });
  }
});
