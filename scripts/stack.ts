/**
 * Runs the whole stack as one process per service on loopback: the same code path for `npm start` and for the
 * end-to-end tests, so what the tests prove is what a user runs. Children log JSON to `${dataDir}/logs/`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PORTS, type ServiceName } from '../lib/ports.js';
import { AUDITS_NODE_FLAGS } from '../subgraphs/audits/node-flags.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ServiceSpec {
  /** The service (`audits`), or one replica of it in a cluster (`audits-2`, see scripts/cluster/plan.ts). */
  name: ServiceName | 'warehouse' | `${ServiceName}-${number}`;
  entry: string;
  /** Port the service listens on; null for services without HTTP (the warehouse loop). */
  port: number | null;
  env: Record<string, string>;
  /** Node flags for the process (set at start; see subgraphs/audits/node-flags.ts). */
  nodeFlags?: readonly string[];
}

export interface StackOptions {
  dataDir: string;
  /** 'default' uses the port table; 'free' asks the OS for free ports (tests). */
  ports: 'default' | 'free';
  /** Seconds between warehouse syncs. */
  syncIntervalSeconds?: number;
  extraEnv?: Record<string, string>;
  /** Services to leave out (tests that need only part of the stack). */
  without?: string[];
}

export interface RunningStack {
  urls: Record<string, string>;
  ports: Record<string, number>;
  children: Map<string, ChildProcess>;
  stop(): Promise<void>;
  /** Stops one service (SIGTERM) and waits for it, for failure tests. */
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

async function waitForHealth(url: string, child: ChildProcess, name: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was healthy; see its log`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} was not healthy at ${url} within ${timeoutMs} ms`);
}

export async function planServices(options: StackOptions): Promise<ServiceSpec[]> {
  const port = async (name: ServiceName) => (options.ports === 'free' ? freePort() : DEFAULT_PORTS[name]);
  const p = {
    audits: await port('audits'),
    agency: await port('agency'),
    campaigns: await port('campaigns'),
    insights: await port('insights'),
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
    { name: 'audits', entry: 'subgraphs/audits/index.ts', port: p.audits, env: { ...common, PORT: String(p.audits) }, nodeFlags: AUDITS_NODE_FLAGS },
    { name: 'agency', entry: 'subgraphs/agency/index.ts', port: p.agency, env: { ...common, PORT: String(p.agency) } },
    { name: 'campaigns', entry: 'subgraphs/campaigns/index.ts', port: p.campaigns, env: { ...common, PORT: String(p.campaigns) } },
    { name: 'insights', entry: 'subgraphs/insights/index.ts', port: p.insights, env: { ...common, PORT: String(p.insights) } },
    {
      name: 'warehouse',
      entry: 'warehouse/index.ts',
      port: null,
      env: { ...common, ...urls, WAREHOUSE_SYNC_INTERVAL_SECONDS: String(options.syncIntervalSeconds ?? 5) },
    },
    { name: 'gateway', entry: 'gateway/index.ts', port: p.gateway, env: { ...common, ...urls, PORT: String(p.gateway) } },
    { name: 'dashboards', entry: 'dashboards/server.ts', port: p.dashboards, env: { ...common, GATEWAY_URL: urls.GATEWAY_URL, PORT: String(p.dashboards) } },
  ];
  return all.filter((s) => existsSync(join(REPO_ROOT, s.entry)) && !options.without?.includes(s.name));
}

function spawnService(spec: ServiceSpec, logDir: string): ChildProcess {
  const log = createWriteStream(join(logDir, `${spec.name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, [...(spec.nodeFlags ?? []), '--import', 'tsx', spec.entry], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  child.once('exit', () => setTimeout(() => log.end(), 50));
  return child;
}

/** SIGTERM, then SIGKILL after `timeoutMs`; resolves once the process has exited (at once if it already had). */
export function stopChild(child: ChildProcess, timeoutMs = 8_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

/** The service a spec runs, replica suffix removed (`audits-2` → `audits`). */
const kindOf = (name: string) => name.replace(/-\d+$/, '');

export async function launchStack(options: StackOptions): Promise<RunningStack> {
  return launchSpecs(await planServices(options), options.dataDir);
}

/** Starts planned services (a stack or a cluster's replicas): stores first, then the rest in plan order. */
export async function launchSpecs(specs: readonly ServiceSpec[], dataDir: string): Promise<RunningStack> {
  const logDir = join(dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const children = new Map<string, ChildProcess>();
  const urls: Record<string, string> = {};
  const ports: Record<string, number> = {};

  const startOne = async (spec: ServiceSpec) => {
    const child = spawnService(spec, logDir);
    children.set(spec.name, child);
    if (spec.port !== null) {
      await waitForHealth(`http://127.0.0.1:${spec.port}/health`, child, spec.name);
      ports[spec.name] = spec.port;
      urls[spec.name] = `http://127.0.0.1:${spec.port}${kindOf(spec.name) === 'dashboards' ? '/' : '/graphql'}`;
    }
  };

  const stop = async () => {
    // The gateway and the warehouse first (they call the others), then the stores.
    const order = ['dashboards', 'gateway', 'warehouse', 'insights', 'campaigns', 'agency', 'audits'];
    for (const kind of order) {
      await Promise.all([...children].filter(([name]) => kindOf(name) === kind).map(([, child]) => stopChild(child)));
    }
  };

  try {
    // Stores first (they own the DuckDB files), then insights, the warehouse loop, the gateway, the page.
    const stores = specs.filter((s) => ['audits', 'agency', 'campaigns'].includes(kindOf(s.name)));
    await Promise.all(stores.map(startOne));
    for (const spec of specs.filter((s) => !stores.includes(s))) await startOne(spec);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    urls,
    ports,
    children,
    stop,
    async stopService(name) {
      const child = children.get(name);
      if (child) await stopChild(child);
    },
    async startService(name) {
      const spec = specs.find((s) => s.name === name);
      if (!spec) throw new Error(`no service ${name}`);
      await startOne(spec);
    },
  };
}
