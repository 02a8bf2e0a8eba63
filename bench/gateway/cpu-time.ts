/**
 * CPU time a process has used (user + system, from /proc/<pid>/stat), so a round can say how many CPU
 * milliseconds each process spent per request. On a shared 2-core machine that is the steadier figure:
 * throughput moves with whatever else runs, CPU per request much less.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU milliseconds used so far by `pid`, or null where /proc is not available. */
function cpuMillis(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Starts a CPU meter over several processes; `stop()` returns milliseconds used per name since the start. */
export function startCpuMeter(processes: Record<string, number>): { stop(): Record<string, number | null> } {
  const before = Object.fromEntries(Object.entries(processes).map(([name, pid]) => [name, cpuMillis(pid)]));
  return {
    stop() {
      return Object.fromEntries(
        Object.entries(processes).map(([name, pid]) => {
          const start = before[name];
          const end = cpuMillis(pid);
          return [name, start === null || start === undefined || end === null ? null : end - start];
        }),
      );
    },
  };
}
