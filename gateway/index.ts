/** Gateway process: reads the environment (see config.ts and docs/security.md), listens, stops on SIGINT/SIGTERM. */
import { createVerifier } from '../lib/auth.js';
import { createLogger } from '../lib/logger.js';
import { readGatewayConfig } from './config.js';
import { start } from './server.js';
import { readSupergraph } from './supergraph-file.js';

const config = readGatewayConfig();
const log = createLogger('gateway');
const gateway = await start({
  port: config.port,
  host: config.host,
  mode: config.mode,
  dataDir: config.dataDir,
  supergraphSdl: readSupergraph(config.supergraphFile),
  subgraphUrls: config.subgraphUrls,
  verifier: createVerifier(config.auth),
  subgraphTimeoutMs: config.subgraphTimeoutMs,
  limits: config.limits,
  dashboardsUrl: config.dashboardsUrl,
  log,
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'gateway stopping');
  await gateway.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
