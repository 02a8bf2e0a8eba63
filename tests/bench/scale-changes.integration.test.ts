/**
 * The bench's source changes other than plain inserts (bench/scale/changes.ts, appendAudits' late audits) must
 * reach the warehouse as the audits subgraph's own changes do: every changed row above the last change_seq the
 * warehouse could have synced, deletions as tombstones, and every corrective action still within the subgraph's
 * rules (subgraphs/audits/corrective-action-rules.ts), or the full-scale equivalence check would compare builds
 * of data the API could never hold.
 */
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/duckdb/database.js';
import { appendAudits } from '../../bench/scale/append.js';
import { changeSourceRows, type SourceChanges } from '../../bench/scale/changes.js';
import { generateScale } from '../../bench/scale/generate.js';
import { LAST_DAY } from '../../bench/scale/options.js';
import { findStateViolation } from '../../subgraphs/audits/corrective-action-rules.js';
import type { CorrectiveActionStatus } from '../../subgraphs/audits/domain.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir('tidemark-scale-changes-');
afterAll(() => tmp.remove());

const SIZE = { suppliers: 200, audits: 2_000, findingsPerAudit: 5, seed: 7 };
const CHANGES: SourceChanges = { actionUpdates: 30, redatedAudits: 4, deletedAudits: 5, deletedFindings: 12 };

async function generated(name: string): Promise<string> {
  const dataDir = join(tmp.dir, name);
  await generateScale({ ...SIZE, dataDir, force: true, log: () => {} });
  return dataDir;
}

async function withStore<T>(dataDir: string, fn: (db: Kysely<any>) => Promise<T>): Promise<T> {
  const store = await openDatabase<any>(join(dataDir, 'audits.duckdb'));
  try {
    return await fn(store.db);
  } finally {
    await store.close();
  }
}

const rows = async <T>(db: Kysely<any>, text: string) => (await sql.raw<T>(text).execute(db)).rows;
const maxSeq = (db: Kysely<any>) =>
  rows<{ seq: number }>(
    db,
    `SELECT max(change_seq) AS seq FROM (SELECT change_seq FROM audits UNION ALL SELECT change_seq FROM findings
      UNION ALL SELECT change_seq FROM corrective_actions)`,
  ).then((r) => Number(r[0]!.seq));

describe('bench/scale: changes other than inserts', () => {
  it('writes late audits, updates and tombstones above every earlier change_seq, within the rules', async () => {
    const dataDir = await generated('store');
    const firstSeq = await withStore(dataDir, maxSeq);
    await appendAudits(dataDir, 50, { late: true });
    const before = await withStore(dataDir, async (db) => ({
      seq: await maxSeq(db),
      actions: await rows<{ id: string; status: string; due: string }>(
        db,
        `SELECT corrective_action_id AS id, status, CAST(due_date AS VARCHAR) AS due FROM corrective_actions`,
      ),
      dates: await rows<{ id: string; date: string }>(
        db,
        `SELECT audit_id AS id, CAST(audit_date AS VARCHAR) AS date FROM audits`,
      ),
    }));
    const counts = await changeSourceRows(dataDir, CHANGES, 1);
    expect(counts).toEqual(CHANGES);

    await withStore(dataDir, async (db) => {
      const late = await rows<{ date: string; submitted: string }>(
        db,
        `SELECT CAST(audit_date AS VARCHAR) AS date, CAST(submitted_at AS VARCHAR) AS submitted FROM audits
          WHERE audit_id >= 'aud-${String(SIZE.audits).padStart(9, '0')}' AND change_seq > ${firstSeq}`,
      );
      expect(late).toHaveLength(50);
      for (const audit of late) {
        expect(audit.date < '2019-01-01').toBe(true);
        expect(audit.submitted).toBe(`${LAST_DAY} 18:00:00`);
      }

      // Every change is above what a warehouse synced before it, so the change feed hands it over again.
      const changed = await rows<{ kind: string; n: number }>(
        db,
        `SELECT 'deleted audits' AS kind, count(*) AS n FROM audits WHERE is_deleted AND change_seq > ${before.seq}
         UNION ALL SELECT 'deleted findings', count(*) FROM findings WHERE is_deleted AND change_seq > ${before.seq}
         UNION ALL SELECT 'live rows deleted', count(*) FROM (SELECT is_deleted, change_seq FROM audits
           UNION ALL SELECT is_deleted, change_seq FROM findings) WHERE is_deleted AND change_seq <= ${before.seq}`,
      );
      expect(Object.fromEntries(changed.map((r) => [r.kind, Number(r.n)]))).toEqual({
        'deleted audits': CHANGES.deletedAudits,
        'deleted findings': CHANGES.deletedFindings,
        'live rows deleted': 0,
      });
      const actions = await rows<{ id: string; status: string; due: string; seq: number }>(
        db,
        `SELECT corrective_action_id AS id, status, CAST(due_date AS VARCHAR) AS due, change_seq AS seq
          FROM corrective_actions`,
      );
      const was = new Map(before.actions.map((a) => [a.id, a]));
      const updated = actions.filter(
        (a) => was.has(a.id) && (was.get(a.id)!.status !== a.status || was.get(a.id)!.due !== a.due),
      );
      expect(updated).toHaveLength(CHANGES.actionUpdates);
      for (const a of updated) expect(Number(a.seq)).toBeGreaterThan(before.seq);
      // A third each: verified (from CLOSED), closed (from OPEN or IN_PROGRESS), due date moved 30 days later.
      const kinds = updated.map((a) => {
        const from = was.get(a.id)!.status;
        if (a.status === 'VERIFIED' && from === 'CLOSED') return 'verified';
        if (a.status === 'CLOSED' && ['OPEN', 'IN_PROGRESS'].includes(from)) return 'closed';
        const later = new Date(Date.parse(`${was.get(a.id)!.due}T00:00:00Z`) + 30 * 86_400_000);
        if (a.status === from && a.due === later.toISOString().slice(0, 10)) return 'extended';
        return `unexpected ${from} → ${a.status}, due ${was.get(a.id)!.due} → ${a.due}`;
      });
      expect(kinds.sort()).toEqual([
        ...Array<string>(10).fill('closed'),
        ...Array<string>(10).fill('extended'),
        ...Array<string>(10).fill('verified'),
      ]);
      const redated = await rows<{ id: string; date: string; seq: number }>(
        db,
        `SELECT audit_id AS id, CAST(audit_date AS VARCHAR) AS date, change_seq AS seq FROM audits`,
      );
      const dated = new Map(before.dates.map((a) => [a.id, a.date]));
      const moved = redated.filter((a) => dated.has(a.id) && dated.get(a.id) !== a.date);
      expect(moved).toHaveLength(CHANGES.redatedAudits);
      for (const a of moved) {
        expect(a.date < dated.get(a.id)!).toBe(true);
        expect(Number(a.seq)).toBeGreaterThan(before.seq);
      }

      // Every corrective action, changed or not, as the audits subgraph would accept it on the decade's last day.
      const states = await rows<{
        id: string;
        status: CorrectiveActionStatus;
        due: string;
        closed: string | null;
        verified: string | null;
        audit_date: string;
      }>(
        db,
        `SELECT c.corrective_action_id AS id, c.status, CAST(c.due_date AS VARCHAR) AS due,
           CAST(c.closed_date AS VARCHAR) AS closed, CAST(c.verified_date AS VARCHAR) AS verified,
           CAST(a.audit_date AS VARCHAR) AS audit_date
         FROM corrective_actions c JOIN findings f USING (finding_id) JOIN audits a USING (audit_id)`,
      );
      const violations = states
        .map((s) => ({
          id: s.id,
          violation: findStateViolation(
            { status: s.status, dueDate: s.due, closedDate: s.closed, verifiedDate: s.verified },
            s.audit_date,
            LAST_DAY,
          ),
        }))
        .filter((v) => v.violation !== null);
      expect(violations).toEqual([]);
    });
  });

  it('picks the same rows for the same round and other rows for the next', async () => {
    const deletedBy = async (dataDir: string) =>
      withStore(dataDir, (db) =>
        rows<{ id: string }>(db, `SELECT audit_id AS id FROM audits WHERE is_deleted ORDER BY audit_id`).then((r) =>
          r.map((x) => x.id),
        ),
      );
    const [a, b] = [await generated('a'), await generated('b')];
    await changeSourceRows(a, CHANGES, 1);
    await changeSourceRows(b, CHANGES, 1);
    const first = await deletedBy(a);
    expect(first).toHaveLength(CHANGES.deletedAudits);
    expect(await deletedBy(b)).toEqual(first);
    await changeSourceRows(a, CHANGES, 2);
    const both = await deletedBy(a);
    expect(both).toHaveLength(2 * CHANGES.deletedAudits);
    expect(both).toEqual(expect.arrayContaining(first));
  });
});
