/**
 * Calls `onGone` once when any of the watched processes has exited. Signals that kill a parent outright
 * (SIGKILL; SIGHUP, which neither npm nor tsx forwards) leave its children running; polling is the only way
 * a child on Linux learns of it without native code. `launcherAncestors` finds the wrappers between a
 * process and the shell (`sh -c`, tsx, npm) so `npm start` stops when any of them is killed.
 */
import { readFileSync } from 'node:fs';
import { commandOf } from './port-owner.js';

const POLL_MS = 500;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function watchParents(pids: readonly number[], onGone: (pid: number) => void): () => void {
  const original = process.ppid;
  const timer = setInterval(() => {
    // Re-parenting (to init or a subreaper) also means the direct parent is gone, even if its pid is reused.
    const gone = process.ppid !== original ? original : pids.find((pid) => !alive(pid));
    if (gone !== undefined) {
      clearInterval(timer);
      onGone(gone);
    }
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

function parentOf(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

const LAUNCHER = /(^|\/)(npm|npx|tsx|sh|dash|bash)( |$)|npm-cli\.js|tsx\/dist\/cli/;

/** The parent and, above it, every launcher wrapper (npm, its `sh -c`, tsx) up to the first other process. */
export function launcherAncestors(): number[] {
  const chain: number[] = [process.ppid];
  let pid = process.ppid;
  for (let depth = 0; depth < 4; depth++) {
    const command = commandOf(pid) ?? '';
    if (!LAUNCHER.test(command)) break;
    const parent = parentOf(pid);
    if (!parent || parent <= 1) break;
    const parentCommand = commandOf(parent) ?? '';
    // Stop below an interactive shell: `sh -c "tsx …"` is a wrapper, a login bash is the user's terminal.
    if (!LAUNCHER.test(parentCommand) || /^-?(ba|da)?sh$/.test(parentCommand)) break;
    chain.push(parent);
    pid = parent;
  }
  return chain;
}
