/** Process entry: reads the environment, starts the campaigns subgraph, stops cleanly on SIGINT/SIGTERM. */
import { z } from 'zod';
import { authConfigFrom, authEnvSchema } from '../../lib/auth-config.js';
import { createVerifier } from '../../lib/auth.js';
import { env, readConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import { databaseUrlFor } from '../../lib/store/open-store.js';
import { DEFAULT_PORTS } from '../../lib/ports.js';
import { start } from './server.js';

const config = readConfig('campaigns', z.object({ PORT: env.port(DEFAULT_PORTS.campaigns), HOST: env.host(), ...authEnvSchema }));
const log = createLogger('campaigns');
const running = await start({
  port: config.PORT,
  host: config.HOST,
  dataDir: config.TIDEMARK_DATA_DIR,
  databaseUrl: databaseUrlFor('campaigns'),
  verifier: createVerifier(authConfigFrom(config)),
  log,
});

async function shutdown(signal: string): Promise<void> {
  log.info({ signal }, 'stopping campaigns subgraph');
  await running.stop();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
