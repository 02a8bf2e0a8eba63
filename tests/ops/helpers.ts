/** Shared by the operations tests: run a repo script as its own process, checksum DuckDB tables, submit audits. */
import { spawn } from 'node:child_process';
import { sql } from 'kysely';
import { openDatabase } from '../../lib/duckdb/database.js';
import type { PublishedBuild } from '../../lib/snapshot-contract.js';
import { openPublishedBuild } from '../../lib/snapshot-reader.js';
import { REPO_ROOT } from '../../scripts/stack.js';
import { gql } from '../helpers/graphql.js';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node --import tsx <script> ...args` from the repo root, as `npm run <script>` does. */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Per table of a DuckDB file: row count and an order-independent checksum of every row's values. */
export async function tableChecksums(path: string, skip: readonly string[] = []): Promise<Record<string, string>> {
  const database = await openDatabase<any>(path, { readOnly: true });
  try {
    const { rows } = await sql<{ name: string }>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_catalog = current_database() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(database.db);
    const sums: Record<string, string> = {};
    for (const { name } of rows.filter((r) => !skip.includes(r.name))) {
      const { rows: r } = await sql<{ n: number; h: string | null }>`
        SELECT count(*) AS n, sum(hash(t)::HUGEINT)::VARCHAR AS h FROM ${sql.table(name)} t`.execute(database.db);
      sums[name] = `${r[0]!.n}:${r[0]!.h ?? 0}`;
    }
    return sums;
  } finally {
    await database.close();
  }
}

/** As tableChecksums, for every table of a published build, read through its views as insights reads it. */
export async function publishedChecksums(
  dataDir: string,
  build: PublishedBuild,
  skip: readonly string[] = [],
): Promise<Record<string, string>> {
  const database = await openPublishedBuild<any>(dataDir, build);
  try {
    const sums: Record<string, string> = {};
    for (const { name } of build.tables.filter((t) => !skip.includes(t.name))) {
      const { rows: r } = await sql<{ n: number; h: string | null }>`
        SELECT count(*) AS n, sum(hash(t)::HUGEINT)::VARCHAR AS h FROM ${sql.table(name)} t`.execute(database.db);
      sums[name] = `${r[0]!.n}:${r[0]!.h ?? 0}`;
    }
    return sums;
  } finally {
    await database.close();
  }
}

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitAuditInput!, $key: String) {
    submitAudit(input: $input, idempotencyKey: $key) {
      audit {
        id
      }
    }
  }
`;

/** A valid audit for a supplier of its own (name varies with `n`), dated within the last year. */
function auditInput(n: number) {
  const day = new Date(Date.UTC(2025, 0, 1) + (n % 300) * 86_400_000).toISOString().slice(0, 10);
  return {
    supplier: {
      name: `Soak Garments ${n} Co. Ltd`,
      address: `${n} Industrial Road, Bangkok`,
      countryCode: 'TH',
      sector: 'GARMENTS',
      goods: ['Garments'],
      workerCount: 300 + (n % 50),
      migrantWorkerShare: 0.2,
      tier: 1,
    },
    scheme: 'SMETA',
    type: 'INITIAL',
    announcement: 'UNANNOUNCED',
    auditDate: day,
    workersInterviewed: 20,
    findings: [
      {
        iloIndicator: 'EXCESSIVE_OVERTIME',
        schemeSeverity: 'Non-compliance',
        severity: 'S2',
        description: 'Overtime above the legal limit',
        correctiveAction: { description: 'Cap overtime', dueDate: '2026-12-31', status: 'OPEN' },
      },
    ],
  };
}

/** Submits audit `n` with an idempotency key; the audit id when acknowledged, else null. */
export async function submitAudit(
  gateway: string,
  token: string,
  n: number,
  keyPrefix: string,
): Promise<{ id: string | null; status: number; code?: string }> {
  const response = await gql(gateway, SUBMIT, { input: auditInput(n), key: `${keyPrefix}-${n}` }, token);
  const id = (response.data?.submitAudit?.audit?.id as string | undefined) ?? null;
  return { id: response.errors ? null : id, status: response.status, code: response.errors?.[0]?.extensions?.code };
}
