/**
 * `npm start`: the whole stack on the embedded default. Seeds `data/` with the demo data set on first run
 * only, starts every service as its own process on loopback, prints URLs, one token per role and a first
 * query, and on Ctrl-C stops every child (each closes its DuckDB file) before exiting.
 * `npm start -- --without warehouse` leaves out the warehouse loop (or any other service), e.g. to run the
 * warehouse by hand (`npm run warehouse -- run`), which needs the subgraphs and the warehouse file to itself.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadOrCreateSecret } from '../lib/auth.js';
import { readConfig } from '../lib/config.js';
import { mintDemoTokens, writeTokensEnv } from '../gateway/demo-tokens.js';
import { seedDemoData } from '../demo/seed.js';
import { launchStack } from './stack.js';

const config = readConfig(
  'start',
  z.object({
    TIDEMARK_DATA_DIR: z.string().min(1).default('data'),
    DEMO_SEED: z.coerce.number().int().default(42),
    WAREHOUSE_SYNC_INTERVAL_SECONDS: z.coerce.number().positive().default(5),
  }),
);
const dataDir = resolve(config.TIDEMARK_DATA_DIR);
const { values: args } = parseArgs({ options: { without: { type: 'string', multiple: true } } });
const without = (args.without ?? []).flatMap((names) => names.split(','));

if (!existsSync(join(dataDir, 'audits.duckdb'))) {
  console.log(`First run: creating ${dataDir} with the demo data set (seed ${config.DEMO_SEED})…`);
  const started = performance.now();
  await seedDemoData(dataDir, { seed: config.DEMO_SEED });
  console.log(`Demo data written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
loadOrCreateSecret(join(dataDir, 'jwt-secret'));

console.log('Starting services…');
const stack = await launchStack({
  dataDir,
  ports: 'default',
  syncIntervalSeconds: config.WAREHOUSE_SYNC_INTERVAL_SECONDS,
  without,
});
const tokens = await mintDemoTokens(dataDir);
const tokensFile = writeTokensEnv(dataDir, tokens);

const gateway = stack.urls.gateway!;
console.log(`
Tidemark is running (logs in ${join(dataDir, 'logs')}).

  Gateway (GraphQL)   ${gateway}
  Dashboards          ${stack.urls.dashboards ? `${stack.urls.dashboards}?token=${tokens.POLICY}` : '(not running)'}
${Object.entries(stack.urls)
  .filter(([name]) => !['gateway', 'dashboards'].includes(name))
  .map(([name, url]) => `  subgraph ${name.padEnd(10)} ${url}`)
  .join('\n')}

Demo tokens (valid 12 h; \`npm run token -- --help\` mints more):
${Object.entries(tokens)
  .map(([role, token]) => `  ${role.padEnd(9)} ${token}`)
  .join('\n')}

They are also in ${tokensFile} as shell variables ($PARTNER_TOKEN, $ANALYST_TOKEN, …):
  source ${relative(process.cwd(), tokensFile) || tokensFile}

First query:
  curl -s ${gateway} -H 'content-type: application/json' \\
    -H "authorization: Bearer $ANALYST_TOKEN" \\
    -d '{"query":"{ suppliers(first: 3) { totalCount edges { node { name sector country { name } } } } }"}'

Press Ctrl-C to stop.`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping every service…`);
  await stack.stop();
  console.log('Stopped. DuckDB files closed.');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

for (const [name, child] of stack.children) {
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} exited unexpectedly (${signal ?? code}); see ${join(dataDir, 'logs', `${name}.log`)}. Stopping the stack.`);
      void shutdown('service exit');
    }
  });
}
