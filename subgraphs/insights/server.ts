/**
 * Starts the insights subgraph over the warehouse's published snapshots (`${dataDir}/snapshots/`), read-only.
 * It owns no DuckDB file: the warehouse process owns `warehouse.duckdb` and publishes each build as a new file.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin } from '@apollo/server';
import { authConfigFrom } from '../../lib/auth-config.js';
import { createVerifier, DEFAULT_AUDIENCE, DEFAULT_ISSUER, type TokenVerifier } from '../../lib/auth.js';
import type { RunningServer } from '../../lib/http-server.js';
import { createLogger, type Logger } from '../../lib/logger.js';
import { startSubgraphService } from '../../lib/subgraph-service.js';
import { createServiceMetrics, servedBuildAgeGauge } from '../../lib/ops/metrics.js';
import { access } from './access.js';
import type { Context } from './context.js';
import { warmSnapshot } from './country-profile.js';
import { resolvers } from './resolvers.js';
import { createRiskLoader } from './risk-loader.js';
import { requestSnapshot, SnapshotSource } from './snapshot/snapshot.js';

const here = dirname(fileURLToPath(import.meta.url));
export const SCHEMA_FILE = join(here, 'schema.graphql');

export interface StartOptions {
  port: number;
  host?: string;
  dataDir: string;
  verifier?: TokenVerifier;
  log?: Logger;
  /** How often to look for a new published build, in ms (default 500). */
  pollMs?: number;
  /** DuckDB settings for each opened build (default: 2 threads). */
  snapshotSettings?: Record<string, string>;
}

/** Releases the request's snapshot lease once its response is written, so a retired build can close. */
const releaseSnapshotPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        contextValue.snapshot.release();
      },
    };
  },
};

export async function start(options: StartOptions): Promise<RunningServer & { snapshots: SnapshotSource }> {
  const log = options.log ?? createLogger('insights');
  const verifier =
    options.verifier ??
    createVerifier(
      authConfigFrom({
        TIDEMARK_DATA_DIR: options.dataDir,
        TIDEMARK_JWT_ISSUER: DEFAULT_ISSUER,
        TIDEMARK_JWT_AUDIENCE: DEFAULT_AUDIENCE,
      }),
    );
  const metrics = createServiceMetrics('insights');
  const snapshots = new SnapshotSource({
    dataDir: options.dataDir,
    log,
    pollMs: options.pollMs,
    settings: options.snapshotSettings,
    warm: warmSnapshot,
    onQuery: metrics.observeQuery,
    onOpenError: () => metrics.recordFailure('snapshot_open'),
  });
  servedBuildAgeGauge(metrics, () => snapshots.pointer()?.builtAt ?? null);
  await snapshots.start();
  try {
    const running = await startSubgraphService({
      name: 'insights',
      schemaFile: SCHEMA_FILE,
      resolvers,
      access,
      port: options.port,
      host: options.host ?? '127.0.0.1',
      verifier,
      log,
      extend: (base) => {
        const snapshot = requestSnapshot(snapshots);
        return {
          snapshot,
          risk: createRiskLoader(
            () => snapshot.get(),
            () => base.identity!,
          ),
        };
      },
      plugins: [releaseSnapshotPlugin],
      metrics,
      // The gateway's /ready reads this to judge whether the served build is too old.
      health: () => {
        const pointer = snapshots.pointer();
        return { servedBuild: pointer ? { buildId: pointer.buildId, builtAt: pointer.builtAt } : null };
      },
      onStop: () => snapshots.close(),
    });
    return { ...running, snapshots };
  } catch (error) {
    await snapshots.close();
    throw error;
  }
}
