/**
 * kill -9 at any point, then a re-run, gives the same warehouse as an uninterrupted run. The real audits,
 * agency and campaigns subgraphs run as processes over the demo data; the warehouse CLI (`run`: sync, build,
 * publish) runs as a child that sends itself SIGKILL at a chosen step (WAREHOUSE_CRASH_AT_STEP, see
 * warehouse/sync/crash-points.ts): inside a load transaction, between commit and lake-file removal, mid-build,
 * mid-publish. After the re-run, every mart's checksum must equal the uninterrupted run's. The warehouse loop
 * of `npm start` (warehouse/index.ts) killed after a sync committed but before the build, or after the build
 * but before the publish, catches up once restarted, though its sync then finds nothing new.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { REPO_ROOT } from '../../scripts/stack.js';
import { openPublishedBuild } from '../../lib/snapshot-reader.js';
import { openWarehouse, querySql } from '../../warehouse/db.js';
import { readBuildInfo } from '../../warehouse/models/build-state.js';
import { readWatermarks } from '../../warehouse/sync/watermarks.js';
import { makeTempDir } from '../helpers/tmp.js';
import { martChecksums, tableChecksum } from './helpers/checksum.js';
import { startSources, tombstoneSourceRow, writeSourceRows, type RunningSources } from './helpers/sources.js';
import { readPublishedBuild } from '../../lib/snapshot-contract.js';

const AS_OF = '2025-12-31';
const tmp = makeTempDir('tidemark-crash-');
const sourcesDir = join(tmp.dir, 'sources');
let sources: RunningSources;
let reference: Record<string, string>;
let steps: string[];

interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function spawnWarehouse(args: string[], dataDir: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      TIDEMARK_DATA_DIR: dataDir,
      TIDEMARK_JWT_SECRET_FILE: join(sourcesDir, 'jwt-secret'),
      AUDITS_URL: sources.urls.audits,
      AGENCY_URL: sources.urls.agency,
      CAMPAIGNS_URL: sources.urls.campaigns,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

function exitOf(child: ChildProcess): Promise<CliRun> {
  return new Promise((resolveRun, reject) => {
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => resolveRun({ code, signal, stderr }));
  });
}

/** The loop of `npm start` (warehouse/index.ts), its operator port on a free port, a tick every second. */
function spawnLoop(dataDir: string, env: Record<string, string> = {}): ChildProcess {
  return spawnWarehouse(['warehouse/index.ts'], dataDir, { PORT: '0', WAREHOUSE_SYNC_INTERVAL_SECONDS: '1', ...env });
}

function runWarehouse(dataDir: string, env: Record<string, string> = {}): Promise<CliRun> {
  return exitOf(spawnWarehouse(['warehouse/cli.ts', 'run', '--as-of', AS_OF], dataDir, env));
}

/**
 * Runs the loop of `npm start` (warehouse/index.ts: a tick at start, then every second) until `done` holds for
 * the data dir, then stops it with SIGTERM; or, given a crash label, until it kills itself there.
 */
async function runLoop(
  dataDir: string,
  until: { done: () => Promise<boolean> } | { crashAt: string },
): Promise<CliRun> {
  const crash: Record<string, string> = 'crashAt' in until ? { WAREHOUSE_CRASH_AT_LABEL: until.crashAt } : {};
  const child = spawnLoop(dataDir, crash);
  const exited = exitOf(child);
  if ('done' in until) {
    try {
      const deadline = Date.now() + 60_000;
      while (child.exitCode === null && Date.now() < deadline && !(await until.done()))
        await new Promise((r) => setTimeout(r, 200));
    } finally {
      child.kill('SIGTERM');
    }
  }
  return exited;
}

/**
 * Stopped by our SIGTERM: the service runner finishes the running tick, closes the warehouse and exits 0, also
 * when the signal came during the loop's first tick (before start had finished).
 */
const stoppedCleanly = (run: CliRun) => run.code === 0 && run.signal === null;

/** Whether the published build (read as insights reads it, no lock taken) holds that audit. */
async function publishedHasAudit(dataDir: string, auditId: string): Promise<boolean> {
  const published = readPublishedBuild(dataDir);
  if (!published) return false;
  const reader = await openPublishedBuild<any>(dataDir, published);
  try {
    return (
      (
        await querySql<{ n: number }>(
          reader.db,
          `SELECT count(*) AS n FROM mart_audit_facts WHERE audit_id = '${auditId}'`,
        )
      )[0]!.n === 1
    );
  } finally {
    await reader.close();
  }
}

/** Every table of the published build, read through its views as insights reads it, equals the warehouse's. */
async function expectPublishedAsWarehouse(dataDir: string): Promise<void> {
  const published = readPublishedBuild(dataDir)!;
  const warehouse = await openWarehouse(dataDir);
  const reader = await openPublishedBuild<any>(dataDir, published);
  try {
    for (const table of published.tables)
      expect(await tableChecksum(reader.db, table.name), table.name).toBe(
        await tableChecksum(warehouse.db, table.name),
      );
  } finally {
    await reader.close();
    await warehouse.close();
  }
}

/** Whether the published build shows every row the warehouse has synced. */
async function publishedIsCurrent(dataDir: string): Promise<boolean> {
  const published = readPublishedBuild(dataDir);
  if (!published) return false;
  const warehouse = await openWarehouse(dataDir);
  try {
    const seqs = (ws: { source: string; table: string; seq: number }[]) =>
      ws
        .map((w) => `${w.source}.${w.table}=${w.seq}`)
        .sort()
        .join();
    return seqs(published.watermarks) === seqs(await readWatermarks(warehouse.db));
  } finally {
    await warehouse.close();
  }
}

async function checksumsOf(dataDir: string): Promise<Record<string, string>> {
  const warehouse = await openWarehouse(dataDir);
  try {
    return await martChecksums(warehouse.db);
  } finally {
    await warehouse.close();
  }
}

/** Crash-point labels of an uninterrupted run, from its trace. */
function stepsOf(run: CliRun): string[] {
  return [...run.stderr.matchAll(/^crash-point \d+ (.+)$/gm)].map((m) => m[1]!);
}

/** The step number of the first crash point whose label matches. */
function stepOf(pattern: RegExp, trace: string[] = steps): number {
  const index = trace.findIndex((label) => pattern.test(label));
  if (index < 0) throw new Error(`no crash point matches ${pattern}`);
  return index + 1;
}

beforeAll(async () => {
  sources = await startSources(sourcesDir, { seedDemo: true });
  const run = await runWarehouse(join(tmp.dir, 'uninterrupted'), { WAREHOUSE_CRASH_TRACE: '1' });
  expect(run.code, run.stderr).toBe(0);
  steps = stepsOf(run);
  reference = await checksumsOf(join(tmp.dir, 'uninterrupted'));
}, 180_000);

afterAll(async () => {
  await sources?.stop();
  tmp.remove();
});

describe('warehouse sync: kill -9 and re-run', () => {
  it('an uninterrupted run passes every crash point and builds non-empty marts', () => {
    expect(steps.length).toBeGreaterThan(50);
    expect(reference.mart_supplier_risk).toMatch(/^500:/);
  });

  it.each([
    ['before the first fetch', /^audits\.suppliers:fetch$/],
    ['inside a load transaction, after the rows were inserted', /^raw_audits__findings:inserted$/],
    [
      'inside a load transaction, after the watermark moved but before commit',
      /^raw_agency__indicator_values:watermark$/,
    ],
    ['after a commit, before the lake file was removed', /^raw_campaigns__campaign_metrics:committed$/],
    ['mid-build', /^build:mart_supplier_risk$/],
    ['mid-publish, with the files written but no manifest', /^publish:files-written$/],
    ['mid-publish, with the pointer written but not renamed', /^publish:pointer-written$/],
  ])(
    'recovers from a crash %s',
    async (_when, pattern) => {
      const dir = join(tmp.dir, `crash-${stepOf(pattern)}`);
      const crashed = await runWarehouse(dir, { WAREHOUSE_CRASH_AT_STEP: String(stepOf(pattern)) });
      expect(crashed.signal, crashed.stderr).toBe('SIGKILL');
      const rerun = await runWarehouse(dir);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(await checksumsOf(dir)).toEqual(reference);
      expect(readPublishedBuild(dir)?.asOf).toBe(AS_OF);
    },
    120_000,
  );

  it('recovers from two crashes in a row', async () => {
    const dir = join(tmp.dir, 'crash-twice');
    const first = await runWarehouse(dir, { WAREHOUSE_CRASH_AT_STEP: String(stepOf(/^raw_audits__audits:inserted$/)) });
    expect(first.signal).toBe('SIGKILL');
    const second = await runWarehouse(dir, { WAREHOUSE_CRASH_AT_STEP: String(Math.floor(steps.length / 2)) });
    expect(second.signal).toBe('SIGKILL');
    const rerun = await runWarehouse(dir);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await checksumsOf(dir)).toEqual(reference);
  }, 120_000);

  it('recovers from a crash in an incremental sync and build after the sources changed', async () => {
    const traced = join(tmp.dir, 'incremental-traced');
    // Mid-build, and with the build's layer files written but its state not recorded (files no build lists).
    const crashes = [/^build:mart_audit_facts$/, /^build:layers-written$/];
    const crashed = crashes.map((_, i) => join(tmp.dir, `incremental-crashed-${i}`));
    for (const dir of [traced, ...crashed]) expect((await runWarehouse(dir)).code).toBe(0);
    await sources.writeTo('audits', async (db) => {
      await writeSourceRows(db, 'audits', [
        {
          audit_id: 'aud-crash-1',
          supplier_id: 'sup-0003',
          partner_org_id: 'org-acme',
          scheme: 'SMETA',
          audit_type: 'FOLLOW_UP',
          announcement: 'UNANNOUNCED',
          audit_date: '2025-12-01',
          workers_interviewed: 9,
          submitted_at: '2025-12-02T00:00:00Z',
        },
      ]);
      await sql`UPDATE audits SET supplier_id = 'sup-0004', change_seq = nextval('change_seq_counter')
        WHERE audit_id = 'aud-00020'`.execute(db);
      await tombstoneSourceRow(db, 'findings', 'finding_id', 'fnd-000033');
    });
    const fresh = join(tmp.dir, 'after-change-fresh');
    expect((await runWarehouse(fresh)).code).toBe(0);
    const expected = await checksumsOf(fresh);
    expect(expected).not.toEqual(reference);

    const trace = stepsOf(await runWarehouse(traced, { WAREHOUSE_CRASH_TRACE: '1' }));
    expect(await checksumsOf(traced)).toEqual(expected);
    for (const [i, pattern] of crashes.entries()) {
      const crash = await runWarehouse(crashed[i]!, { WAREHOUSE_CRASH_AT_STEP: String(stepOf(pattern, trace)) });
      expect(crash.signal, String(pattern)).toBe('SIGKILL');
      const rerun = await runWarehouse(crashed[i]!);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(await checksumsOf(crashed[i]!), String(pattern)).toEqual(expected);
      await expectPublishedAsWarehouse(crashed[i]!);
    }
  }, 240_000);

  it.each([
    ['a sync committed but not built', '^build:'],
    ['a build finished but not published', '^publish:pointer-written$'],
  ])(
    'the loop catches up after it was killed with %s, though its next sync finds nothing new',
    async (_state, label) => {
      const dir = join(tmp.dir, `loop-${label.replace(/\W/g, '')}`);
      // The loop's date is today (no --as-of), so the expected marts come from a fresh run at today's date.
      const today = new Date().toISOString().slice(0, 10);
      const auditId = `aud-loop-${label.length}`;
      expect(stoppedCleanly(await runLoop(dir, { done: async () => readPublishedBuild(dir) !== null }))).toBe(true);
      expect(await publishedIsCurrent(dir)).toBe(true);
      await sources.writeTo('audits', (db) =>
        writeSourceRows(db, 'audits', [
          {
            audit_id: auditId,
            supplier_id: 'sup-0007',
            partner_org_id: 'org-acme',
            scheme: 'SMETA',
            audit_type: 'FOLLOW_UP',
            announcement: 'ANNOUNCED',
            audit_date: '2025-11-01',
            workers_interviewed: 12,
            submitted_at: '2025-11-02T00:00:00Z',
          },
        ]),
      );
      const crashed = await runLoop(dir, { crashAt: label });
      expect(crashed.signal, crashed.stderr).toBe('SIGKILL');
      // The new rows are in the warehouse, not in the published build.
      expect(await publishedIsCurrent(dir)).toBe(false);
      const warehouse = await openWarehouse(dir);
      const builtBefore = (await readBuildInfo(warehouse.db))!.buildId;
      await warehouse.close();

      expect(await publishedHasAudit(dir, auditId)).toBe(false);
      expect(stoppedCleanly(await runLoop(dir, { done: () => publishedHasAudit(dir, auditId) }))).toBe(true);
      expect(await publishedIsCurrent(dir)).toBe(true);
      const published = readPublishedBuild(dir)!;
      // A build that finished is published as it is, not built again.
      if (label.startsWith('^publish')) expect(published.buildId).toBe(builtBefore);
      else expect(published.buildId).not.toBe(builtBefore);
      expect(readdirSync(join(dir, 'snapshots')).filter((f) => f.endsWith('.tmp'))).toEqual([]);

      const fresh = join(tmp.dir, `loop-fresh-${label.replace(/\W/g, '')}`);
      const run = await exitOf(spawnWarehouse(['warehouse/cli.ts', 'run', '--as-of', today], fresh, {}));
      expect(run.code, run.stderr).toBe(0);
      expect(await checksumsOf(dir)).toEqual(await checksumsOf(fresh));
    },
    240_000,
  );

  it("a SIGTERM during the loop's first tick lets the tick finish, closes the warehouse and exits 0", async () => {
    const dir = join(tmp.dir, 'loop-first-tick');
    const child = spawnLoop(dir);
    const exited = exitOf(child);
    // warehouse.duckdb exists once the loop has opened it; its first tick (sync and a full build) starts then.
    const deadline = Date.now() + 60_000;
    while (!existsSync(join(dir, 'warehouse.duckdb')) && child.exitCode === null && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    const run = await exited;
    expect({ code: run.code, signal: run.signal }, run.stderr).toEqual({ code: 0, signal: null });
    expect(readPublishedBuild(dir)?.buildId).toBeDefined(); // the tick ran to its publish
    const warehouse = await openWarehouse(dir); // and the file was let go of
    await warehouse.close();
  }, 120_000);
});
