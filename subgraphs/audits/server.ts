/**
 * Starts the audits subgraph: opens its store (audits.duckdb or PostgreSQL, migrations applied), verifies tokens,
 * serves GraphQL.
 */
import { join } from 'node:path';
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
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { DEFAULT_OVERDUE_SWEEP_MS, startOverdueSweep, type OverdueSweep } from './overdue-sweep.js';
import { IntakeQueue } from './store/intake/queue.js';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * DuckDB checkpoints inside the commit that takes the WAL past `checkpoint_threshold`, and every submission
 * in flight waits for it (DESIGN §6: p99 ≤ 50 ms at 50 clients). On the 1M-audit store a checkpoint costs
 * ~0.2–0.4 s at any WAL size up to 16 MB and ~0.4–0.75 s at 64 MB (mostly fixed cost), so DuckDB's default
 * 16 MB (~5,000 audits) stalls about 1% of submissions, enough to set p99; 64 MB stalls ~0.25%. The price:
 * rarer but longer stalls, and up to 64 MB of WAL to replay after a crash (~4 s on that store). Durability
 * is unchanged: every commit still syncs the WAL before it returns.
 */
const STORE_SETTINGS = { checkpoint_threshold: '64MiB' };
/** New stores use the current storage format, whose checkpoints measured cheaper than v1.0's. */
const NEW_STORE_SETTINGS = { storage_compatibility_version: 'latest' };

export interface StartOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** PostgreSQL instead of `${dataDir}/audits.duckdb` (see lib/store/open-store.ts). */
  databaseUrl?: string;
  verifier?: TokenVerifier;
  log?: Logger;
  /** How often corrective actions are checked for becoming overdue (default 60 s). */
  overdueSweepMs?: number;
  /** The date the sweep calls today (default: today in UTC); tests move it. */
  today?: () => string;
}

export async function start(
  options: StartOptions,
): Promise<RunningServer & { db: Kysely<DB>; intake: IntakeQueue; overdueSweep: OverdueSweep }> {
  const log = options.log ?? createLogger('audits');
  const metrics = createServiceMetrics('audits');
  const file = join(options.dataDir, 'audits.duckdb');
  const database = await openStore<DB>({
    service: 'audits',
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    migrationsDir: join(here, 'migrations'),
    duckdb: { settings: STORE_SETTINGS, newFileSettings: NEW_STORE_SETTINGS, onQuery: metrics.observeQuery },
  });
  const { db } = database;
  const intake = new IntakeQueue(db, log);
  const lakeDir = join(options.dataDir, 'lake');
  const overdueSweep = startOverdueSweep(db, {
    intervalMs: options.overdueSweepMs ?? DEFAULT_OVERDUE_SWEEP_MS,
    log,
    today: options.today,
  });
  try {
    const verifier =
      options.verifier ??
      createVerifier(
        authConfigFrom({
          TIDEMARK_DATA_DIR: options.dataDir,
          TIDEMARK_JWT_ISSUER: DEFAULT_ISSUER,
          TIDEMARK_JWT_AUDIENCE: DEFAULT_AUDIENCE,
        }),
      );
    const running = await startSubgraphService({
      name: 'audits',
      schemaFile: join(here, 'schema.graphql'),
      resolvers,
      access,
      port: options.port,
      host: options.host ?? '127.0.0.1',
      verifier,
      log,
      extend: (base) => ({ db, intake, lakeDir, loaders: createLoaders(db, base) }),
      metrics,
      routes: {
        'POST /backup': backupRoute({
          service: 'audits',
          dataDir: options.dataDir,
          verifier,
          log,
          backup: storeBackup(database, 'audits', options.dataDir, file),
        }),
      },
      // Acknowledged submissions are committed already; drain writes what is still queued before closing.
      onStop: async () => {
        await overdueSweep.stop();
        await intake.drain();
        await database.close();
      },
    });
    return { ...running, db, intake, overdueSweep };
  } catch (error) {
    await overdueSweep.stop();
    await database.close();
    throw error;
  }
}
