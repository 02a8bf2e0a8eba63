/** Starts bench/gateway/serve.ts children and stops them (SIGTERM, then SIGKILL if one hangs). */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopChild } from '../../scripts/stack.js';
import type { ServeOptions, ServerKind, ServerReady } from './serve-protocol.js';

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface ServerChild {
  kind: ServerKind;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface ChildOptions {
  /** Extra Node flags, e.g. ['--cpu-prof', '--cpu-prof-dir=…'] to profile this child. */
  nodeFlags?: readonly string[];
}

export async function startServerChild(
  kind: ServerKind,
  options: ServeOptions,
  child: ChildOptions = {},
): Promise<ServerChild> {
  const proc = fork(SERVE, [kind, JSON.stringify(options)], {
    execArgv: ['--import', 'tsx', ...(child.nodeFlags ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${kind} did not start within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
    proc.once('message', (message: ServerReady) => {
      clearTimeout(timer);
      resolve(message.url);
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} exited with code ${code} before it was ready`));
    });
  });
  return { kind, url, pid: proc.pid!, stop: () => stopChild(proc, STOP_TIMEOUT_MS) };
}
