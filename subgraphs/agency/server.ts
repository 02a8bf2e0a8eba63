/**
 * The agency subgraph: countries, reporting periods and agencies' indicator feeds, in `${dataDir}/agency.duckdb`
 * (or PostgreSQL, see lib/store/open-store.ts).
 * On start it applies migrations (which seed JPA4 and JPA5) and loads the ISO countries into an empty table.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, createVerifier, type TokenVerifier } from '../../lib/auth.js';
import { authConfigFrom } from '../../lib/auth-config.js';
import type { RunningServer } from '../../lib/http-server.js';
import { createLogger, type Logger } from '../../lib/logger.js';
import { openStore } from '../../lib/store/open-store.js';
import { startSubgraphService } from '../../lib/subgraph-service.js';
import { backupRoute, storeBackup } from '../../lib/ops/backup.js';
import { createServiceMetrics } from '../../lib/ops/metrics.js';
import { agencyAccess } from './access.js';
import type { DB } from './db-types.js';
import { createCountryLoader } from './loaders.js';
import { resolvers } from './resolvers.js';
import { seedIsoCountries } from './store/countries.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));

export interface AgencyServerOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** PostgreSQL instead of `${dataDir}/agency.duckdb` (see lib/store/open-store.ts). */
  databaseUrl?: string;
  verifier?: TokenVerifier;
  log?: Logger;
}

export async function start(options: AgencyServerOptions): Promise<RunningServer & { db: Kysely<DB> }> {
  const log = options.log ?? createLogger('agency');
  const metrics = createServiceMetrics('agency');
  const file = join(options.dataDir, 'agency.duckdb');
  const database = await openStore<DB>({
    service: 'agency',
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    migrationsDir: join(HERE, 'migrations'),
    duckdb: { onQuery: metrics.observeQuery },
  });
  try {
    const seeded = await seedIsoCountries(database.db);
    if (seeded > 0) log.info({ countries: seeded }, 'loaded ISO 3166 countries');
    const verifier =
      options.verifier ??
      createVerifier(
        authConfigFrom({
          TIDEMARK_DATA_DIR: options.dataDir,
          TIDEMARK_JWT_ISSUER: DEFAULT_ISSUER,
          TIDEMARK_JWT_AUDIENCE: DEFAULT_AUDIENCE,
        }),
      );
    const lakeDir = join(options.dataDir, 'lake');
    const running = await startSubgraphService({
      name: 'agency',
      schemaFile: join(HERE, 'schema.graphql'),
      resolvers,
      access: agencyAccess,
      port: options.port,
      host: options.host ?? '127.0.0.1',
      verifier,
      log,
      extend: () => ({ db: database.db, lakeDir, countries: createCountryLoader(database.db) }),
      metrics,
      routes: {
        'POST /backup': backupRoute({
          service: 'agency',
          dataDir: options.dataDir,
          verifier,
          log,
          backup: storeBackup(database, 'agency', options.dataDir, file),
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
