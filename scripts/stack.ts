/**
 * Runs the whole stack as one process per service on loopback: the same code path for `npm start` and for the
 * end-to-end tests, so what the tests prove is what a user runs. Children log JSON to `${dataDir}/logs/`.
 * Every child is watched by a Supervisor (scripts/supervisor.ts): restarted when it dies after start-up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_PORTS, type ServiceName } from '../lib/ports.js';
import { AUDITS_NODE_FLAGS } from '../subgraphs/audits/node-flags.js';
import { takenPorts } from './port-owner.js';
import { StartupError, stopChild, Supervisor, type RestartPolicy, type SupervisorEvent } from './supervisor.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ServiceSpec {
  /** The service (`audits`), or one replica of it in a cluster (`audits-2`, see scripts/cluster/plan.ts). */
  name: ServiceName | `${ServiceName}-${number}`;
  entry: string;
  /** Port the service listens on; null for services without HTTP (the warehouse loop). */
  port: number | null;
  env: Record<string, string>;
  /** Node flags for the process (set at start; see subgraphs/audits/node-flags.ts). */
  nodeFlags?: readonly string[];
  /**
   * Run the process at this lower CPU priority (`nice`, every thread of it from the start): the warehouse's
   * builds then take the cores only when the services answering users leave them idle.
   */
  niceness?: number;
}

/** The warehouse's niceness (WAREHOUSE_NICENESS, 0 to turn off): see ServiceSpec.niceness. */
function warehouseNiceness(): number {
  const value = Number(process.env.WAREHOUSE_NICENESS ?? 10);
  if (!Number.isInteger(value) || value < 0 || value > 19)
    throw new Error(`WAREHOUSE_NICENESS must be an integer from 0 to 19, got "${process.env.WAREHOUSE_NICENESS}"`);
  return value;
}

export interface StackOptions {
  dataDir: string;
  /**
   * 'default' uses the port table; 'free' asks the OS for free ports (tests); `{ base }` shifts the whole
   * table (`TIDEMARK_PORT_BASE`: gateway = base, audits = base + 1, …), for a second stack on one host.
   */
  ports: 'default' | 'free' | { base: number };
  /** Seconds between warehouse syncs. */
  syncIntervalSeconds?: number;
  extraEnv?: Record<string, string>;
  /** Services to leave out (tests that need only part of the stack). */
  without?: string[];
  /** Restarts of a child that dies after start-up (default: DEFAULT_RESTART_POLICY); false: none. */
  restart?: RestartPolicy | false;
  /** Restarts, give-ups: `npm start` prints them on the terminal. */
  onEvent?: (event: SupervisorEvent) => void;
  /** Aborting during start-up stops the children started so far; launchStack then rejects. */
  abort?: AbortSignal;
}

export interface RunningStack {
  urls: Record<string, string>;
  ports: Record<string, number>;
  /** The current process of each service (a restart replaces it). */
  readonly children: Map<string, ChildProcess>;
  /** Resolves with a service's name when the supervisor gave up restarting it. */
  givenUp: Promise<string>;
  stop(): Promise<void>;
  /** Stops one service (SIGTERM) and waits for it, for failure tests; it is not restarted. */
  stopService(name: string): Promise<void>;
  /** Starts a stopped service again on the same port. */
  startService(name: string): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolvePort(port));
    });
  });
}

export { stopChild };

export async function planServices(options: StackOptions): Promise<ServiceSpec[]> {
  const choice = options.ports;
  // The OS may hand the same free port out twice in a row; two services on one port would answer each other's
  // health checks, so draw again until each service has its own.
  const taken = new Set<number>();
  const distinctFreePort = async (): Promise<number> => {
    for (;;) {
      const candidate = await freePort();
      if (!taken.has(candidate)) {
        taken.add(candidate);
        return candidate;
      }
    }
  };
  const port = async (name: ServiceName) =>
    choice === 'free'
      ? distinctFreePort()
      : choice === 'default'
        ? DEFAULT_PORTS[name]
        : choice.base + DEFAULT_PORTS[name] - DEFAULT_PORTS.gateway;
  const p = {
    audits: await port('audits'),
    agency: await port('agency'),
    campaigns: await port('campaigns'),
    insights: await port('insights'),
    warehouse: await port('warehouse'),
    gateway: await port('gateway'),
    dashboards: await port('dashboards'),
  };
  const urls = {
    AUDITS_URL: `http://127.0.0.1:${p.audits}/graphql`,
    AGENCY_URL: `http://127.0.0.1:${p.agency}/graphql`,
    CAMPAIGNS_URL: `http://127.0.0.1:${p.campaigns}/graphql`,
    INSIGHTS_URL: `http://127.0.0.1:${p.insights}/graphql`,
    GATEWAY_URL: `http://127.0.0.1:${p.gateway}/graphql`,
  };
  const common = { TIDEMARK_DATA_DIR: resolve(options.dataDir), ...options.extraEnv };
  const all: ServiceSpec[] = [
    {
      name: 'audits',
      entry: 'subgraphs/audits/index.ts',
      port: p.audits,
      env: { ...common, PORT: String(p.audits) },
      nodeFlags: AUDITS_NODE_FLAGS,
    },
    { name: 'agency', entry: 'subgraphs/agency/index.ts', port: p.agency, env: { ...common, PORT: String(p.agency) } },
    {
      name: 'campaigns',
      entry: 'subgraphs/campaigns/index.ts',
      port: p.campaigns,
      env: { ...common, PORT: String(p.campaigns) },
    },
    {
      name: 'insights',
      entry: 'subgraphs/insights/index.ts',
      port: p.insights,
      env: { ...common, PORT: String(p.insights) },
    },
    {
      name: 'warehouse',
      entry: 'warehouse/index.ts',
      port: p.warehouse,
      env: {
        ...common,
        ...urls,
        PORT: String(p.warehouse),
        WAREHOUSE_SYNC_INTERVAL_SECONDS: String(options.syncIntervalSeconds ?? 5),
      },
      niceness: warehouseNiceness(),
    },
    {
      name: 'gateway',
      entry: 'gateway/index.ts',
      port: p.gateway,
      env: { ...common, ...urls, PORT: String(p.gateway) },
    },
    {
      name: 'dashboards',
      entry: 'dashboards/server.ts',
      port: p.dashboards,
      env: { ...common, GATEWAY_URL: urls.GATEWAY_URL, PORT: String(p.dashboards) },
    },
  ];
  return all.filter((s) => existsSync(join(REPO_ROOT, s.entry)) && !options.without?.includes(s.name));
}

/** Throws a StartupError naming each taken port and its owner ('free' ports are free by construction). */
export async function assertPortsFree(specs: readonly ServiceSpec[]): Promise<void> {
  const wanted = Object.fromEntries(specs.filter((s) => s.port !== null).map((s) => [s.name, s.port!]));
  const taken = await takenPorts(wanted);
  if (taken.length > 0) {
    throw new StartupError(
      'ports',
      `${taken.join('; ')}. Stop that process or choose other ports (TIDEMARK_PORT_BASE).`,
    );
  }
}

const CHILD_GUARD = pathToFileURL(join(REPO_ROOT, 'scripts', 'child-guard.ts')).href;

function spawnService(spec: ServiceSpec, logDir: string): ChildProcess {
  const log = createWriteStream(join(logDir, `${spec.name}.log`), { flags: 'a' });
  const node = [process.execPath, ...(spec.nodeFlags ?? []), '--import', 'tsx', '--import', CHILD_GUARD, spec.entry];
  // `nice` execs node in place: the pid the supervisor watches and signals is node's.
  const niced = spec.niceness && process.platform !== 'win32';
  const [command, ...args] = niced ? ['nice', '-n', String(spec.niceness), ...node] : node;
  const child = spawn(command!, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...spec.env, TIDEMARK_SERVICE: spec.name },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  child.once('exit', () => setTimeout(() => log.end(), 50));
  return child;
}

/** The gateway and the warehouse first (they call the others), then insights, then the stores. */
const STOP_ORDER = ['dashboards', 'gateway', 'warehouse', 'insights', 'campaigns', 'agency', 'audits'];

/** The service a spec runs, replica suffix removed (`audits-2` → `audits`). */
const kindOf = (name: string) => name.replace(/-\d+$/, '');

export async function launchStack(options: StackOptions): Promise<RunningStack> {
  return launchSpecs(await planServices(options), options);
}

/** Starts planned services (a stack, or a cluster's replicas): stores first, then the rest in plan order. */
export async function launchSpecs(
  specs: readonly ServiceSpec[],
  options: Pick<StackOptions, 'dataDir' | 'ports' | 'restart' | 'onEvent' | 'abort'>,
): Promise<RunningStack> {
  const logDir = join(options.dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const urls: Record<string, string> = {};
  const ports: Record<string, number> = {};
  const supervisor = new Supervisor({ restart: options.restart, onEvent: options.onEvent });

  if (options.ports !== 'free') await assertPortsFree(specs);

  const startOne = async (spec: ServiceSpec) => {
    const healthUrl = spec.port !== null ? `http://127.0.0.1:${spec.port}/health` : undefined;
    const port = spec.port ?? undefined;
    await supervisor.start({ name: spec.name, spawn: () => spawnService(spec, logDir), healthUrl, port });
    if (spec.port !== null) {
      ports[spec.name] = spec.port;
      if (kindOf(spec.name) !== 'warehouse')
        urls[spec.name] = `http://127.0.0.1:${spec.port}${kindOf(spec.name) === 'dashboards' ? '/' : '/graphql'}`;
    }
  };

  const stopOrder = STOP_ORDER.flatMap((kind) => specs.filter((s) => kindOf(s.name) === kind).map((s) => s.name));
  const stop = () => supervisor.stopAll(stopOrder);
  const onAbort = () => void stop();
  options.abort?.addEventListener('abort', onAbort, { once: true });

  try {
    // Stores first (they own the DuckDB files), then insights, the warehouse loop, the gateway, the page.
    const stores = specs.filter((s) => ['audits', 'agency', 'campaigns'].includes(kindOf(s.name)));
    await Promise.all(stores.map(startOne));
    for (const spec of specs.filter((s) => !stores.includes(s))) {
      if (options.abort?.aborted) throw new StartupError('stack', 'start-up was interrupted');
      await startOne(spec);
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    options.abort?.removeEventListener('abort', onAbort);
  }

  return {
    urls,
    ports,
    get children() {
      return supervisor.children;
    },
    givenUp: supervisor.givenUp,
    stop,
    stopService: (name) => supervisor.stop(name),
    async startService(name) {
      const spec = specs.find((s) => s.name === name);
      if (!spec) throw new Error(`no service ${name}`);
      await startOne(spec);
    },
  };
}
