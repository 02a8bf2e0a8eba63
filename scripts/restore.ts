/**
 * `npm run restore -- --from DIR --data-dir NEW`: rebuilds a data dir from `npm run backup`. NEW must not
 * exist or be empty (a restore never overwrites live data). Every file listed in DIR/manifest.json is copied,
 * then each DuckDB file is opened read-only and its per-table row counts are checked against the manifest, and
 * the published build's manifest and Parquet files must all be there; any difference fails the restore (exit 1).
 * A store backed up from PostgreSQL (`postgres/<service>/` in the backup) is loaded into the database its
 * service is configured with (`<SERVICE>_DATABASE_URL`, else `TIDEMARK_DATABASE_URL`), which must not hold
 * that store yet (lib/postgres/backup.ts); its row counts are checked the same way.
 * Start the stack on NEW afterwards: the warehouse syncs forward from its restored watermarks and insights serves
 * the restored build until the next one is published.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../lib/duckdb/database.js';
import { dropRestoredStore, postgresDumpDirOf, restorePostgresStore } from '../lib/postgres/backup.js';
import { holdsStore, redactUrl } from '../lib/postgres/database.js';
import { databaseUrlFor } from '../lib/store/open-store.js';
import { filesOf, manifestPathOf, readPublishedBuild, snapshotsDirOf } from '../lib/snapshot-contract.js';
import type { BackupManifest } from './backup.js';

const USAGE = 'usage: npm run restore -- --from BACKUP_DIR --data-dir NEW_DATA_DIR';

function fail(message: string): never {
  console.error(`restore failed: ${message}`);
  process.exit(1);
}

/** Row counts per `file:table` of one DuckDB file, opened read-only. */
export async function countRowsOf(path: string, label: string): Promise<Record<string, number>> {
  const database = await openDatabase<any>(path, { readOnly: true });
  try {
    const { rows } = await sql<{ name: string }>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_catalog = current_database() AND table_type = 'BASE TABLE'`.execute(database.db);
    const counts: Record<string, number> = {};
    for (const { name } of rows) {
      const { rows: n } = await sql<{ n: number | bigint }>`SELECT count(*) AS n FROM ${sql.table(name)}`.execute(
        database.db,
      );
      counts[`${label}:${name}`] = Number(n[0]!.n);
    }
    return counts;
  } finally {
    await database.close();
  }
}

const { values } = parseArgs({
  options: { from: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help || !values.from || !values['data-dir']) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
const from = resolve(values.from);
const target = resolve(values['data-dir']);
let manifest: BackupManifest;
try {
  manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8')) as BackupManifest;
} catch (error) {
  fail(`${join(from, 'manifest.json')} cannot be read (${(error as Error).message}); is ${from} a backup?`);
}
if (manifest.format !== 'tidemark-backup/1') fail(`unknown backup format ${String(manifest.format)}`);
if (existsSync(target) && readdirSync(target).length > 0) fail(`${target} is not empty; restore into a new folder`);

// Stores backed up from PostgreSQL, and where each goes: every target is checked before anything is written.
const STORE_SERVICES = ['audits', 'agency', 'campaigns'] as const;
const postgresParts: { service: (typeof STORE_SERVICES)[number]; url: string }[] = [];
for (const service of STORE_SERVICES) {
  const part = manifest.parts.find((p) => p.service === service);
  if (!part?.files.includes(postgresDumpDirOf(service))) continue;
  const url = databaseUrlFor(service);
  if (!url)
    fail(
      `the backup holds the ${service} store of a PostgreSQL database: set TIDEMARK_DATABASE_URL ` +
        `(or ${service.toUpperCase()}_DATABASE_URL) to a database to restore it into`,
    );
  if (await holdsStore(url, service))
    fail(`${redactUrl(url)} already holds the ${service} store; restore into an unused database`);
  postgresParts.push({ service, url });
}
const isDump = (file: string) => postgresParts.some((p) => file === postgresDumpDirOf(p.service));

mkdirSync(target, { recursive: true });
const restoredStores: typeof postgresParts = [];
try {
  for (const file of [...manifest.parts.flatMap((p) => p.files.filter((f) => !isDump(f))), ...manifest.extraFiles]) {
    const source = join(from, file);
    if (!existsSync(source)) throw new Error(`the backup lacks ${file}`);
    mkdirSync(dirname(join(target, file)), { recursive: true });
    cpSync(source, join(target, file), { recursive: true });
  }
  const mismatches: string[] = [];
  for (const part of manifest.parts) {
    for (const file of part.files.filter((f) => f.endsWith('.duckdb'))) {
      const counts = await countRowsOf(join(target, file), file);
      for (const [table, expected] of Object.entries(part.tables).filter(([key]) => key.startsWith(`${file}:`))) {
        if (counts[table] !== expected)
          mismatches.push(`${table}: ${counts[table] ?? 'missing'} rows, backup says ${expected}`);
      }
    }
  }
  for (const { service, url } of postgresParts) {
    const migrations = fileURLToPath(new URL(`../subgraphs/${service}/migrations`, import.meta.url));
    restoredStores.push({ service, url });
    const counts = await restorePostgresStore(url, service, from, migrations);
    const part = manifest.parts.find((p) => p.service === service)!;
    for (const [table, expected] of Object.entries(part.tables)) {
      if (counts[table] !== expected)
        mismatches.push(`${table}: ${counts[table] ?? 'missing'} rows, backup says ${expected}`);
    }
  }
  // The published build insights will serve: its manifest and every Parquet file it lists came back.
  const build = readPublishedBuild(target);
  if (build) {
    if (!existsSync(manifestPathOf(target, build.buildId))) mismatches.push(`build ${build.buildId}: no manifest`);
    for (const file of filesOf(build))
      if (!existsSync(join(snapshotsDirOf(target), file))) mismatches.push(`build ${build.buildId}: ${file} missing`);
  }
  if (mismatches.length > 0) throw new Error(`restored files differ from the manifest:\n  ${mismatches.join('\n  ')}`);
} catch (error) {
  rmSync(target, { recursive: true, force: true });
  for (const { service, url } of restoredStores) await dropRestoredStore(url, service);
  fail((error as Error).message);
}
const tables = manifest.parts.reduce((n, p) => n + Object.keys(p.tables).length, 0);
console.log(`Restored ${manifest.parts.length} parts (${tables} tables checked) from ${from} into ${target}.`);
const storeEnv = postgresParts.length > 0 ? 'TIDEMARK_DATABASE_URL=… ' : '';
console.log(`Start it with: ${storeEnv}TIDEMARK_DATA_DIR=${target} npm start`);
