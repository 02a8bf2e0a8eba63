/**
 * `npm run backup` and `npm run restore` with the stores on PostgreSQL, as real processes against a running
 * stack: audits written through the gateway, a backup, a restore into a fresh database. Every table of every
 * store comes back with the same rows and the sequences where they were; the restored audits store replays a
 * backed-up idempotency key, and its change feed continues: a new write takes a higher change_seq and the next
 * export from the old watermark holds exactly the new rows. A second restore into the same database is refused.
 * A backup taken while audits keep arriving holds every audit acknowledged before it began, each one whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportChangeBatch } from '../../lib/change-feed.js';
import type { BackupManifest } from '../../scripts/backup.js';
import { openPostgresDatabase } from '../../lib/postgres/database.js';
import { submitAudit as submitThroughIntake } from '../../subgraphs/audits/intake.js';
import type { DB } from '../../subgraphs/audits/db-types.js';
import { IntakeQueue } from '../../subgraphs/audits/store/intake/queue.js';
import { auditInput, facility } from '../audits/fixtures.js';
import { testDatabaseUrl } from '../helpers/postgres.js';
import { waitForWarehouseBuild } from '../helpers/seeded-stack.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';
import { makeTempDir } from '../helpers/tmp.js';
import { runScript, submitAudit } from '../ops/helpers.js';

const STORES = ['audits', 'agency', 'campaigns'] as const;
const AUDITS = 12;

let stack: TestStack;
const tmp = makeTempDir('tidemark-pg-backup-');
const backupDir = join(tmp.dir, 'backup');
const restoredDir = join(tmp.dir, 'restored');
let liveUrl: string;
let restoredUrl: string;
const acknowledged: string[] = [];
const loadedBackupDir = join(tmp.dir, 'backup-under-load');
const acknowledgedUnderLoad: { id: string; at: number }[] = [];
let loadedBackupStartedAt = 0;
let liveAtQuietBackup: Record<string, string>;

/** Per store and table: row count and a digest of every row, in a stable order; and each sequence's value. */
async function snapshotOf(url: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const schema of STORES) {
    const database = await openPostgresDatabase<any>(url, { maxConnections: 1, schema });
    try {
      const { rows: tables } = await sql<{ name: string }>`
        SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
          AND table_name <> 'schema_migrations'`.execute(database.db);
      for (const { name } of tables) {
        const { rows } = await sql<{ d: string }>`
          SELECT count(*)::text || ':' ||
            coalesce(md5(string_agg(to_jsonb(t)::text, '|' ORDER BY to_jsonb(t)::text)), '') AS d
          FROM ${sql.table(name)} t`.execute(database.db);
        out[`${schema}.${name}`] = rows[0]!.d;
      }
      const { rows: seqs } = await sql<{ name: string; v: string | null }>`
        SELECT sequencename AS name, last_value::text AS v FROM pg_sequences
        WHERE schemaname = current_schema()`.execute(database.db);
      for (const s of seqs) out[`${schema}.${s.name}`] = `seq ${s.v}`;
    } finally {
      await database.close();
    }
  }
  return out;
}

beforeAll(async () => {
  // The warehouse syncs once at start, then stays idle: its part of a backup waits for a running tick, and
  // under a stream of audits its ticks would hold the backup under load up for a minute or more.
  stack = await startTestStack({ without: ['dashboards'], syncIntervalSeconds: 3600 });
  // A backup asks the warehouse too, which refuses while its loop is still starting (its first tick): wait for it.
  await waitForWarehouseBuild(stack, 120_000);
  liveUrl = (await testDatabaseUrl(stack.dataDir))!;
  restoredUrl = (await testDatabaseUrl(join(tmp.dir, 'restored-database')))!;
  const partner = await stack.tokens.token('PARTNER', { org_id: 'org-backup', sub: 'backup@partner' });
  for (let n = 0; n < AUDITS; n++) {
    const result = await submitAudit(stack.gateway, partner, n, 'pg-backup');
    expect(result.id, result.code).not.toBeNull();
    acknowledged.push(result.id!);
  }
  const url = (name: string) => `http://127.0.0.1:${stack.ports[name]}/graphql`;
  const backupTo = (dir: string) =>
    runScript('scripts/backup.ts', ['--out', dir], {
      TIDEMARK_DATA_DIR: stack.dataDir,
      AUDITS_URL: url('audits'),
      AGENCY_URL: url('agency'),
      CAMPAIGNS_URL: url('campaigns'),
      WAREHOUSE_OPS_URL: `http://127.0.0.1:${stack.ports.warehouse}`,
    });
  const quiet = await backupTo(backupDir);
  expect(quiet.stderr).toBe('');
  expect(quiet.code).toBe(0);
  // Nothing writes meanwhile: the live stores as that backup saw them.
  liveAtQuietBackup = await snapshotOf(liveUrl);

  // A second backup while audits keep arriving through the gateway.
  let writing = true;
  const writer = (async () => {
    for (let n = 1000; writing; n++) {
      const result = await submitAudit(stack.gateway, partner, n, 'pg-backup');
      if (result.id) acknowledgedUnderLoad.push({ id: result.id, at: performance.now() });
      await new Promise((r) => setTimeout(r, 20)); // a steady trickle, not a flood: the machine is shared
    }
  })();
  while (acknowledgedUnderLoad.length < 3) await new Promise((r) => setTimeout(r, 50));
  loadedBackupStartedAt = performance.now();
  const loaded = await backupTo(loadedBackupDir);
  writing = false;
  await writer;
  expect(loaded.stderr).toBe('');
  expect(loaded.code).toBe(0);
  await stack.stop();
}, 240_000);

afterAll(async () => {
  await stack?.close();
  tmp.remove();
});

describe('backup and restore of stores on PostgreSQL', () => {
  it('dumps each store beside the DuckDB files, with per-table row counts in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8')) as BackupManifest;
    for (const service of STORES) {
      const part = manifest.parts.find((p) => p.service === service)!;
      expect(part.files).toEqual([`postgres/${service}`]);
    }
    const audits = manifest.parts.find((p) => p.service === 'audits')!;
    expect(audits.tables['postgres/audits:audits']).toBe(AUDITS);
    expect(manifest.parts.find((p) => p.service === 'warehouse')!.files).toContain('warehouse.duckdb');
  });

  it('restores every table and sequence of every store into a fresh database', async () => {
    const restore = await runScript('scripts/restore.ts', ['--from', backupDir, '--data-dir', restoredDir], {
      TIDEMARK_DATABASE_URL: restoredUrl,
    });
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(liveAtQuietBackup['audits.audits']).toMatch(new RegExp(`^${AUDITS}:`));
    expect(Object.keys(liveAtQuietBackup).length).toBeGreaterThan(10);
    expect(await snapshotOf(restoredUrl)).toEqual(liveAtQuietBackup);
  });

  it('serves the restored audits and continues their change feed above every restored seq', async () => {
    const migrations = fileURLToPath(new URL('../../subgraphs/audits/migrations', import.meta.url));
    const store = await openPostgresDatabase<DB>(restoredUrl, { migrationsDir: migrations, schema: 'audits' });
    try {
      const intake = new IntakeQueue(store.db);
      const { rows } = await sql<{ hi: string }>`SELECT max(change_seq)::text AS hi FROM audits`.execute(store.db);
      const watermark = Number(rows[0]!.hi);
      expect(watermark).toBeGreaterThan(0);
      // A backed-up idempotency key replays the backed-up audit instead of writing a second one.
      const stored = await store.db.selectFrom('idempotency_keys').select(['idempotency_key', 'audit_id']).execute();
      expect(stored.map((k) => k.audit_id).sort()).toEqual([...acknowledged].sort());
      const fresh = await submitThroughIntake(
        intake,
        'org-backup',
        auditInput({ supplier: facility({ name: 'Restored Mill' }) }),
      );
      expect(fresh.replayed).toBe(false);
      const written = await store.db
        .selectFrom('audits')
        .select('change_seq')
        .where('audit_id', '=', fresh.audit.audit_id)
        .executeTakeFirstOrThrow();
      const seq = Number(written.change_seq);
      expect(seq).toBeGreaterThan(watermark);
      const batch = await exportChangeBatch(store.db, {
        source: 'audits',
        table: 'audits',
        allowedTables: ['audits'],
        afterSeq: watermark,
        lakeDir: join(tmp.dir, 'lake'),
      });
      expect(batch.rowCount).toBe(1);
      expect(batch.toSeqInclusive).toBe(seq);
    } finally {
      await store.close();
    }
  });

  it('refuses to restore into a database that already holds the stores, and leaves it as it was', async () => {
    const before = await snapshotOf(restoredUrl);
    const again = await runScript('scripts/restore.ts', ['--from', backupDir, '--data-dir', join(tmp.dir, 'again')], {
      TIDEMARK_DATABASE_URL: restoredUrl,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds the audits store; restore into an unused database/);
    expect(await snapshotOf(restoredUrl)).toEqual(before);
  });

  it('takes a consistent backup while audits are written: each acknowledged before it began, each whole', async () => {
    expect(acknowledgedUnderLoad.filter((a) => a.at > loadedBackupStartedAt).length).toBeGreaterThan(0);
    const url = (await testDatabaseUrl(join(tmp.dir, 'restored-under-load')))!;
    const restore = await runScript(
      'scripts/restore.ts',
      ['--from', loadedBackupDir, '--data-dir', join(tmp.dir, 'restored-under-load')],
      { TIDEMARK_DATABASE_URL: url },
    );
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    const store = await openPostgresDatabase<DB>(url, { schema: 'audits' });
    try {
      const audits = await store.db.selectFrom('audits').select('audit_id').execute();
      const present = new Set(audits.map((a) => a.audit_id));
      const before = [
        ...acknowledged,
        ...acknowledgedUnderLoad.filter((a) => a.at < loadedBackupStartedAt).map((a) => a.id),
      ];
      expect(before.filter((id) => !present.has(id))).toEqual([]);
      // One snapshot: every restored audit has the one finding and corrective action it was written with.
      const { rows } = await sql<{ n: string }>`
        SELECT count(*)::text AS n FROM audits a
        WHERE (SELECT count(*) FROM findings f WHERE f.audit_id = a.audit_id) <> 1
           OR (SELECT count(*) FROM corrective_actions c JOIN findings f ON f.finding_id = c.finding_id
               WHERE f.audit_id = a.audit_id) <> 1`.execute(store.db);
      expect(rows[0]!.n).toBe('0');
      // The sequence is at or above every restored seq, so new writes cannot reuse one.
      const seqs = sql`SELECT change_seq FROM audits UNION ALL SELECT change_seq FROM findings
        UNION ALL SELECT change_seq FROM corrective_actions UNION ALL SELECT change_seq FROM suppliers`;
      const { rows: seq } = await sql<{ ok: boolean }>`
        SELECT (SELECT last_value FROM change_seq_counter) >= (SELECT max(change_seq) FROM (${seqs}) s) AS ok`.execute(
        store.db,
      );
      expect(seq[0]!.ok).toBe(true);
    } finally {
      await store.close();
    }
  });
});
