/**
 * Dashboards process (`npm start` runs it): builds the page when its sources changed, serves it with the
 * GraphQL proxy, stops on SIGINT/SIGTERM. Environment: PORT (default 4010), HOST (127.0.0.1), GATEWAY_URL.
 */
import { createVerifier } from '../lib/auth.js';
import { createLogger } from '../lib/logger.js';
import { buildPage } from './host/build-page.js';
import { readDashboardsConfig } from './host/config.js';
import { startDashboardsServer } from './host/start.js';

const config = readDashboardsConfig();
const log = createLogger('dashboards');
// Build before listening: /health answers only once the page can be served.
await buildPage({ log });
const running = await startDashboardsServer({
  port: config.port,
  host: config.host,
  gatewayUrl: config.gatewayUrl,
  log,
  verifier: createVerifier(config.auth),
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'dashboards stopping');
  await running.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
