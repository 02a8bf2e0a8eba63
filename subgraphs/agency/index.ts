/**
 * Runs the agency subgraph from the environment: PORT, HOST, TIDEMARK_DATA_DIR, the auth variables and the store
 * URL (lib/store/open-store.ts).
 */
import { DEFAULT_PORTS } from '../../lib/ports.js';
import { databaseUrlFor } from '../../lib/store/open-store.js';
import { readSubgraphProcessConfig, runService } from '../../lib/service-runner.js';
import { start } from './server.js';

const config = readSubgraphProcessConfig('agency', DEFAULT_PORTS.agency);
await runService('agency', (log) => start({ ...config, databaseUrl: databaseUrlFor('agency'), log }));
