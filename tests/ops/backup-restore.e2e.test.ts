/**
 * `npm run backup` against a running, seeded stack and `npm run restore` into a new data dir, as real
 * processes. Quiet stack: every table of every store and of the warehouse comes back with the same row
 * checksum, the served build (manifest, Parquet files, pointer) comes back whole, and the warehouse rebuilt
 * from the restored data publishes the same tables. Under write load:
 * every audit acknowledged before the backup began is in the restored store.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase } from '../../lib/duckdb/database.js';
import type { BackupManifest } from '../../scripts/backup.js';
import { readPublishedBuild, type PublishedBuild } from '../../lib/snapshot-contract.js';
import { launchStack, type RunningStack } from '../../scripts/stack.js';
import { makeTempDir } from '../helpers/tmp.js';
import type { TestStack } from '../helpers/stack.js';
import { startSeededStack } from '../helpers/seeded-stack.js';
import { publishedChecksums, runScript, submitAudit, tableChecksums } from './helpers.js';

const STORES = ['audits.duckdb', 'agency.duckdb', 'campaigns.duckdb', 'warehouse.duckdb', 'warehouse-marts.duckdb'];

let stack: TestStack;
const tmp = makeTempDir('tidemark-backup-');

function backupEnv(running: RunningStack, dataDir: string): Record<string, string> {
  const url = (name: string) => `http://127.0.0.1:${running.ports[name]}/graphql`;
  return {
    TIDEMARK_DATA_DIR: dataDir,
    AUDITS_URL: url('audits'),
    AGENCY_URL: url('agency'),
    CAMPAIGNS_URL: url('campaigns'),
    WAREHOUSE_OPS_URL: `http://127.0.0.1:${running.ports.warehouse}`,
  };
}

function currentBuildOf(dataDir: string): PublishedBuild {
  const build = readPublishedBuild(dataDir);
  expect(build, `${dataDir} has a published build`).not.toBeNull();
  return build!;
}

beforeAll(async () => {
  stack = await startSeededStack({ without: ['dashboards'], syncIntervalSeconds: 1 });
}, 180_000);

afterAll(async () => {
  await stack?.close();
  tmp.remove();
});

const restored = join(tmp.dir, 'restored');
/** The build insights served when the quiet backup was taken. */
let servedBuild: PublishedBuild;

describe('backup and restore of a running stack', () => {
  let backupDir: string;
  let before: Record<string, Record<string, string>>;
  let servedTables: Record<string, string>;

  beforeAll(async () => {
    backupDir = join(tmp.dir, 'quiet');
    // Quiet: no writes; one more warehouse tick would not change anything either (no new rows).
    const run = await runScript('scripts/backup.ts', ['--out', backupDir], backupEnv(stack, stack.dataDir));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The live files, read once the services have let go of them, are what the backup must reproduce.
    servedBuild = currentBuildOf(stack.dataDir);
    await stack.stop();
    servedTables = await publishedChecksums(stack.dataDir, servedBuild);
    before = {};
    for (const file of STORES) before[file] = await tableChecksums(join(stack.dataDir, file));
    const restore = await runScript('scripts/restore.ts', ['--from', backupDir, '--data-dir', restored], {});
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
  }, 180_000);

  it('writes a manifest naming every store, the warehouse state and per-table row counts', () => {
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as BackupManifest;
    expect(manifest.parts.map((p) => p.service)).toEqual(['warehouse', 'audits', 'agency', 'campaigns']);
    const files = manifest.parts.flatMap((p) => p.files);
    for (const file of [...STORES, 'lake', 'snapshots/current.json']) expect(files).toContain(file);
    expect(manifest.parts.find((p) => p.service === 'audits')!.tables['audits.duckdb:audits']).toBeGreaterThan(1000);
    expect(existsSync(join(backupDir, 'jwt-secret'))).toBe(true);
    // Nothing is left behind in the live data dir's staging area.
    expect(readdirSync(join(stack.dataDir, 'backup-staging'))).toEqual([]);
  });

  it('restores every table of every store with the same row checksums', async () => {
    for (const file of STORES) {
      const after = await tableChecksums(join(restored, file));
      expect(Object.keys(after).length, file).toBeGreaterThan(0);
      expect(after, file).toEqual(before[file]);
    }
  });

  it('restores the published build, its manifest and its files', async () => {
    const build = currentBuildOf(restored);
    expect(build).toEqual(servedBuild);
    expect(readFileSync(join(restored, 'snapshots', 'builds', `${build.buildId}.json`), 'utf8')).toBe(
      readFileSync(join(stack.dataDir, 'snapshots', 'builds', `${build.buildId}.json`), 'utf8'),
    );
    expect(Object.keys(servedTables).length).toBeGreaterThan(5);
    expect(await publishedChecksums(restored, build)).toEqual(servedTables);
  });

  it('rebuilds the same tables from the restored warehouse', async () => {
    // On a copy: the restored dir itself must still hold the backed-up build when the stack starts on it below.
    const copy = join(tmp.dir, 'rebuilt');
    cpSync(restored, copy, { recursive: true });
    const build = await runScript(
      'warehouse/cli.ts',
      ['build', '--full', '--data-dir', copy, '--as-of', servedBuild.asOf],
      {},
    );
    expect(build.code, build.stderr).toBe(0);
    const rebuilt = currentBuildOf(copy);
    expect(rebuilt.buildId).not.toBe(servedBuild.buildId);
    // Only the manifest holds the build's id and time (and its file names); the layering of a full build may
    // differ from the served build's; the rows of every table must not.
    const summary = (b: PublishedBuild) => ({
      asOf: b.asOf,
      riskVersion: b.riskVersion,
      watermarks: b.watermarks,
      tables: b.tables.map((t) => ({ name: t.name, rows: t.rows, key: t.key })),
      macros: b.macros,
    });
    expect(summary(rebuilt)).toEqual(summary(servedBuild));
    expect(await publishedChecksums(copy, rebuilt)).toEqual(servedTables);
  }, 120_000);
});

describe('a restored data dir', () => {
  let restarted: RunningStack;
  const acknowledged: { id: string; at: number }[] = [];
  let backupStartedAt = 0;
  const again = join(tmp.dir, 'restored-again');

  beforeAll(async () => {
    restarted = await launchStack({
      dataDir: restored,
      ports: 'free',
      without: ['dashboards'],
      syncIntervalSeconds: 1,
    });
  }, 120_000);
  afterAll(async () => {
    await restarted?.stop();
  });

  it('starts and serves the restored build', async () => {
    const health = await fetch(new URL('/health', restarted.urls.insights).href).then(
      (r) => r.json() as Promise<{ servedBuild?: { buildId: string } | null }>,
    );
    expect(health.servedBuild?.buildId).toBe(servedBuild.buildId);
  });

  it('serves the restored audits, and backs up under load without losing an acknowledged audit', async () => {
    const token = await stack.tokens.token('PARTNER', { org_id: 'org-backup' });
    const analyst = await stack.tokens.token('ANALYST');
    const gateway = restarted.urls.gateway!;
    const count = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
      body: JSON.stringify({ query: '{ audits(first: 1) { totalCount } }' }),
    }).then((r) => r.json() as Promise<{ data: { audits: { totalCount: number } } }>);
    expect(count.data.audits.totalCount).toBeGreaterThan(1000);

    // One writer, bounded in count and time, running before, during and after the backup.
    let writing = true;
    const writer = (async () => {
      const deadline = Date.now() + 60_000;
      for (let n = 0; writing && n < 2_000 && Date.now() < deadline; n++) {
        const result = await submitAudit(gateway, token, n, 'backup-load');
        if (result.id) acknowledged.push({ id: result.id, at: Date.now() });
      }
    })();
    while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 50));
    backupStartedAt = Date.now();
    const run = await runScript(
      'scripts/backup.ts',
      ['--out', join(tmp.dir, 'under-load')],
      backupEnv(restarted, restored),
    );
    await new Promise((r) => setTimeout(r, 500));
    writing = false;
    await writer;
    expect(run.code, run.stderr).toBe(0);
    const restore = await runScript(
      'scripts/restore.ts',
      ['--from', join(tmp.dir, 'under-load'), '--data-dir', again],
      {},
    );
    expect(restore.code, restore.stderr).toBe(0);

    const mustHave = acknowledged.filter((a) => a.at < backupStartedAt).map((a) => a.id);
    expect(mustHave.length).toBeGreaterThanOrEqual(20);
    expect(acknowledged.length).toBeGreaterThan(mustHave.length); // writes went on during the backup
    const database = await openDatabase<any>(join(again, 'audits.duckdb'), { readOnly: true });
    try {
      const { rows } = await sql<{
        id: string;
      }>`SELECT audit_id AS id FROM audits WHERE audit_id IN (SELECT unnest(${mustHave}::VARCHAR[]))`.execute(
        database.db,
      );
      expect(rows.map((r) => r.id).sort()).toEqual([...mustHave].sort());
    } finally {
      await database.close();
    }
  }, 150_000);
});
