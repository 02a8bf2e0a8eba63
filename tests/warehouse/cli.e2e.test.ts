/** `npm run warehouse -- …` as a user runs it: a child process, its output and exit code. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/stack.js';
import { makeTempDir } from '../helpers/tmp.js';
import { readPublishedBuild } from '../../lib/snapshot-contract.js';

const tmp = makeTempDir('tidemark-cli-');
afterAll(() => tmp.remove());

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'warehouse/cli.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolveRun({ code, stdout, stderr }));
  });
}

describe('warehouse CLI', () => {
  it('prints the status of a warehouse that never synced', async () => {
    const run = await cli(['status', '--data-dir', tmp.dir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('watermarks:\n  (never synced)');
    expect(run.stdout).toContain('snapshot: none published yet');
  });

  it('builds at --as-of, prints rows per model and publishes a snapshot', async () => {
    const run = await cli(['build', '--data-dir', tmp.dir, '--as-of', '2024-06-30']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/build: \d+ models at asOf 2024-06-30 \(risk-v1\) in [\d.]+ s; 0 suppliers recomputed/);
    expect(run.stdout).toMatch(/0 suppliers recomputed incrementally; \d+ model tests, 0 failed/);
    expect(run.stdout).toMatch(/mart_periods\s+table\s+full\s+\d+ rows/);
    expect(run.stdout).toMatch(/snapshot: build \S+ \(built .+, asOf 2024-06-30, \d+ tables in \d+ files\)/);
    expect(readPublishedBuild(tmp.dir)?.asOf).toBe('2024-06-30');
    const status = await cli(['status', '--data-dir', tmp.dir]);
    expect(status.stdout).toMatch(/mart_periods\s+850 rows/); // months, quarters and years of 2000–2049
  });

  it('fails with a message naming the unreachable subgraph', async () => {
    const run = await cli(['sync', '--data-dir', tmp.dir], {
      AUDITS_URL: 'http://127.0.0.1:9/graphql',
      AGENCY_URL: 'http://127.0.0.1:9/graphql',
      CAMPAIGNS_URL: 'http://127.0.0.1:9/graphql',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'FAILED: audits.suppliers: cannot reach the audits subgraph at http://127.0.0.1:9/graphql',
    );
    expect(run.stderr).toContain('warehouse sync failed');
  });

  it('rejects an unknown command and a date that does not exist', async () => {
    const unknown = await cli(['rebuild']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('usage: npm run warehouse -- sync|build|run|status');
    const badDate = await cli(['build', '--data-dir', join(tmp.dir, 'other'), '--as-of', '2024-02-30']);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('--as-of: expected a calendar date YYYY-MM-DD, got "2024-02-30"');
    expect(existsSync(join(tmp.dir, 'other', 'warehouse.duckdb'))).toBe(false);
  });
});
