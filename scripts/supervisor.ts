/**
 * Watches child processes from the moment they are spawned: a child that exits during start-up fails the
 * start with the reason taken from its own output; a child that dies later is restarted with bounded
 * exponential backoff while the others keep serving, and after too many failures in a short window the
 * supervisor gives up and says so. Nothing here knows about Tidemark's services: `npm start` (stack.ts) and
 * any other launcher (a database cluster, a benchmark) hand it a spawn function and an optional health URL.
 */
import type { ChildProcess } from 'node:child_process';
import { commandOf, listeningPid } from './port-owner.js';

export interface ChildSpec {
  name: string;
  /** Starts the process; stdout/stderr should be pipes so the supervisor can quote them on failure. */
  spawn(): ChildProcess;
  /** Polled after spawn until it answers 2xx; without one a child counts as started once spawned. */
  healthUrl?: string;
  /**
   * The port the child listens on: a 2xx from /health counts only when this child owns the port (per /proc),
   * so another process that happens to hold it is not mistaken for the child.
   */
  port?: number;
  startTimeoutMs?: number;
}

export interface RestartPolicy {
  /** First delay before a restart; doubled per failure in the window, capped at `maxDelayMs`. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** This many failures within `windowMs` makes the supervisor give up on the child. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 15_000,
  maxFailures: 5,
  windowMs: 60_000,
};

export type SupervisorEvent =
  | { type: 'exited'; name: string; exit: string; restartInMs: number; failures: number }
  | { type: 'restarted'; name: string; pid: number }
  | { type: 'restart-failed'; name: string; reason: string }
  | { type: 'gave-up'; name: string; failures: number; windowMs: number; exit: string };

export interface SupervisorOptions {
  restart?: RestartPolicy | false;
  onEvent?: (event: SupervisorEvent) => void;
}

/** A child that could not start; the message carries the reason and the tail of the child's own output. */
export class StartupError extends Error {
  constructor(
    readonly child: string,
    message: string,
  ) {
    super(message);
  }
}

const TAIL_LINES = 12;

interface Watched {
  spec: ChildSpec;
  process: ChildProcess;
  tail: string[];
  /** Set when we stop it on purpose: its exit is then not a failure. */
  intentional: boolean;
  failures: number[];
  /** False while a first start is in progress: that exit fails start() instead of being restarted. */
  restartOnExit: boolean;
  restartTimer?: NodeJS.Timeout;
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

/** One readable line per output line: JSON log lines become `level: msg (err.message)`. */
export function summarizeOutput(lines: readonly string[]): string {
  return lines
    .map((line) => {
      try {
        const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string }; error?: string };
        const level = (entry.level ?? 30) >= 50 ? 'error' : (entry.level ?? 30) >= 40 ? 'warn' : 'info';
        const detail = entry.err?.message ?? entry.error;
        return `${level}: ${entry.msg ?? ''}${detail && detail !== entry.msg ? `: ${detail}` : ''}`;
      } catch {
        return line;
      }
    })
    .map((line) => (line.length > 600 ? `${line.slice(0, 600)}…` : line))
    .map((line) => `    ${line}`)
    .join('\n');
}

function keepTail(watched: Watched, chunk: Buffer): void {
  const lines = chunk
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0);
  watched.tail.push(...lines.map((l) => (l.length > 8_000 ? `${l.slice(0, 8_000)}…` : l)));
  if (watched.tail.length > TAIL_LINES) watched.tail.splice(0, watched.tail.length - TAIL_LINES);
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGTERM, then SIGKILL after `timeoutMs`; resolves once the process has exited (at once if it already had). */
export function stopChild(child: ChildProcess, timeoutMs = 8_000): Promise<void> {
  if (exited(child)) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}

export class Supervisor {
  private readonly watched = new Map<string, Watched>();
  private readonly policy: RestartPolicy | false;
  private stopping = false;
  private gaveUp: ((name: string) => void) | null = null;
  /** Resolves with the child's name when the supervisor gives up on one (restarts exhausted). */
  readonly givenUp: Promise<string>;

  constructor(private readonly options: SupervisorOptions = {}) {
    this.policy = options.restart === undefined ? DEFAULT_RESTART_POLICY : options.restart;
    this.givenUp = new Promise((resolve) => (this.gaveUp = resolve));
  }

  /** The current process of each child (a restart replaces it). */
  get children(): Map<string, ChildProcess> {
    return new Map([...this.watched].map(([name, w]) => [name, w.process]));
  }

  /** Spawns the child and waits until it is healthy; throws StartupError (child stopped) when it is not. */
  async start(spec: ChildSpec): Promise<ChildProcess> {
    const previous = this.watched.get(spec.name);
    if (previous?.restartTimer) clearTimeout(previous.restartTimer);
    const watched = this.spawnWatched(spec, previous?.failures ?? [], false);
    await this.waitUntilStarted(watched);
    watched.restartOnExit = true;
    if (exited(watched.process))
      this.onExit(watched, describeExit(watched.process.exitCode, watched.process.signalCode));
    return watched.process;
  }

  /** Stops one child on purpose (no restart) and waits for it to exit. */
  async stop(name: string): Promise<void> {
    const watched = this.watched.get(name);
    if (!watched) return;
    watched.intentional = true;
    if (watched.restartTimer) clearTimeout(watched.restartTimer);
    await stopChild(watched.process);
  }

  /** Stops every child in `order` (names not listed go last); no restarts from here on. */
  async stopAll(order: readonly string[] = []): Promise<void> {
    this.stopping = true;
    const names = [
      ...order.filter((n) => this.watched.has(n)),
      ...[...this.watched.keys()].filter((n) => !order.includes(n)),
    ];
    for (const name of names) await this.stop(name);
  }

  private spawnWatched(spec: ChildSpec, failures: number[], restartOnExit: boolean): Watched {
    const process = spec.spawn();
    const watched: Watched = { spec, process, tail: [], intentional: false, failures, restartOnExit };
    this.watched.set(spec.name, watched);
    process.stdout?.on('data', (chunk: Buffer) => keepTail(watched, chunk));
    process.stderr?.on('data', (chunk: Buffer) => keepTail(watched, chunk));
    // Without a listener a spawn failure (ENOENT, EMFILE) would be thrown in the supervisor itself.
    process.on('error', (error) => watched.tail.push(`spawn error: ${error.message}`));
    process.once('exit', (code, signal) => this.onExit(watched, describeExit(code, signal)));
    return watched;
  }

  private async waitUntilStarted(watched: Watched): Promise<void> {
    const { spec, process } = watched;
    const timeoutMs = spec.startTimeoutMs ?? 60_000;
    const deadline = Date.now() + timeoutMs;
    const failed = (why: string) => {
      const output = watched.tail.length > 0 ? `\n  its last output:\n${summarizeOutput(watched.tail)}` : '';
      return new StartupError(spec.name, `${spec.name} ${why}${output}`);
    };
    // An exit without a health URL is seen on the next turn; give it one so "spawned" means something.
    if (!spec.healthUrl) await new Promise((r) => setTimeout(r, 200));
    while (spec.healthUrl && Date.now() < deadline) {
      if (exited(process)) break;
      try {
        const response = await fetch(spec.healthUrl, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        if (response.ok && this.ownsPort(watched)) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (exited(process)) {
      // Let the pipes deliver the last lines the child wrote before it exited.
      await new Promise((r) => setTimeout(r, 100));
      throw failed(`stopped during start-up (${describeExit(process.exitCode, process.signalCode)})`);
    }
    if (!spec.healthUrl) return;
    watched.intentional = true;
    await stopChild(process);
    throw failed(`did not answer ${spec.healthUrl} within ${timeoutMs} ms`);
  }

  private ownsPort(watched: Watched): boolean {
    if (watched.spec.port === undefined) return true;
    const owner = listeningPid(watched.spec.port);
    if (owner === undefined || owner === watched.process.pid) return true;
    const note = `port ${watched.spec.port} answers /health but is held by pid ${owner} (${commandOf(owner) ?? '?'})`;
    if (!watched.tail.includes(note)) watched.tail.push(note);
    return false;
  }

  private onExit(watched: Watched, exit: string): void {
    if (watched.intentional || this.stopping || !watched.restartOnExit) return;
    if (this.watched.get(watched.spec.name) !== watched) return;
    const name = watched.spec.name;
    if (this.policy === false) {
      this.options.onEvent?.({ type: 'gave-up', name, failures: 1, windowMs: 0, exit });
      this.gaveUp?.(name);
      return;
    }
    const policy = this.policy;
    const now = Date.now();
    const failures = [...watched.failures.filter((t) => now - t < policy.windowMs), now];
    watched.failures = failures;
    if (failures.length >= policy.maxFailures) {
      this.options.onEvent?.({ type: 'gave-up', name, failures: failures.length, windowMs: policy.windowMs, exit });
      this.gaveUp?.(name);
      return;
    }
    const delay = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (failures.length - 1));
    this.options.onEvent?.({ type: 'exited', name, exit, restartInMs: delay, failures: failures.length });
    watched.restartTimer = setTimeout(() => void this.restart(watched, failures), delay);
  }

  private async restart(previous: Watched, failures: number[]): Promise<void> {
    if (this.stopping || previous.intentional) return;
    const watched = this.spawnWatched(previous.spec, failures, true);
    try {
      await this.waitUntilStarted(watched);
      this.options.onEvent?.({ type: 'restarted', name: previous.spec.name, pid: watched.process.pid ?? -1 });
    } catch (error) {
      // Its exit is counted as a failure by onExit (a child that timed out is stopped, not counted: count it).
      this.options.onEvent?.({ type: 'restart-failed', name: previous.spec.name, reason: (error as Error).message });
      if (watched.intentional && !this.stopping) {
        watched.intentional = false;
        this.onExit(watched, 'no answer to its health check');
      }
    }
  }
}
