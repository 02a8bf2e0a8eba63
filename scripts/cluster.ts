/**
 * `npm run cluster`: the stack scaled out on loopback (docs/scale-out.md): one PostgreSQL (embedded, in
 * `${dataDir}/postgres`, or TIDEMARK_DATABASE_URL), two replicas of every store subgraph and of insights, two
 * gateways, one warehouse. The first run seeds the demo data set and moves it into PostgreSQL
 * (`npm run move-to-postgres`). Prints URLs and tokens like `npm start`; Ctrl-C stops everything.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { mintDemoTokens } from '../gateway/demo-tokens.js';
import { loadOrCreateSecret } from '../lib/auth.js';
import { readConfig } from '../lib/config.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../lib/postgres/embedded.js';
import { seedDemoData } from '../demo/seed.js';
import { CLUSTER_PORTS, planCluster } from './cluster/plan.js';
import { moveDataDirToPostgres } from './move-to-postgres/move.js';
import { launchSpecs } from './stack.js';

const config = readConfig(
  'cluster',
  z.object({
    TIDEMARK_DATA_DIR: z.string().min(1).default('data-cluster'),
    TIDEMARK_DATABASE_URL: z.string().url().optional(),
    DEMO_SEED: z.coerce.number().int().default(42),
    WAREHOUSE_SYNC_INTERVAL_SECONDS: z.coerce.number().positive().default(5),
  }),
);
const dataDir = resolve(config.TIDEMARK_DATA_DIR);
let postgres: EmbeddedServer | null = null;
let databaseUrl = config.TIDEMARK_DATABASE_URL;
if (!databaseUrl) {
  console.log(`Starting PostgreSQL (embedded) in ${join(dataDir, 'postgres')}…`);
  postgres = await startEmbeddedPostgres({
    port: CLUSTER_PORTS.postgres,
    dir: join(dataDir, 'postgres'),
    durable: true,
  });
  databaseUrl = postgres.adminUrl;
}

if (!existsSync(join(dataDir, 'audits.duckdb'))) {
  console.log(`First run: seeding the demo data set (seed ${config.DEMO_SEED}) and moving it into PostgreSQL…`);
  await seedDemoData(dataDir, { seed: config.DEMO_SEED });
  await moveDataDirToPostgres(dataDir, { audits: databaseUrl, agency: databaseUrl, campaigns: databaseUrl });
}
loadOrCreateSecret(join(dataDir, 'jwt-secret'));

console.log('Starting services…');
const specs = await planCluster({
  dataDir,
  ports: 'default',
  databaseUrl,
  syncIntervalSeconds: config.WAREHOUSE_SYNC_INTERVAL_SECONDS,
});
const cluster = await launchSpecs(specs, { dataDir, ports: 'default' });
const tokens = await mintDemoTokens(dataDir);
const gateways = Object.entries(cluster.urls).filter(([name]) => name.startsWith('gateway-'));

console.log(`
Tidemark cluster is running (logs in ${join(dataDir, 'logs')}).

  PostgreSQL          ${postgres ? `127.0.0.1:${postgres.port} (embedded)` : 'TIDEMARK_DATABASE_URL'}
${gateways.map(([name, url]) => `  ${name.padEnd(19)} ${url}`).join('\n')}
  Dashboards          ${cluster.urls.dashboards ? `${cluster.urls.dashboards}?token=${tokens.POLICY}` : '(not running)'}
${Object.entries(cluster.urls)
  .filter(([name]) => !name.startsWith('gateway-') && name !== 'dashboards')
  .map(([name, url]) => `  ${name.padEnd(19)} ${url}`)
  .join('\n')}

Demo tokens (valid 12 h):
${Object.entries(tokens)
  .map(([role, token]) => `  ${role.padEnd(9)} ${token}`)
  .join('\n')}

First query (either gateway):
  curl -s ${gateways[0]![1]} -H 'content-type: application/json' \\
    -H "authorization: Bearer ${tokens.ANALYST}" \\
    -d '{"query":"{ suppliers(first: 3) { totalCount edges { node { name } } } }"}'

Press Ctrl-C to stop.`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping every service…`);
  await cluster.stop();
  await postgres?.stop();
  console.log('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
