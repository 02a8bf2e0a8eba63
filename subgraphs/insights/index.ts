/**
 * Runs the insights subgraph from the environment: PORT, HOST, TIDEMARK_DATA_DIR, the auth variables and
 * INSIGHTS_SNAPSHOT_POLL_MS (how often it looks for a newer warehouse snapshot).
 */
import { z } from 'zod';
import { readConfig } from '../../lib/config.js';
import { DEFAULT_PORTS } from '../../lib/ports.js';
import { readSubgraphProcessConfig, runService } from '../../lib/service-runner.js';
import { start } from './server.js';

const config = readSubgraphProcessConfig('insights', DEFAULT_PORTS.insights);
const { INSIGHTS_SNAPSHOT_POLL_MS } = readConfig(
  'insights',
  z.object({ INSIGHTS_SNAPSHOT_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500) }),
);
await runService('insights', (log) => start({ ...config, log, pollMs: INSIGHTS_SNAPSHOT_POLL_MS }));
