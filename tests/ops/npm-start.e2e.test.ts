/**
 * `npm start` as an operator runs it: the real npm process, tsx, and one process per service, on a shifted
 * free port range (TIDEMARK_PORT_BASE) and a copy of a seeded data dir. A service killed with SIGKILL is
 * restarted and serves again while the others keep serving; SIGTERM or SIGHUP to npm and SIGTERM to tsx
 * leave no child behind; a taken port and a service dying during start-up end `npm start` with a non-zero
 * exit and the reason on the terminal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../demo/seed.js';
import { DEFAULT_PORTS } from '../../lib/ports.js';
import { commandOf, findPortOwner, portIsFree } from '../../scripts/port-owner.js';
import { REPO_ROOT } from '../../scripts/stack.js';
import { gql } from '../helpers/graphql.js';
import { makeTempDir } from '../helpers/tmp.js';
import { tokenFactory } from '../helpers/tokens.js';

const SHIFTS = Object.values(DEFAULT_PORTS).map((p) => p - DEFAULT_PORTS.gateway);
const tmp = makeTempDir('tidemark-npm-start-');
const template = join(tmp.dir, 'template');
let copies = 0;

/**
 * A base whose whole shifted port table is free right now, below the OS's ephemeral range (32768 up on Linux):
 * there, other tests' free ports and outgoing connections cannot take one between this check and the start.
 */
async function freeBase(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await Promise.all(SHIFTS.map((shift) => portIsFree(base + shift)));
    if (free.every(Boolean)) return base;
  }
  throw new Error('no free port range found');
}

interface Launch {
  npm: ChildProcess;
  base: number;
  dataDir: string;
  output: () => string;
  /** Exit code, or the signal when npm re-raised the one it got (what npm does after its child exits). */
  exited: Promise<number | string | null>;
}

const launches: Launch[] = [];

async function npmStart(env: Record<string, string> = {}, base?: number): Promise<Launch> {
  const dataDir = join(tmp.dir, `run-${++copies}`);
  cpSync(template, dataDir, { recursive: true });
  const portBase = base ?? (await freeBase());
  const npm = spawn('npm', ['start'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      TIDEMARK_DATA_DIR: dataDir,
      TIDEMARK_PORT_BASE: String(portBase),
      WAREHOUSE_SYNC_INTERVAL_SECONDS: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  npm.stdout!.on('data', (c: Buffer) => (text += c.toString()));
  npm.stderr!.on('data', (c: Buffer) => (text += c.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    npm.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  const launch = { npm, base: portBase, dataDir, output: () => text, exited };
  launches.push(launch);
  return launch;
}

async function waitForOutput(launch: Launch, pattern: RegExp, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(launch.output())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output so far:\n${launch.output()}`);
    if (launch.npm.exitCode !== null)
      throw new Error(`npm start exited (${launch.npm.exitCode}) before ${pattern}:\n${launch.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** pid of every process listening on the launch's ports, by service. */
async function servicePids(launch: Launch): Promise<Record<string, number>> {
  const pids: Record<string, number> = {};
  for (const [name, port] of Object.entries(DEFAULT_PORTS)) {
    const owner = await findPortOwner(launch.base + port - DEFAULT_PORTS.gateway);
    if (owner.pid) pids[name] = owner.pid;
  }
  return pids;
}

function parentOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** The processes running scripts/start.ts under this launch's npm (never anyone else's). */
function startScriptPids(launch: Launch): number[] {
  const root = launch.npm.pid!;
  const descends = (pid: string) => {
    let current: number | undefined = Number(pid);
    for (let depth = 0; current && current > 1 && depth < 6; depth++) {
      if (current === root) return true;
      current = parentOf(String(current));
    }
    return false;
  };
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('scripts/start.ts') && descends(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function expectAllGone(pids: number[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  expect(pids.filter(alive)).toEqual([]);
}

beforeAll(async () => {
  await seedDemoData(template, { seed: 42 });
}, 120_000);

afterEach(async () => {
  // Whatever a failed test left running: stop it by pid (never by name).
  for (const launch of launches.splice(0)) {
    const pids = Object.values(await servicePids(launch));
    if (launch.npm.exitCode === null) launch.npm.kill('SIGKILL');
    for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  }
});

afterAll(() => tmp.remove());

describe('npm start supervises its services', () => {
  it('restarts a service killed with SIGKILL while the rest serves, then stops all on SIGTERM to npm', async () => {
    const launch = await npmStart();
    await waitForOutput(launch, /Tidemark is running/);
    const before = await servicePids(launch);
    expect(Object.keys(before).sort()).toEqual(Object.keys(DEFAULT_PORTS).sort());
    const tokens = tokenFactory(launch.dataDir);
    const gateway = `http://127.0.0.1:${launch.base}/graphql`;
    const analyst = await tokens.token('ANALYST');

    process.kill(before.audits!, 'SIGKILL');
    await waitForOutput(launch, /audits stopped unexpectedly \(killed by SIGKILL\); restarting/, 10_000);
    // Meanwhile the rest serves: agency data through the gateway.
    const countries = await gql(gateway, '{ countries { code } }', {}, analyst);
    expect(countries.status).toBe(200);
    expect(countries.data?.countries.length).toBeGreaterThan(100);

    await waitForOutput(launch, /audits restarted and healthy again/, 60_000);
    const after = await servicePids(launch);
    expect(after.audits).not.toBe(before.audits);
    const audits = await gql(gateway, '{ audits(first: 1) { totalCount } }', {}, analyst);
    expect(audits.errors).toBeUndefined();
    expect(audits.data.audits.totalCount).toBeGreaterThan(1000);

    const everyone = [...Object.values(after), ...startScriptPids(launch)];
    launch.npm.kill('SIGTERM');
    expect(await launch.exited).toBe(0);
    await expectAllGone(everyone);
    expect(launch.output()).toContain('SIGTERM: stopping every service');
    // Crash output stays JSON in the logs: every line of every service log parses.
    for (const file of readdirSync(join(launch.dataDir, 'logs'))) {
      for (const line of readFileSync(join(launch.dataDir, 'logs', file), 'utf8')
        .split('\n')
        .filter(Boolean)) {
        expect(() => JSON.parse(line), `${file}: ${line}`).not.toThrow();
      }
    }
  }, 240_000);

  it('stops every service when npm gets SIGHUP (which npm does not forward)', async () => {
    const launch = await npmStart();
    await waitForOutput(launch, /Tidemark is running/);
    const everyone = [...Object.values(await servicePids(launch)), ...startScriptPids(launch)];
    expect(everyone.length).toBeGreaterThan(Object.keys(DEFAULT_PORTS).length);
    launch.npm.kill('SIGHUP');
    await launch.exited;
    await expectAllGone(everyone);
  }, 240_000);

  it('stops every service when the tsx process gets SIGTERM', async () => {
    const launch = await npmStart();
    await waitForOutput(launch, /Tidemark is running/);
    const services = Object.values(await servicePids(launch));
    const starts = startScriptPids(launch);
    expect(starts.length).toBeGreaterThan(0);
    for (const pid of starts) process.kill(pid, 'SIGTERM');
    await launch.exited;
    await expectAllGone([...services, ...starts]);
  }, 240_000);
});

describe('npm start fails loudly', () => {
  let holder: Server | null = null;
  afterEach(async () => {
    await new Promise<void>((resolve) => (holder ? holder.close(() => resolve()) : resolve()));
    holder = null;
  });

  it('exits non-zero naming a taken port and its owner, starting nothing', async () => {
    const base = await freeBase();
    const auditsPort = base + DEFAULT_PORTS.audits - DEFAULT_PORTS.gateway;
    // Connections (the owner probe's GET /health) are dropped, so close() does not wait for them.
    holder = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => holder!.listen(auditsPort, '127.0.0.1', () => resolve()));
    const launch = await npmStart({}, base);
    expect(await launch.exited).toBe(1);
    expect(launch.output()).toContain(`port ${auditsPort} (audits) is already in use by pid ${process.pid}`);
    expect(launch.output()).not.toContain('Tidemark is running');
    expect(await portIsFree(base)).toBe(true); // the gateway's port: nothing was started
  }, 60_000);

  it('exits non-zero with the reason when a service dies during start-up, stopping those already started', async () => {
    const launch = await npmStart({ GATEWAY_MAX_DEPTH: '-3' });
    expect(await launch.exited).toBe(1);
    const output = launch.output();
    expect(output).toContain('Tidemark did not start: gateway stopped during start-up (exit code 1)');
    expect(output).toContain('GATEWAY_MAX_DEPTH');
    expect(output).not.toContain('Tidemark is running');
    // The stores had started before the gateway: none is left.
    const left = await servicePids(launch);
    expect(left, JSON.stringify(await Promise.all(Object.values(left).map((pid) => commandOf(pid))))).toEqual({});
    const gatewayLog = readFileSync(join(launch.dataDir, 'logs', 'gateway.log'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(gatewayLog.length).toBeGreaterThan(0);
    for (const line of gatewayLog) expect(JSON.parse(line).service).toBe('gateway');
  }, 120_000);
});
