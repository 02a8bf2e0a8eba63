/**
 * Starts bench/warehouse/child.ts (a warehouse process over one data dir) and runs ticks in it. Before each
 * tick the child's resident-memory high-water mark is reset (`/proc/<pid>/clear_refs` ← 5), so the VmHWM it
 * reports afterwards is that tick's own peak, not the process's lifetime peak.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from '../lib/paths.js';
import type { ChildMessage, TickFigures } from './protocol.js';

export interface WarehouseChild {
  pid: number;
  /** ms from spawn to the warehouse file open and ready. */
  startupMs: number;
  tick(): Promise<TickFigures>;
  stop(): Promise<void>;
}

export async function startWarehouseChild(opts: {
  dataDir: string;
  asOf: string;
  env: Record<string, string>;
}): Promise<WarehouseChild> {
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(REPO_DIR, 'bench/warehouse/child.ts'), opts.asOf],
    {
      cwd: REPO_DIR,
      env: { ...process.env, ...opts.env, TIDEMARK_DATA_DIR: opts.dataDir },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const next = () =>
    new Promise<ChildMessage>((resolve, reject) => {
      const onExit = (code: number | null, signal: string | null) =>
        reject(new Error(`warehouse child exited (${code ?? signal})`));
      child.once('exit', onExit);
      child.once('message', (m: ChildMessage) => {
        child.off('exit', onExit);
        resolve(m);
      });
    });
  const ready = await next();
  if (ready.type !== 'ready') throw new Error(`warehouse child: expected ready, got ${JSON.stringify(ready)}`);
  const startupMs = Math.round(performance.now() - started);
  return {
    pid: child.pid!,
    startupMs,
    async tick() {
      try {
        writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
      } catch {
        // Not Linux or not allowed: VmHWM then covers the process's whole life so far (an upper bound).
      }
      const reply = next();
      child.send({ type: 'tick' });
      const message = await reply;
      if (message.type === 'error') throw new Error(`warehouse tick failed: ${message.message}`);
      if (message.type !== 'tick') throw new Error(`warehouse child: unexpected ${JSON.stringify(message)}`);
      return message.figures;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
