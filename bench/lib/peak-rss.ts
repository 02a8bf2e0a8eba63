/**
 * Runs a child process and reports its peak resident memory. GNU time's rusage covers the child and every
 * descendant it waited for; without it, /proc/<pid>/status VmHWM (the child's own high-water mark) is polled.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface ChildRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  seconds: number;
  peakRssBytes: number | null;
  method: 'time -v' | 'VmHWM';
  stdout: string;
  stderr: string;
}

export interface ChildOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the child (SIGTERM, then SIGKILL 5 s later) after this long. */
  timeoutMs?: number;
  /** Copy the child's output to ours as it arrives. */
  echo?: boolean;
  /** Force /proc polling even where GNU time exists (e.g. to compare the two). */
  method?: 'auto' | 'VmHWM';
}

/** A TypeScript entry point run by this Node with tsx, without npx's extra processes. */
export function tsxCommand(script: string, args: readonly string[] = []): { command: string; args: string[] } {
  return { command: process.execPath, args: ['--import', 'tsx', script, ...args] };
}

function parseGnuTime(report: string): number | null {
  const kb = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report)?.[1];
  return kb === undefined ? null : Number(kb) * 1024;
}

function readVmHwm(pid: number): number | null {
  try {
    const kb = /^VmHWM:\s*(\d+)\s*kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null; // the process has exited between polls
  }
}

export async function runWithPeakRss(
  command: string,
  args: readonly string[],
  options: ChildOptions = {},
): Promise<ChildRun> {
  const useTime = options.method !== 'VmHWM' && existsSync(GNU_TIME);
  const scratch = useTime ? mkdtempSync(join(tmpdir(), 'bench-rss-')) : null;
  const reportFile = scratch ? join(scratch, 'time.txt') : null;
  const [file, argv] = reportFile ? [GNU_TIME, ['-v', '-o', reportFile, command, ...args]] : [command, [...args]];
  const start = performance.now();
  // Its own process group, so a timeout stops the measured command too, not only GNU time in front of it.
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group has already exited.
    }
  };
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (options.echo) process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  });
  let polledPeak: number | null = null;
  const poll = useTime
    ? null
    : setInterval(() => {
        const hwm = child.pid === undefined ? null : readVmHwm(child.pid);
        if (hwm !== null) polledPeak = Math.max(polledPeak ?? 0, hwm);
      }, 50);
  let killTimer: NodeJS.Timeout | null = null;
  const timeout = options.timeoutMs
    ? setTimeout(() => {
        signalGroup('SIGTERM');
        killTimer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
      }, options.timeoutMs)
    : null;
  try {
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, sig) => resolve([code, sig]));
    });
    const seconds = (performance.now() - start) / 1000;
    const peakRssBytes =
      reportFile && existsSync(reportFile) ? parseGnuTime(readFileSync(reportFile, 'utf8')) : polledPeak;
    return { exitCode, signal, seconds, peakRssBytes, method: useTime ? 'time -v' : 'VmHWM', stdout, stderr };
  } finally {
    if (poll) clearInterval(poll);
    if (timeout) clearTimeout(timeout);
    if (killTimer) clearTimeout(killTimer);
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** Peak RSS of this process so far, in bytes (for in-process benches). */
export function ownPeakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}
