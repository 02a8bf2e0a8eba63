/**
 * `npm start`: the whole stack on the embedded default. Seeds `data/` with the demo data set on first run
 * only, checks that every port is free, starts every service as its own process on loopback (each watched by
 * scripts/supervisor.ts: restarted with backoff if it dies), prints URLs, one token per role and a first
 * query. SIGINT, SIGTERM and SIGHUP (and the death of npm or tsx above it) stop every child, each closing its
 * DuckDB file. Exit status: 0 after a requested stop; 1 when start-up failed or a service could not be kept
 * running, with the reason printed here, not only in a log file.
 * `npm start -- --without warehouse` leaves out the warehouse loop (or any other service), e.g. to run the
 * warehouse by hand (`npm run warehouse -- run`), which needs the subgraphs and the warehouse file to itself.
 */
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadOrCreateSecret } from '../lib/auth.js';
import { readConfig } from '../lib/config.js';
import { mintDemoTokens, writeTokensEnv } from '../gateway/demo-tokens.js';
import { seedDemoData } from '../demo/seed.js';
import { launcherAncestors, watchParents } from './parent-watch.js';
import { assertPortsFree, launchStack, planServices, type RunningStack } from './stack.js';
import type { SupervisorEvent } from './supervisor.js';

const config = readConfig(
  'start',
  z.object({
    TIDEMARK_DATA_DIR: z.string().min(1).default('data'),
    DEMO_SEED: z.coerce.number().int().default(42),
    WAREHOUSE_SYNC_INTERVAL_SECONDS: z.coerce.number().positive().default(5),
    /** Shifts the port table (gateway = base, audits = base + 1, …, dashboards = base + 10). */
    TIDEMARK_PORT_BASE: z.coerce.number().int().min(1).max(65_525).optional(),
  }),
);
const dataDir = resolve(config.TIDEMARK_DATA_DIR);
const logDir = join(dataDir, 'logs');
const { values: args } = parseArgs({ options: { without: { type: 'string', multiple: true } } });
const without = (args.without ?? []).flatMap((names) => names.split(','));

/** Supervisor events go to the terminal and, as JSON lines, to logs/supervisor.log. */
function report(level: 'info' | 'warn' | 'error', msg: string, fields: object = {}): void {
  (level === 'info' ? console.log : console.error)(`[supervisor] ${msg}`);
  try {
    mkdirSync(logDir, { recursive: true });
    const line = {
      level: { info: 30, warn: 40, error: 50 }[level],
      time: new Date().toISOString(),
      service: 'supervisor',
      msg,
      ...fields,
    };
    appendFileSync(join(logDir, 'supervisor.log'), `${JSON.stringify(line)}\n`);
  } catch {
    /* the terminal line is what matters */
  }
}

function onEvent(event: SupervisorEvent): void {
  const logOf = (name: string) => join(logDir, `${name}.log`);
  if (event.type === 'exited') {
    report(
      'warn',
      `${event.name} stopped unexpectedly (${event.exit}); restarting in ${(event.restartInMs / 1000).toFixed(1)} s ` +
        `(failure ${event.failures} within the window; see ${logOf(event.name)})`,
      event,
    );
  } else if (event.type === 'restarted') {
    report('info', `${event.name} restarted and healthy again (pid ${event.pid})`, event);
  } else if (event.type === 'restart-failed') {
    report('warn', `restarting ${event.name} failed: ${event.reason}`, event);
  } else {
    report(
      'error',
      `${event.name} failed ${event.failures} times within ${event.windowMs / 1000} s (last: ${event.exit}); ` +
        `giving up and stopping the stack. See ${logOf(event.name)}`,
      event,
    );
  }
}

let stack: RunningStack | null = null;
let stopping = false;
const abort = new AbortController();

async function shutdown(reason: string, exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${reason}: stopping every service…`);
  abort.abort();
  await stack?.stop();
  console.log('Stopped. DuckDB files closed.');
  process.exit(exitCode);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal, 0));
// npm forwards only SIGINT and SIGTERM, tsx the same: a SIGHUP or SIGKILL to either leaves us behind.
watchParents(launcherAncestors(), (pid) => void shutdown(`launcher process ${pid} is gone`, 1));

const ports = config.TIDEMARK_PORT_BASE ? { base: config.TIDEMARK_PORT_BASE } : ('default' as const);
try {
  // Before seeding: a taken port is the commonest failure, and seeding takes a while.
  await assertPortsFree(await planServices({ dataDir, ports, without }));
  if (!existsSync(join(dataDir, 'audits.duckdb'))) {
    console.log(`First run: creating ${dataDir} with the demo data set (seed ${config.DEMO_SEED})…`);
    const started = performance.now();
    await seedDemoData(dataDir, { seed: config.DEMO_SEED });
    console.log(`Demo data written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  loadOrCreateSecret(join(dataDir, 'jwt-secret'));

  console.log('Starting services…');
  stack = await launchStack({
    dataDir,
    ports,
    syncIntervalSeconds: config.WAREHOUSE_SYNC_INTERVAL_SECONDS,
    without,
    onEvent,
    abort: abort.signal,
  });
} catch (error) {
  if (stopping) await new Promise(() => {}); // shutdown() exits
  console.error(`\nTidemark did not start: ${(error as Error).message}\n(logs in ${logDir})`);
  process.exit(1);
}
void stack.givenUp.then((name) => shutdown(`${name} could not be kept running`, 1));

const tokens = await mintDemoTokens(dataDir);
const tokensFile = writeTokensEnv(dataDir, tokens);
const gateway = stack.urls.gateway!;
console.log(`
Tidemark is running (logs in ${logDir}).

  Gateway (GraphQL)   ${gateway}
  Dashboards          ${stack.urls.dashboards ? `${stack.urls.dashboards}?token=${tokens.POLICY}` : '(not running)'}
${Object.entries(stack.urls)
  .filter(([name]) => !['gateway', 'dashboards'].includes(name))
  .map(([name, url]) => `  subgraph ${name.padEnd(10)} ${url}`)
  .join('\n')}
${stack.ports.warehouse ? `  Warehouse (ops)     http://127.0.0.1:${stack.ports.warehouse}/metrics\n` : ''}
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
