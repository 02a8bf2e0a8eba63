/** Shared inputs and helpers for the audits tests: valid submissions to vary, row counts, a store on a temp file. */
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import type { DB } from '../../subgraphs/audits/db-types.js';
import { IntakeQueue } from '../../subgraphs/audits/store/intake/queue.js';
import { openTestStore, testDatabaseUrl } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';

export const MIGRATIONS = fileURLToPath(new URL('../../subgraphs/audits/migrations', import.meta.url));

export function facility(overrides: Record<string, unknown> = {}) {
  return {
    name: 'PT. Ungaran Indah Busana',
    address: 'Jl. Diponegoro No. 235, Ungaran',
    countryCode: 'ID',
    sector: 'GARMENTS',
    goods: ['Garments'],
    workerCount: 1200,
    migrantWorkerShare: 0.1,
    tier: 1,
    ...overrides,
  };
}

export function finding(overrides: Record<string, unknown> = {}) {
  return {
    iloIndicator: 'EXCESSIVE_OVERTIME',
    schemeSeverity: 'Major',
    severity: 'S3',
    description: 'Workers did more than 60 hours a week in peak season',
    correctiveAction: { description: 'Cap weekly hours at 60 and record them', dueDate: '2024-06-30' },
    ...overrides,
  };
}

export function auditInput(overrides: Record<string, unknown> = {}) {
  return {
    supplier: facility(),
    scheme: 'SMETA',
    type: 'INITIAL',
    announcement: 'UNANNOUNCED',
    auditDate: '2024-03-01',
    workersInterviewed: 40,
    findings: [finding(), finding({ iloIndicator: 'DEBT_BONDAGE', severity: 'S0', schemeSeverity: 'Compliant', description: 'No recruitment fees found', correctiveAction: null })],
    ...overrides,
  };
}

export type RowCounts = Record<'suppliers' | 'audits' | 'findings' | 'corrective_actions' | 'idempotency_keys', number>;

export async function countRows(db: Kysely<DB>): Promise<RowCounts> {
  const out = {} as RowCounts;
  for (const table of ['suppliers', 'audits', 'findings', 'corrective_actions', 'idempotency_keys'] as const) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db);
    out[table] = Number(rows[0]!.n);
  }
  return out;
}

/** A store on the engine under test (tests/helpers/postgres.ts): a DuckDB file in `dir`, or its PostgreSQL database. */
export async function openStore(dir: string) {
  const database = await openTestStore<DB>('audits', dir, MIGRATIONS);
  return { db: database.db, intake: new IntakeQueue(database.db), close: () => database.close() };
}

export type Store = Awaited<ReturnType<typeof openStore>>;

/**
 * A store in a temp dir for the enclosing describe: opened before its tests, closed and removed after. The
 * object is filled in by beforeAll, so tests read `store.db` / `store.intake` as usual.
 */
export function useTempStore(prefix: string): Store {
  const tmp = makeTempDir(prefix);
  const store = {} as Store;
  beforeAll(async () => {
    Object.assign(store, await openStore(tmp.dir));
  });
  afterAll(async () => {
    await store.close?.();
    tmp.remove();
  });
  return store;
}

/** The real subgraph server on port 0, with tokens minted from the secret it reads. */
export async function startServer(dataDir: string) {
  const { start } = await import('../../subgraphs/audits/server.js');
  const { createLogger } = await import('../../lib/logger.js');
  const { tokenFactory } = await import('../helpers/tokens.js');
  const tokens = tokenFactory(dataDir);
  const databaseUrl = await testDatabaseUrl(dataDir, 'audits');
  const server = await start({ port: 0, dataDir, databaseUrl, log: createLogger('audits-test', 'silent') });
  return { server, url: server.url, tokens };
}

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitAuditInput!, $key: String) {
    submitAudit(input: $input, idempotencyKey: $key) {
      replayed
      audit { id partnerOrgId auditDate supplier { id name country { code } } findings { severity iloIndicator correctiveAction { status dueDate isOverdue } } }
    }
  }`;
