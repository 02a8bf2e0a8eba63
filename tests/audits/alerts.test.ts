import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { AuditScope } from '../../subgraphs/audits/audit-scope.js';
import { submitAudit, submitAudits } from '../../subgraphs/audits/intake.js';
import type { AlertTables } from '../../subgraphs/audits/store/alert-tables.js';
import { acknowledgeAlert, countUnacknowledgedAlerts, listAlerts } from '../../subgraphs/audits/store/alert-reads.js';
import {
  recordOverdueAlerts,
  recordSevereBandAlerts,
  recordZeroToleranceAlerts,
} from '../../subgraphs/audits/store/alerts.js';
import { auditInput, facility, finding, useTempStore } from './fixtures.js';

const ACME: AuditScope = { kind: 'partner', partnerOrgId: 'org-acme' };
const GLOBEX: AuditScope = { kind: 'partner', partnerOrgId: 'org-globex' };
const ALL: AuditScope = { kind: 'all' };
const zeroTolerance = (overrides: Record<string, unknown> = {}) =>
  finding({
    severity: 'S4',
    schemeSeverity: 'Zero tolerance',
    iloIndicator: 'DEBT_BONDAGE',
    description: 'Recruitment fees of 4 months pay',
    ...overrides,
  });

describe('audits store: zero-tolerance alerts', () => {
  const store = useTempStore('audits-alerts-');
  const alerts = () =>
    store.db.withTables<AlertTables>().selectFrom('alerts').selectAll().orderBy('alert_seq').execute();
  const read = (scope: AuditScope, after = 0, subject = 'reader') =>
    listAlerts(store.db, { scope, subject }, { after, limit: 200, unacknowledgedOnly: false });

  it('records one alert per S4 finding with an ILO indicator, in the intake transaction, none for others', async () => {
    const { audit } = await submitAudit(
      store.intake,
      'org-acme',
      auditInput({
        findings: [
          zeroTolerance(),
          finding({
            severity: 'S4',
            iloIndicator: null,
            schemeSeverity: 'Zero tolerance',
            description: 'Fire exits locked',
          }),
          finding({ severity: 'S3', iloIndicator: 'DEBT_BONDAGE' }),
        ],
      }),
    );
    const rows = await alerts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'ZERO_TOLERANCE_FINDING',
      partner_org_id: 'org-acme',
      supplier_id: audit.supplier_id,
      audit_id: audit.audit_id,
      ilo_indicator: 'DEBT_BONDAGE',
    });
    const stored = await store.db
      .selectFrom('findings')
      .select('finding_id')
      .where('audit_id', '=', audit.audit_id)
      .where('severity', '=', 'S4')
      .where('ilo_indicator', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(rows[0]!.finding_id).toBe(stored.finding_id);
  });

  it('writes alerts for a batch group in commit order, and nothing again for a replayed idempotency key', async () => {
    const before = (await alerts()).length;
    const items = [1, 2, 3].map((i) => ({
      input: auditInput({ supplier: facility({ name: `Batch Mill ${i}` }), findings: [zeroTolerance()] }),
      idempotencyKey: `zt-${i}`,
    }));
    await submitAudits(store.intake, 'org-acme', items);
    await submitAudits(store.intake, 'org-acme', items);
    const rows = await alerts();
    expect(rows.length - before).toBe(3);
    const seqs = rows.map((r) => Number(r.alert_seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('writes no alert when the transaction that would have caused it rolls back', async () => {
    const before = (await alerts()).length;
    const { audit } = await submitAudit(
      store.intake,
      'org-acme',
      auditInput({ supplier: facility({ name: 'Rollback Mill' }) }),
    );
    await expect(
      store.db.transaction().execute(async (trx) => {
        await sql`UPDATE findings SET severity = 'S4', ilo_indicator = 'DECEPTION'
          WHERE audit_id = ${audit.audit_id}`.execute(trx);
        const { rows: findings } = await sql<{ finding_id: string }>`SELECT finding_id FROM findings
          WHERE audit_id = ${audit.audit_id}`.execute(trx);
        const rows = findings.map((f) => ({
          partnerOrgId: audit.partner_org_id,
          supplierId: audit.supplier_id,
          auditId: audit.audit_id,
          findingId: f.finding_id,
          iloIndicator: 'DECEPTION',
        }));
        await recordZeroToleranceAlerts(trx, rows, new Date().toISOString());
        expect(
          (await trx.withTables<AlertTables>().selectFrom('alerts').select('alert_id').execute()).length,
        ).toBeGreaterThan(before);
        throw new Error('the cause fails after its alert was written');
      }),
    ).rejects.toThrow('the cause fails');
    expect(await alerts()).toHaveLength(before);
  });

  it('raises an overdue alert once per due date that passes with the action open, none for closed ones', async () => {
    const { audit } = await submitAudit(
      store.intake,
      'org-globex',
      auditInput({
        supplier: facility({ name: 'Overdue Mill' }),
        findings: [
          zeroTolerance({ correctiveAction: { description: 'Repay all fees', dueDate: '2024-06-30' } }),
          zeroTolerance({
            iloIndicator: 'DECEPTION',
            correctiveAction: {
              description: 'Contracts in workers languages',
              dueDate: '2024-05-31',
              status: 'CLOSED',
              closedDate: '2024-05-20',
            },
          }),
        ],
      }),
    );
    const overdue = async (today: string) => {
      const n = await recordOverdueAlerts(store.db, today, new Date().toISOString());
      const rows = (await alerts()).filter(
        (a) => a.kind === 'CORRECTIVE_ACTION_OVERDUE' && a.audit_id === audit.audit_id,
      );
      return { n, rows };
    };
    expect((await overdue('2024-06-30')).rows).toHaveLength(0); // due today is not overdue yet
    const first = await overdue('2024-07-01');
    expect(first.n).toBeGreaterThanOrEqual(1); // earlier tests' actions fall due that day too
    expect(first.rows).toHaveLength(1);
    expect(first.rows[0]).toMatchObject({
      partner_org_id: 'org-globex',
      due_date: '2024-06-30',
      ilo_indicator: 'DEBT_BONDAGE',
    });
    expect((await overdue('2024-07-02')).n).toBe(0);
    // A new due date that passes too is a new alert.
    await sql`UPDATE corrective_actions SET due_date = DATE '2024-08-31'
      WHERE corrective_action_id = ${first.rows[0]!.corrective_action_id}`.execute(store.db);
    expect((await overdue('2024-08-31')).n).toBe(0);
    expect((await overdue('2024-09-01')).rows.map((r) => r.due_date)).toEqual(['2024-06-30', '2024-08-31']);
  });

  it('records SUPPLIER_SEVERE once per (supplier, build), skipping unknown suppliers', async () => {
    const { audit } = await submitAudit(
      store.intake,
      'org-globex',
      auditInput({ supplier: facility({ name: 'Severe Mill' }) }),
    );
    expect(
      await recordSevereBandAlerts(
        store.db,
        'build-1',
        [audit.supplier_id, 'no-such-supplier'],
        new Date().toISOString(),
      ),
    ).toBe(1);
    expect(await recordSevereBandAlerts(store.db, 'build-1', [audit.supplier_id], new Date().toISOString())).toBe(0);
    expect(await recordSevereBandAlerts(store.db, 'build-2', [audit.supplier_id], new Date().toISOString())).toBe(1);
  });

  it('shows partners the alerts of their audits and of suppliers they audited (SEVERE); analysts all', async () => {
    const all = await read(ALL);
    const acme = await read(ACME);
    const globex = await read(GLOBEX);
    expect(all.rows.length).toBe((await alerts()).length);
    expect(acme.rows.length).toBeGreaterThan(0);
    expect(acme.rows.every((a) => a.partner_org_id === 'org-acme')).toBe(true);
    expect(globex.rows.every((a) => a.partner_org_id === 'org-globex' || a.kind === 'SUPPLIER_SEVERE')).toBe(true);
    expect(globex.rows.filter((a) => a.kind === 'SUPPLIER_SEVERE')).toHaveLength(2);
    expect(acme.rows.some((a) => a.kind === 'SUPPLIER_SEVERE')).toBe(false);
    expect(acme.rows.length + globex.rows.length).toBe(all.rows.length);
    // Resuming from a cursor returns exactly the later alerts.
    const third = all.rows[2]!;
    expect((await read(ALL, third.alert_seq)).rows.map((r) => r.alert_id)).toEqual(
      all.rows.slice(3).map((r) => r.alert_id),
    );
  });

  it('acknowledges per user, idempotently, and never another partner’s alert', async () => {
    const [first] = (await read(ACME)).rows;
    const reader = { scope: ACME, subject: 'alice@acme' };
    const unread = await countUnacknowledgedAlerts(store.db, reader);
    const once = await acknowledgeAlert(store.db, reader, first!.alert_id);
    const twice = await acknowledgeAlert(store.db, reader, first!.alert_id);
    expect(once!.acknowledged_at).not.toBeNull();
    expect(twice!.acknowledged_at).toEqual(once!.acknowledged_at);
    expect(await countUnacknowledgedAlerts(store.db, reader)).toBe(unread - 1);
    expect(await countUnacknowledgedAlerts(store.db, { scope: ACME, subject: 'carol@acme' })).toBe(unread);
    expect(await acknowledgeAlert(store.db, { scope: GLOBEX, subject: 'bob@globex' }, first!.alert_id)).toBeUndefined();
  });
});
