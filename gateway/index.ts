/** Gateway process: reads the environment (see config.ts and docs/security.md), listens, stops on SIGINT/SIGTERM. */
import { createVerifier } from '../lib/auth.js';
import { runService } from '../lib/service-runner.js';
import { readGatewayConfig } from './config.js';
import { start } from './server.js';
import { readSupergraph } from './supergraph-file.js';

const config = readGatewayConfig();
await runService('gateway', (log) =>
  start({
    port: config.port,
    host: config.host,
    mode: config.mode,
    dataDir: config.dataDir,
    supergraphSdl: readSupergraph(config.supergraphFile),
    subgraphUrls: config.subgraphUrls,
    verifier: createVerifier(config.auth),
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    maxBuildAgeSeconds: config.maxBuildAgeSeconds,
    breaker: config.breaker,
    alertPollMs: config.alertPollMs,
    limits: config.limits,
    dashboardsUrl: config.dashboardsUrl,
    log,
  }),
);
