/**
 * One start/stop path for every process of the stack (gateway, the four subgraphs, the warehouse loop): start
 * the service, then on the first SIGINT or SIGTERM stop it (close the HTTP server, then its database file)
 * and exit 0, or exit 1 if stopping failed. A signal that comes while the service starts stops it as soon as
 * it has started. A second signal while stopping is ignored rather than racing the
 * first stop. A failure to start is left to propagate so Node prints it and exits non-zero.
 */
import { z } from 'zod';
import { createVerifier, type TokenVerifier } from './auth.js';
import { authConfigFrom, authEnvSchema } from './auth-config.js';
import { env, readConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';

export interface StoppableService {
  stop(): Promise<void>;
}

export async function runService(name: string, start: (log: Logger) => Promise<StoppableService>): Promise<void> {
  const log = createLogger(name);
  // Handlers go in before start: a signal while starting (e.g. during the warehouse loop's first tick) would
  // otherwise kill the process with files open. It is acted on once start has finished.
  let service: StoppableService | null = null;
  let stopRequested = false;
  let stopping = false;
  const stop = (svc: StoppableService) => {
    stopping = true;
    svc.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, `${name} did not stop cleanly`);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping || stopRequested) return;
      log.info({ signal }, service ? `${name} stopping` : `${name} stopping once started`);
      if (service) stop(service);
      else stopRequested = true;
    });
  }
  service = await start(log);
  if (stopRequested) stop(service);
}

/** What every subgraph process reads from the environment: PORT, HOST, TIDEMARK_DATA_DIR, the auth variables. */
export interface SubgraphProcessConfig {
  port: number;
  host: string;
  dataDir: string;
  verifier: TokenVerifier;
}

export function readSubgraphProcessConfig(name: string, defaultPort: number): SubgraphProcessConfig {
  const config = readConfig(name, z.object({ PORT: env.port(defaultPort), HOST: env.host(), ...authEnvSchema }));
  return {
    port: config.PORT,
    host: config.HOST,
    dataDir: config.TIDEMARK_DATA_DIR,
    verifier: createVerifier(authConfigFrom(config)),
  };
}
