/** Starts the campaigns subgraph over `${dataDir}/campaigns.duckdb` (or PostgreSQL, see lib/store/open-store.ts). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { authConfigFrom } from '../../lib/auth-config.js';
import { createVerifier, DEFAULT_AUDIENCE, DEFAULT_ISSUER, type TokenVerifier } from '../../lib/auth.js';
import type { RunningServer } from '../../lib/http-server.js';
import { createLogger, type Logger } from '../../lib/logger.js';
import { openStore } from '../../lib/store/open-store.js';
import { startSubgraphService } from '../../lib/subgraph-service.js';
import { backupRoute, storeBackup } from '../../lib/ops/backup.js';
import { createServiceMetrics } from '../../lib/ops/metrics.js';
import { access } from './access.js';
import type { DB } from './db-types.js';
import { resolvers } from './resolvers.js';

const here = dirname(fileURLToPath(import.meta.url));
export const MIGRATIONS_DIR = join(here, 'migrations');
export const SCHEMA_FILE = join(here, 'schema.graphql');

export interface StartOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** PostgreSQL instead of `${dataDir}/campaigns.duckdb` (see lib/store/open-store.ts). */
  databaseUrl?: string;
  verifier?: TokenVerifier;
  log?: Logger;
}

export async function start(options: StartOptions): Promise<RunningServer & { db: Kysely<DB> }> {
  const log = options.log ?? createLogger('campaigns');
  const verifier =
    options.verifier ??
    createVerifier(
      authConfigFrom({
        TIDEMARK_DATA_DIR: options.dataDir,
        TIDEMARK_JWT_ISSUER: DEFAULT_ISSUER,
        TIDEMARK_JWT_AUDIENCE: DEFAULT_AUDIENCE,
      }),
    );
  const metrics = createServiceMetrics('campaigns');
  const file = join(options.dataDir, 'campaigns.duckdb');
  const database = await openStore<DB>({
    service: 'campaigns',
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    migrationsDir: MIGRATIONS_DIR,
    duckdb: { onQuery: metrics.observeQuery },
  });
  const lakeDir = join(options.dataDir, 'lake');
  try {
    const running = await startSubgraphService({
      name: 'campaigns',
      schemaFile: SCHEMA_FILE,
      resolvers,
      access,
      port: options.port,
      host: options.host ?? '127.0.0.1',
      verifier,
      log,
      extend: () => ({ db: database.db, lakeDir }),
      metrics,
      routes: {
        'POST /backup': backupRoute({
          service: 'campaigns',
          dataDir: options.dataDir,
          verifier,
          log,
          backup: storeBackup(database, 'campaigns', options.dataDir, file),
        }),
      },
      onStop: () => database.close(),
    });
    return { ...running, db: database.db };
  } catch (error) {
    await database.close();
    throw error;
  }
}
