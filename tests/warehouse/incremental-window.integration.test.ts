/**
 * Audit-grained facts with a window (mart_audit_facts reads each audit's previous audit at its supplier; see
 * warehouse/models/incremental.ts) and additive marts (mart_closure_days_cells sums mart_cap_facts; see
 * warehouse/models/additive.ts), through the change feed on the demo data: every change that moves an audit in
 * its supplier's sequence, then checksums of every table after the incremental build equal those after a full
 * rebuild of the same data. Each build runs the model tests narrowed as an incremental build runs them.
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildModels, type BuildResult } from '../../warehouse/models/runner.js';
import { syncAll } from '../../warehouse/sync/sync-all.js';
import { DEMO_AS_OF, useDemoWarehouse } from './helpers/demo-warehouse.js';
import { tombstoneSourceRow, writeSourceRows } from './helpers/sources.js';

const AS_OF = DEMO_AS_OF;
const demo = useDemoWarehouse('tidemark-incremental-window-');

interface Fact {
  audit_id: string;
  supplier_id: string;
  previous_audit_id: string | null;
}

const audits = (): Kysely<any> => demo.sources.dbs.audits;
const actionOf = (result: BuildResult, model: string) => result.models.find((m) => m.name === model)!.action;

async function factOf(auditId: string): Promise<Fact | undefined> {
  const { rows } = await sql<Fact>`SELECT audit_id, supplier_id, previous_audit_id FROM mart_audit_facts
    WHERE audit_id = ${auditId}`.execute(demo.warehouse.db);
  return rows[0];
}

/** A supplier's audits in the facts' order (audit_date, submitted_at, audit_id), from the source store. */
async function sequenceOf(
  supplierId: string,
): Promise<{ audit_id: string; audit_date: string; submitted_at: string }[]> {
  const { rows } = await sql<{ audit_id: string; audit_date: string; submitted_at: string }>`
    SELECT audit_id, audit_date::VARCHAR AS audit_date, submitted_at::VARCHAR AS submitted_at FROM audits
    WHERE supplier_id = ${supplierId} AND NOT is_deleted ORDER BY audit_date, submitted_at, audit_id`.execute(audits());
  return rows;
}

/** The n-th supplier (by id) with at least `min` audits whose consecutive audits are at least 3 days apart. */
async function supplierWithAudits(min: number, n = 0): Promise<string> {
  const { rows } = await sql<{ supplier_id: string }>`
    SELECT supplier_id FROM (
      SELECT supplier_id, count(*) AS audits, min(gap) AS min_gap FROM (
        SELECT supplier_id, audit_date - lag(audit_date) OVER
          (PARTITION BY supplier_id ORDER BY audit_date, submitted_at, audit_id) AS gap
        FROM audits WHERE NOT is_deleted)
      GROUP BY supplier_id)
    WHERE audits >= ${min} AND min_gap >= 3 ORDER BY supplier_id`.execute(audits());
  if (rows.length <= n) throw new Error(`the demo data has no ${n + 1} suppliers with ${min} well-spaced audits`);
  return rows[n]!.supplier_id;
}

/** Syncs, builds incrementally (tests as a build runs them), then checks a full rebuild gives the same tables. */
async function buildAndCompare(expectIncremental: readonly string[]): Promise<BuildResult> {
  await syncAll({ db: demo.warehouse.db, fetchBatch: demo.sources.fetchBatch });
  const incremental = await buildModels(demo.warehouse.db, { asOf: AS_OF });
  for (const model of expectIncremental) expect(actionOf(incremental, model), model).toBe('incremental');
  expect(incremental.tests.filter((t) => t.failures > 0)).toEqual([]);
  const afterIncremental = await demo.checksums();
  await buildModels(demo.warehouse.db, { asOf: AS_OF, full: true, tests: 'none' });
  expect(await demo.checksums()).toEqual(afterIncremental);
  return incremental;
}

const FACTS = [
  'mart_audit_facts',
  'mart_repeat_findings',
  'mart_cap_facts',
  'mart_closure_days_cells',
  'mart_measure_cells',
];

describe('warehouse: incremental audit facts (windowed) and additive marts', () => {
  it('puts a backdated audit between two existing ones: the later one now follows it', async () => {
    const supplier = await supplierWithAudits(3);
    const [first, second] = await sequenceOf(supplier);
    const between = new Date(Date.parse(`${first!.audit_date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await writeSourceRows(audits(), 'audits', [
      {
        audit_id: 'aud-win-backdated',
        supplier_id: supplier,
        partner_org_id: 'org-acme',
        scheme: 'SMETA',
        audit_type: 'FOLLOW_UP',
        announcement: 'UNANNOUNCED',
        audit_date: between,
        workers_interviewed: 20,
        submitted_at: `${between}T12:00:00Z`,
      },
    ]);
    await writeSourceRows(audits(), 'findings', [
      {
        finding_id: 'fnd-win-backdated',
        audit_id: 'aud-win-backdated',
        ilo_indicator: 'ABUSIVE_WORKING_AND_LIVING_CONDITIONS',
        scheme_severity: 'Major',
        severity: 'S3',
        description: 'Dormitory overcrowded',
      },
    ]);
    expect((await factOf(second!.audit_id))!.previous_audit_id).toBe(first!.audit_id);
    const result = await buildAndCompare(FACTS);
    expect(result.dirtyAudits).toBe(2);
    expect((await factOf('aud-win-backdated'))!.previous_audit_id).toBe(first!.audit_id);
    expect((await factOf(second!.audit_id))!.previous_audit_id).toBe('aud-win-backdated');
  });

  it('moves an audit to another supplier: its old and new followers get new previous audits', async () => {
    const from = await supplierWithAudits(3, 1);
    const to = await supplierWithAudits(3, 2);
    const [a, moved, c] = await sequenceOf(from);
    await sql`UPDATE audits SET supplier_id = ${to}, change_seq = nextval('change_seq_counter')
      WHERE audit_id = ${moved!.audit_id}`.execute(audits());
    await buildAndCompare(FACTS);
    expect((await factOf(c!.audit_id))!.previous_audit_id).toBe(a!.audit_id);
    const movedFact = (await factOf(moved!.audit_id))!;
    expect(movedFact.supplier_id).toBe(to);
    const next = (await sequenceOf(to)).findIndex((r) => r.audit_id === moved!.audit_id) + 1;
    const follower = (await sequenceOf(to))[next];
    if (follower) expect((await factOf(follower.audit_id))!.previous_audit_id).toBe(moved!.audit_id);
  });

  it('re-dates an audit from first to last at its supplier', async () => {
    const supplier = await supplierWithAudits(3, 3);
    const before = await sequenceOf(supplier);
    const [first, second] = before;
    const last = before.at(-1)!;
    const later = new Date(Date.parse(`${last.audit_date}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10);
    await sql`UPDATE audits SET audit_date = ${later}::DATE, change_seq = nextval('change_seq_counter')
      WHERE audit_id = ${first!.audit_id}`.execute(audits());
    await buildAndCompare(FACTS);
    expect((await factOf(second!.audit_id))!.previous_audit_id).toBeNull();
    expect((await factOf(first!.audit_id))!.previous_audit_id).toBe(last.audit_id);
  });

  it('tombstones an audit in the middle: the next one follows the one before', async () => {
    const supplier = await supplierWithAudits(3, 4);
    const [a, deleted, c] = await sequenceOf(supplier);
    await tombstoneSourceRow(audits(), 'audits', 'audit_id', deleted!.audit_id);
    await buildAndCompare(FACTS);
    expect(await factOf(deleted!.audit_id)).toBeUndefined();
    expect((await factOf(c!.audit_id))!.previous_audit_id).toBe(a!.audit_id);
  });

  it("changes an audit's findings: the audit after it sees the new indicators as its previous ones", async () => {
    const supplier = await supplierWithAudits(2, 5);
    const [a, b] = await sequenceOf(supplier);
    await writeSourceRows(audits(), 'findings', [
      {
        finding_id: 'fnd-win-indicator',
        audit_id: a!.audit_id,
        ilo_indicator: 'DEBT_BONDAGE',
        scheme_severity: 'Zero tolerance',
        severity: 'S4',
        description: 'Recruitment fees deducted',
      },
    ]);
    await buildAndCompare(FACTS);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::INTEGER AS n FROM mart_repeat_findings WHERE audit_id = ${b!.audit_id}
        AND ilo_indicator = 'DEBT_BONDAGE'`.execute(demo.warehouse.db);
    expect(rows[0]!.n).toBe(1);
    // Every audit's indicators: the distinct ILO indicators of its live findings in the source store, sorted.
    const indicatorsIn = async (db: Kysely<any>, query: ReturnType<typeof sql>) =>
      new Map((await query.execute(db)).rows.map((r: any) => [r.audit_id, [...r.ilo_indicators].join(',')]));
    const built = await indicatorsIn(
      demo.warehouse.db,
      sql`SELECT audit_id, ilo_indicators FROM mart_audit_facts WHERE len(ilo_indicators) > 0`,
    );
    const source = await indicatorsIn(
      audits(),
      sql`SELECT f.audit_id, list(DISTINCT f.ilo_indicator ORDER BY f.ilo_indicator) AS ilo_indicators
          FROM findings f JOIN audits a USING (audit_id)
          WHERE f.ilo_indicator IS NOT NULL AND NOT f.is_deleted AND NOT a.is_deleted GROUP BY f.audit_id`,
    );
    expect(built.get(a!.audit_id)).toContain('DEBT_BONDAGE');
    expect(built.size).toBeGreaterThan(100);
    expect(built).toEqual(source);
  });

  it('adds and removes closed corrective actions in the closure histograms, dropping bins that empty', async () => {
    // One closed action re-dated far out (a bin of its own, then emptied by its tombstone), one reopened.
    const { rows: closed } = await sql<{ corrective_action_id: string }>`
      SELECT corrective_action_id FROM corrective_actions WHERE closed_date IS NOT NULL AND NOT is_deleted
        ORDER BY corrective_action_id LIMIT 2`.execute(audits());
    const [moved, reopened] = closed.map((r) => r.corrective_action_id);
    await sql`UPDATE corrective_actions SET closed_date = DATE '2025-12-30', change_seq = nextval('change_seq_counter')
      WHERE corrective_action_id = ${moved!}`.execute(audits());
    await sql`UPDATE corrective_actions SET status = 'OPEN', closed_date = NULL, verified_date = NULL, change_seq =
      nextval('change_seq_counter')
              WHERE corrective_action_id = ${reopened!}`.execute(audits());
    await buildAndCompare(['mart_cap_facts', 'mart_closure_days_cells']);
    const binsOf = async () =>
      (
        await sql<{
          n: number;
        }>`SELECT count(*)::INTEGER AS n FROM mart_closure_days_cells WHERE closed_month = DATE '2025-12-01'`.execute(
          demo.warehouse.db,
        )
      ).rows[0]!.n;
    const withMoved = await binsOf();
    await tombstoneSourceRow(audits(), 'corrective_actions', 'corrective_action_id', moved!);
    await buildAndCompare(['mart_cap_facts', 'mart_closure_days_cells']);
    expect(await binsOf()).toBeLessThanOrEqual(withMoved);
  });

  it('rebuilds the additive marts whole after a build that stopped half-way', async () => {
    // A build that stops after mart_cap_facts was updated and before mart_closure_days_cells: the rows it
    // replaced are gone, so the next build cannot add the change (it would add nothing) and must count again.
    await sql`UPDATE corrective_actions SET closed_date = DATE '2025-11-30', change_seq = nextval('change_seq_counter')
              WHERE corrective_action_id = (SELECT min(corrective_action_id) FROM corrective_actions
                WHERE closed_date IS NOT NULL AND NOT is_deleted)`.execute(audits());
    await syncAll({ db: demo.warehouse.db, fetchBatch: demo.sources.fetchBatch });
    const stop = ({ model }: { model: string }) => {
      if (model === 'mart_closure_days_cells') throw new Error('stopped before mart_closure_days_cells');
    };
    await expect(buildModels(demo.warehouse.db, { asOf: AS_OF, onProgress: stop })).rejects.toThrow(/stopped/);
    const result = await buildAndCompare(['mart_cap_facts']);
    expect(actionOf(result, 'mart_closure_days_cells')).toBe('full');
  });
});
