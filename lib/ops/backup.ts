/**
 * Online backup, done by the process that owns each store (DuckDB allows one process per file, so a backup
 * tool must not open a live file itself). `POST /backup` on a service writes its part into a fresh staging
 * folder under `${dataDir}/backup-staging/` laid out like the data dir, and answers which files it wrote and
 * how many rows each table held; `npm run backup` (scripts/backup.ts) collects the parts.
 *
 * The engine-specific part is one function per store kind. For DuckDB it is `checkpointedCopy`: holding the
 * store's single connection (so no statement or transaction runs meanwhile), CHECKPOINT folds the WAL into
 * the file, the tables are counted and the file is copied: a consistent image as of that instant, taken
 * while the service keeps serving (writers wait for the copy, about 1 s per GB). A PostgreSQL store instead
 * dumps each table inside one REPEATABLE READ transaction (lib/postgres/backup.ts).
 */
import { copyFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { TokenVerifier } from '../auth.js';
import type { Logger } from '../logger.js';
import { dumpPostgresStore } from '../postgres/backup.js';
import type { Store } from '../store/open-store.js';
import { authorizeOperator, BACKUP_ROLES, sendJson, type OpsHandler } from './operator-auth.js';

export interface BackupPart {
  service: string;
  /** Paths relative to the data dir (and to the staging folder, which mirrors it). */
  files: string[];
  /** Row count per table, `file:table` → rows, as of the copy. */
  tables: Record<string, number>;
}

export interface BackupAnswer extends BackupPart {
  /** Absolute path of the staging folder holding `files`. */
  dir: string;
  startedAt: string;
  finishedAt: string;
}

function stagingRootOf(dataDir: string): string {
  return join(dataDir, 'backup-staging');
}

/** Tables of one catalog with their row counts; read on the connection the caller holds. */
async function countTables(conn: Kysely<any>, catalog: string, label: string): Promise<Record<string, number>> {
  const { rows } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_catalog = ${catalog} AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(conn);
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const { rows: n } = await sql<{
      n: number | bigint;
    }>`SELECT count(*) AS n FROM ${sql.id(catalog, 'main', name)}`.execute(conn);
    counts[`${label}:${name}`] = Number(n[0]!.n);
  }
  return counts;
}

export interface DuckDbFileToCopy {
  /** The catalog name inside the connection (`current_database()` for the main file, or an ATTACH alias). */
  catalog: string;
  /** Absolute path of the file. */
  path: string;
}

/**
 * Copies DuckDB files that `db` has open into `stagingDir` (same relative paths as under `dataDir`), all under
 * one hold of the connection, so the copies are consistent with each other.
 */
export async function checkpointedCopy(
  db: Kysely<any>,
  dataDir: string,
  stagingDir: string,
  files: DuckDbFileToCopy[],
): Promise<Omit<BackupPart, 'service'>> {
  return db.connection().execute(async (conn) => {
    const tables: Record<string, number> = {};
    const copied: string[] = [];
    for (const file of files) {
      await sql.raw(`CHECKPOINT "${file.catalog.replaceAll('"', '""')}"`).execute(conn);
      const rel = relative(dataDir, file.path);
      Object.assign(tables, await countTables(conn, file.catalog, rel));
      mkdirSync(dirname(join(stagingDir, rel)), { recursive: true });
      copyFileSync(file.path, join(stagingDir, rel));
      copied.push(rel);
    }
    return { files: copied, tables };
  });
}

/** The main catalog's name (DuckDB names it after the file). */
export async function mainCatalogOf(db: Kysely<any>): Promise<string> {
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(db);
  return rows[0]!.name;
}

export interface BackupRouteOptions {
  service: string;
  dataDir: string;
  verifier: TokenVerifier;
  log: Logger;
  /** Writes the service's part into `stagingDir`. */
  backup(stagingDir: string): Promise<Omit<BackupPart, 'service'>>;
}

/** `POST /backup` for WAREHOUSE tokens; one backup at a time per service (a second gets 409). */
export function backupRoute(options: BackupRouteOptions): OpsHandler {
  let running = false;
  return async (req, res) => {
    req.resume(); // no body is read
    if (!(await authorizeOperator(req, res, options.verifier, BACKUP_ROLES))) return;
    if (running) {
      sendJson(res, 409, {
        errors: [{ message: `A backup of ${options.service} is already running`, extensions: { code: 'CONFLICT' } }],
      });
      return;
    }
    running = true;
    const startedAt = new Date().toISOString();
    const stamp = startedAt.replace(/[-:.]/g, '');
    const dir = join(stagingRootOf(options.dataDir), `${options.service}-${stamp}-${process.pid}`);
    const partial = `${dir}.partial`;
    try {
      mkdirSync(partial, { recursive: true });
      const part = await options.backup(partial);
      renameSync(partial, dir);
      const answer: BackupAnswer = {
        service: options.service,
        ...part,
        dir,
        startedAt,
        finishedAt: new Date().toISOString(),
      };
      options.log.info(
        { dir, files: part.files, ms: Date.parse(answer.finishedAt) - Date.parse(startedAt) },
        'backup written',
      );
      sendJson(res, 200, answer);
    } catch (error) {
      options.log.error({ err: error }, 'backup failed');
      sendJson(res, 500, {
        errors: [
          {
            message: `Backup of ${options.service} failed: ${(error as Error).message}`,
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
    } finally {
      running = false;
    }
  };
}

/** The backup of a service that owns one DuckDB file at `path` through `db`. */
function duckDbFileBackup(db: Kysely<any>, dataDir: string, path: string): BackupRouteOptions['backup'] {
  return async (stagingDir) => checkpointedCopy(db, dataDir, stagingDir, [{ catalog: await mainCatalogOf(db), path }]);
}

/**
 * The backup of a store subgraph on the engine it runs on (lib/store/open-store.ts): its DuckDB file at
 * `path`, or a dump of its PostgreSQL schema at one snapshot (lib/postgres/backup.ts).
 */
export function storeBackup(
  store: Store<any>,
  service: string,
  dataDir: string,
  path: string,
): BackupRouteOptions['backup'] {
  if (store.engine === 'postgres') return (stagingDir) => dumpPostgresStore(store.db, service, stagingDir);
  return duckDbFileBackup(store.db, dataDir, path);
}
