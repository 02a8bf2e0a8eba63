/**
 * Before anything is spawned: is each port free, and if not, who holds it? The owner comes from /proc (the
 * listening socket's inode, then the process whose fd points at it: only processes of our own user are
 * visible) and from a GET /health (a Tidemark service answers it), so the message can say "pid 1234 (node
 * … subgraphs/audits/index.ts), answering /health" instead of a bare EADDRINUSE in a log file.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';

export interface PortOwner {
  pid?: number;
  command?: string;
  answersHealth: boolean;
}

/** True when nothing listens on host:port (we could bind it). */
export function portIsFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Inodes of sockets listening on `port` (any address), from /proc/net/tcp and tcp6. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // fields: sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
      if (fields.length > 9 && fields[1]!.endsWith(`:${hexPort}`) && fields[3] === '0A') inodes.add(fields[9]!);
    }
  }
  return inodes;
}

function pidOwning(inodes: Set<string>): number | undefined {
  if (inodes.size === 0) return undefined;
  const targets = new Set([...inodes].map((i) => `socket:[${i}]`));
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // another user's process, or gone
    }
    for (const fd of fds) {
      try {
        if (targets.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return Number(pid);
      } catch {
        /* closed meanwhile */
      }
    }
  }
  return undefined;
}

/** The pid listening on `port`, when /proc shows it (our own user's processes only). */
export function listeningPid(port: number): number | undefined {
  return pidOwning(listeningInodes(port));
}

export function commandOf(pid: number): string | undefined {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const text = args.join(' ');
    return text.length > 160 ? `${text.slice(0, 160)}…` : text;
  } catch {
    return undefined;
  }
}

/**
 * GET /health with node:http rather than fetch: against a listener that drops connections, undici's fetch
 * can leave its promise pending with nothing keeping the process alive (Node then exits 13 mid-await).
 */
function answersHealth(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get({ host, port, path: '/health', timeout: 1_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(false));
    request.once('close', () => resolve(false));
  });
}

export async function findPortOwner(port: number, host = '127.0.0.1'): Promise<PortOwner> {
  const pid = pidOwning(listeningInodes(port));
  return { pid, command: pid ? commandOf(pid) : undefined, answersHealth: await answersHealth(port, host) };
}

export function describeOwner(owner: PortOwner): string {
  const who = owner.pid
    ? `pid ${owner.pid}${owner.command ? ` (${owner.command})` : ''}`
    : 'another process (not ours to inspect)';
  return `${who}${owner.answersHealth ? ', answering /health (another Tidemark stack?)' : ''}`;
}

/** Every port in `ports` that is taken, with a sentence naming its owner; empty when all are free. */
export async function takenPorts(ports: Record<string, number>, host = '127.0.0.1'): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, port] of Object.entries(ports)) {
    if (await portIsFree(port, host)) continue;
    problems.push(`port ${port} (${name}) is already in use by ${describeOwner(await findPortOwner(port, host))}`);
  }
  return problems;
}
