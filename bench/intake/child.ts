/** Starts bench/intake/serve.ts as a child process, asks it for stats, stops it (SIGTERM, then SIGKILL). */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stopChild } from '../../scripts/stack.js';
import type { IntakeParentMessage, IntakeStats } from './serve-protocol.js';

const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

export interface IntakeChild {
  url: string;
  pid: number;
  stats(): Promise<IntakeStats>;
  stop(): Promise<void>;
}

/** `serveScript` runs another checkout's serve.ts (A/B comparisons against a baseline tree). */
export async function startIntakeChild(
  dataDir: string,
  nodeFlags: readonly string[] = [],
  serveScript = SERVE,
): Promise<IntakeChild> {
  const proc = fork(serveScript, [dataDir], {
    execArgv: ['--import', 'tsx', ...nodeFlags],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: 'true', NODE_ENV: 'production' },
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the audits subgraph did not start within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
    proc.once('message', (message: IntakeParentMessage) => {
      clearTimeout(timer);
      if (message.type === 'ready') resolve(message.url);
      else reject(new Error(`unexpected first message ${message.type}`));
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the audits subgraph exited with code ${code} before it was ready`));
    });
  });
  return {
    url,
    pid: proc.pid!,
    stats: () =>
      new Promise((resolve) => {
        const onMessage = (message: IntakeParentMessage) => {
          if (message.type !== 'stats') return;
          proc.off('message', onMessage);
          resolve(message.stats);
        };
        proc.on('message', onMessage);
        proc.send({ type: 'stats' });
      }),
    stop: () => stopChild(proc, STOP_TIMEOUT_MS),
  };
}
