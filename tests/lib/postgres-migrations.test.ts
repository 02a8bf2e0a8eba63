/**
 * Every store migration has its PostgreSQL twin (`migrations/postgres/`, same file name): a migration added for
 * DuckDB alone would leave stores on PostgreSQL (npm run cluster, TIDEMARK_DATABASE_URL) without its change.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sqlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort();

describe('store migrations', () => {
  for (const service of ['audits', 'agency', 'campaigns']) {
    it(`${service}: each DuckDB migration has a PostgreSQL twin and no twin lacks its original`, () => {
      const dir = fileURLToPath(new URL(`../../subgraphs/${service}/migrations`, import.meta.url));
      expect(sqlFiles(`${dir}/postgres`)).toEqual(sqlFiles(dir));
    });
  }
});
