/** Process entry: reads the environment, starts the insights subgraph, stops cleanly on SIGINT/SIGTERM. */
import { z } from 'zod';
import { authConfigFrom, authEnvSchema } from '../../lib/auth-config.js';
import { createVerifier } from '../../lib/auth.js';
import { env, readConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import { DEFAULT_PORTS } from '../../lib/ports.js';
import { start } from './server.js';

const config = readConfig(
  'insights',
  z.object({
    PORT: env.port(DEFAULT_PORTS.insights),
    HOST: env.host(),
    INSIGHTS_SNAPSHOT_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
    ...authEnvSchema,
  }),
);
const log = createLogger('insights');
const running = await start({
  port: config.PORT,
  host: config.HOST,
  dataDir: config.TIDEMARK_DATA_DIR,
  verifier: createVerifier(authConfigFrom(config)),
  log,
  pollMs: config.INSIGHTS_SNAPSHOT_POLL_MS,
});

async function shutdown(signal: string): Promise<void> {
  log.info({ signal }, 'stopping insights subgraph');
  await running.stop();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
