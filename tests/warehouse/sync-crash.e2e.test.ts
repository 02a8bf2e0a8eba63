/**
 * kill -9 at any point, then a re-run, gives the same warehouse as an uninterrupted run. The real audits,
 * agency and campaigns subgraphs run as processes over the demo data; the warehouse CLI (`run`: sync, build,
 * publish) runs as a child that sends itself SIGKILL at a chosen step (WAREHOUSE_CRASH_AT_STEP, see
 * warehouse/sync/crash-points.ts): inside a load transaction, between commit and lake-file removal, mid-build,
 * mid-publish. After the re-run, every mart's checksum must equal the uninterrupted run's.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { REPO_ROOT } from '../../scripts/stack.js';
import { openWarehouse } from '../../warehouse/db.js';
import { readCurrentSnapshot } from '../../warehouse/snapshot/snapshot-files.js';
import { makeTempDir } from '../helpers/tmp.js';
import { martChecksums } from './helpers/checksum.js';
import { startSources, tombstoneSourceRow, writeSourceRows, type RunningSources } from './helpers/sources.js';

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

function runWarehouse(dataDir: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'warehouse/cli.ts', 'run', '--as-of', AS_OF], {
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
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => resolveRun({ code, signal, stderr }));
  });
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
    ['inside a load transaction, after the watermark moved but before commit', /^raw_agency__indicator_values:watermark$/],
    ['after a commit, before the lake file was removed', /^raw_campaigns__campaign_metrics:committed$/],
    ['mid-build', /^build:mart_supplier_risk$/],
    ['mid-publish, with the pointer written but not renamed', /^publish:pointer-written$/],
  ])('recovers from a crash %s', async (_when, pattern) => {
    const dir = join(tmp.dir, `crash-${stepOf(pattern)}`);
    const crashed = await runWarehouse(dir, { WAREHOUSE_CRASH_AT_STEP: String(stepOf(pattern)) });
    expect(crashed.signal, crashed.stderr).toBe('SIGKILL');
    const rerun = await runWarehouse(dir);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await checksumsOf(dir)).toEqual(reference);
    expect(readCurrentSnapshot(dir)?.asOf).toBe(AS_OF);
  }, 120_000);

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
    const crashed = join(tmp.dir, 'incremental-crashed');
    for (const dir of [traced, crashed]) expect((await runWarehouse(dir)).code).toBe(0);
    await sources.writeTo('audits', async (db) => {
      await writeSourceRows(db, 'audits', [
        { audit_id: 'aud-crash-1', supplier_id: 'sup-0003', partner_org_id: 'org-acme', scheme: 'SMETA', audit_type: 'FOLLOW_UP', announcement: 'UNANNOUNCED', audit_date: '2025-12-01', workers_interviewed: 9, submitted_at: '2025-12-02T00:00:00Z' },
      ]);
      await sql`UPDATE audits SET supplier_id = 'sup-0004', change_seq = nextval('change_seq_counter') WHERE audit_id = 'aud-00020'`.execute(db);
      await tombstoneSourceRow(db, 'findings', 'finding_id', 'fnd-000033');
    });
    const fresh = join(tmp.dir, 'after-change-fresh');
    expect((await runWarehouse(fresh)).code).toBe(0);
    const expected = await checksumsOf(fresh);
    expect(expected).not.toEqual(reference);

    const trace = stepsOf(await runWarehouse(traced, { WAREHOUSE_CRASH_TRACE: '1' }));
    expect(await checksumsOf(traced)).toEqual(expected);
    const crash = await runWarehouse(crashed, { WAREHOUSE_CRASH_AT_STEP: String(stepOf(/^build:mart_audit_facts$/, trace)) });
    expect(crash.signal).toBe('SIGKILL');
    const rerun = await runWarehouse(crashed);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await checksumsOf(crashed)).toEqual(expected);
  }, 180_000);
});
