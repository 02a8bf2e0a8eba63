/** Runs the audits subgraph as a process: config from the environment, clean stop on SIGINT/SIGTERM. */
import { z } from 'zod';
import { authConfigFrom, authEnvSchema } from '../../lib/auth-config.js';
import { createVerifier } from '../../lib/auth.js';
import { env, readConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import { databaseUrlFor } from '../../lib/store/open-store.js';
import { DEFAULT_PORTS } from '../../lib/ports.js';
import { start } from './server.js';

const config = readConfig('audits', z.object({ PORT: env.port(DEFAULT_PORTS.audits), HOST: env.host(), ...authEnvSchema }));
const log = createLogger('audits');
const server = await start({
  port: config.PORT,
  host: config.HOST,
  dataDir: config.TIDEMARK_DATA_DIR,
  databaseUrl: databaseUrlFor('audits'),
  verifier: createVerifier(authConfigFrom(config)),
  log,
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'audits subgraph stopping');
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
