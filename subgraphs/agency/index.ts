/** Runs the agency subgraph from the environment: PORT, HOST, TIDEMARK_DATA_DIR and the auth variables. */
import { z } from 'zod';
import { createVerifier } from '../../lib/auth.js';
import { authConfigFrom, authEnvSchema } from '../../lib/auth-config.js';
import { env, readConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import { databaseUrlFor } from '../../lib/store/open-store.js';
import { DEFAULT_PORTS } from '../../lib/ports.js';
import { start } from './server.js';

const config = readConfig('agency', z.object({ PORT: env.port(DEFAULT_PORTS.agency), HOST: env.host(), ...authEnvSchema }));
const log = createLogger('agency');
const server = await start({ port: config.PORT, host: config.HOST, dataDir: config.TIDEMARK_DATA_DIR,
  databaseUrl: databaseUrlFor('agency'),
  verifier: createVerifier(authConfigFrom(config)), log });

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'agency subgraph stopping');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'agency subgraph did not stop cleanly');
        process.exit(1);
      },
    );
  });
}
