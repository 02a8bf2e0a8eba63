import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openDatabase } from '../../lib/duckdb/database.js';
import type { DB } from '../../subgraphs/audits/db-types.js';
import { submitAudit, submitAudits } from '../../subgraphs/audits/intake.js';
import { CHUNK_ROWS } from '../../subgraphs/audits/store/bulk-insert.js';
import { insertJsonStatements } from '../../subgraphs/audits/store/intake/inserts.js';
import { makeTempDir } from '../helpers/tmp.js';
import { auditInput, countRows, finding, MIGRATIONS, startServer, useTempStore } from './fixtures.js';

describe('audits store: rows prepared on arrival, written by prepared statements', () => {
  const store = useTempStore('audits-rows-');

  it('writes findings and corrective actions under the audit id, stamped with the group commit time', async () => {
    const text = `It's "closed"; -- '' \\ 🙂`;
    const { audit } = await submitAudit(
      store.intake,
      'org-acme',
      auditInput({ findings: [finding({ description: text, correctiveAction: { description: text, dueDate: '2024-06-30', status: 'CLOSED', closedDate: '2024-05-01' } })] }),
    );
    const rows = await store.db
      .selectFrom('findings as f')
      .innerJoin('corrective_actions as c', 'c.finding_id', 'f.finding_id')
      .select(['f.audit_id', 'f.description as finding', 'c.description as action', 'c.status', 'c.closed_date', 'c.updated_at'])
      .where('f.audit_id', '=', audit.audit_id)
      .execute();
    expect(rows).toEqual([{ audit_id: audit.audit_id, finding: text, action: text, status: 'CLOSED', closed_date: '2024-05-01', updated_at: audit.submitted_at }]);
  });

  it('stores a group whose rows span several insert statements, none lost', async () => {
    const before = await countRows(store.db);
    const findings = Array.from({ length: 200 }, (_, i) => finding({ description: `Finding ${i}` }));
    const audits = 30; // 6,000 findings and as many corrective actions: more than one statement each
    expect(audits * findings.length).toBeGreaterThan(CHUNK_ROWS);
    const results = await submitAudits(store.intake, 'org-acme', Array.from({ length: audits }, (_, i) => ({ input: auditInput({ findings, workersInterviewed: i + 1 }) })));
    expect(await countRows(store.db)).toMatchObject({
      audits: before.audits + audits,
      findings: before.findings + audits * findings.length,
      corrective_actions: before.corrective_actions + audits * findings.length,
    });
    const perAudit = await sql<{ audit_id: string; n: number }>`
      SELECT audit_id, count(*) AS n FROM findings WHERE audit_id IN (${sql.join(results.map((r) => r.audit.audit_id))})
        GROUP BY audit_id`.execute(store.db);
    expect(perAudit.rows.map((r) => Number(r.n))).toEqual(Array(audits).fill(findings.length));
  });

  it('splits serialised rows into statements of at most CHUNK_ROWS rows, skipping empty parts', () => {
    const part = { json: '{"a":1}', count: 2_000 };
    const statements = insertJsonStatements('findings', [part, { json: '', count: 0 }, part, part, part], '2024-01-01T00:00:00.000Z');
    expect(statements).toHaveLength(2);
    expect(statements[0]).toBe(`EXECUTE intake_insert_findings('[{"a":1},{"a":1}]')`);
    // Tables with timestamps take the group's time as a second argument.
    expect(insertJsonStatements('corrective_actions', [part], '2024-01-01T00:00:00.000Z')[0]).toBe(
      `EXECUTE intake_insert_corrective_actions('[{"a":1}]', '2024-01-01T00:00:00.000Z')`,
    );
  });
});

describe('audits server: store settings', () => {
  const storageVersion = async (db: import('kysely').Kysely<DB>) =>
    (await sql<{ tags: string }>`SELECT tags::VARCHAR AS tags FROM duckdb_databases() WHERE database_name = current_database()`.execute(db)).rows[0]!.tags;
  const setting = async (db: import('kysely').Kysely<DB>, name: string) =>
    (await sql<{ v: string }>`SELECT current_setting(${name})::VARCHAR AS v`.execute(db)).rows[0]!.v;

  it('creates a new store in the current storage format and checkpoints at 64 MB of WAL', async () => {
    const tmp = makeTempDir('audits-settings-');
    const { server } = await startServer(tmp.dir);
    try {
      expect(await storageVersion(server.db)).not.toContain('v1.0.0');
      expect(await setting(server.db, 'checkpoint_threshold')).toBe('64.0 MiB');
    } finally {
      await server.stop();
      tmp.remove();
    }
  });

  it('keeps the storage format of an existing store', async () => {
    const tmp = makeTempDir('audits-settings-');
    const existing = await openDatabase<DB>(`${tmp.dir}/audits.duckdb`, { migrationsDir: MIGRATIONS });
    await existing.close();
    const { server } = await startServer(tmp.dir);
    try {
      expect(await storageVersion(server.db)).toContain('v1.0.0');
      const { audit } = await submitAudit(server.intake, 'org-acme', auditInput());
      expect(audit.partner_org_id).toBe('org-acme');
    } finally {
      await server.stop();
      tmp.remove();
    }
  });
});
