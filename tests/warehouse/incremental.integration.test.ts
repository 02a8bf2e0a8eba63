/**
 * Incremental builds (warehouse/models/incremental.ts) must give exactly what a full rebuild gives. On the demo
 * data, through the change feed: new audits, an audit moved to another supplier, a tombstoned finding, a closed
 * corrective action, a supplier that changed country; then a series of ticks (inserts, a late back-dated audit,
 * action updates, tombstones, a re-dated audit); after each case, checksums of every mart and intermediate
 * table equal those after a full rebuild of the same data.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildModels, type BuildResult } from '../../warehouse/models/runner.js';
import { syncAll } from '../../warehouse/sync/sync-all.js';
import { DEMO_AS_OF, TABLE_MODELS, useDemoWarehouse } from './helpers/demo-warehouse.js';
import { tombstoneSourceRow, writeSourceRows } from './helpers/sources.js';

const AS_OF = DEMO_AS_OF;
const demo = useDemoWarehouse('tidemark-incremental-');
const tables = TABLE_MODELS;

const actionOf = (result: BuildResult, model: string) => result.models.find((m) => m.name === model)!.action;

describe('warehouse: incremental builds', () => {
  it('skips every table when nothing changed', async () => {
    const result = await buildModels(demo.warehouse.db, { asOf: AS_OF });
    expect(result.models.filter((m) => m.materialized === 'table').map((m) => m.action)).toEqual(
      tables.map(() => 'skipped'),
    );
    expect(result.tests).toEqual([]);
  });

  it('recomputes only the touched suppliers and ends exactly where a full rebuild ends', async () => {
    const db = demo.sources.dbs.audits;
    await writeSourceRows(db, 'audits', [
      {
        audit_id: 'aud-inc-1',
        supplier_id: 'sup-0007',
        partner_org_id: 'org-acme',
        scheme: 'SMETA',
        audit_type: 'FOLLOW_UP',
        announcement: 'UNANNOUNCED',
        audit_date: '2025-11-02',
        workers_interviewed: 25,
        submitted_at: '2025-11-03T08:00:00Z',
      },
    ]);
    await writeSourceRows(db, 'findings', [
      {
        finding_id: 'fnd-inc-1',
        audit_id: 'aud-inc-1',
        ilo_indicator: 'RETENTION_OF_IDENTITY_DOCUMENTS',
        scheme_severity: 'Zero tolerance',
        severity: 'S4',
        description: 'Passports held by the employer',
      },
    ]);
    await writeSourceRows(db, 'corrective_actions', [
      {
        corrective_action_id: 'cap-inc-1',
        finding_id: 'fnd-inc-1',
        description: 'Return passports',
        status: 'OPEN',
        due_date: '2025-12-01',
        closed_date: null,
        verified_date: null,
        updated_at: '2025-11-03T08:00:00Z',
      },
    ]);
    // An audit re-attributed to another supplier: both suppliers change.
    await sql`UPDATE audits SET supplier_id = 'sup-0099', change_seq = nextval('change_seq_counter')
      WHERE audit_id = 'aud-00010'`.execute(db);
    await tombstoneSourceRow(db, 'findings', 'finding_id', 'fnd-000020');
    await sql`UPDATE corrective_actions SET status = 'CLOSED', closed_date = DATE '2025-12-15', change_seq =
      nextval('change_seq_counter')
              WHERE corrective_action_id = (SELECT min(corrective_action_id) FROM corrective_actions
                WHERE closed_date IS NULL)`.execute(db);
    await sql`UPDATE suppliers SET country_code = 'MY', change_seq = nextval('change_seq_counter')
      WHERE supplier_id = 'sup-0123'`.execute(db);

    await syncAll({ db: demo.warehouse.db, fetchBatch: demo.sources.fetchBatch });
    const incremental = await buildModels(demo.warehouse.db, { asOf: AS_OF });
    expect(incremental.dirtySuppliers).toBeGreaterThanOrEqual(4);
    expect(incremental.dirtySuppliers).toBeLessThan(12);
    for (const model of [
      'int_findings_joined',
      'mart_audit_facts',
      'mart_repeat_findings',
      'mart_supplier_risk',
      'mart_supplier_risk_driver_totals',
    ]) {
      expect(actionOf(incremental, model), model).toBe('incremental');
    }
    for (const model of ['int_audits_joined', 'mart_cap_facts', 'mart_closure_days_cells'])
      expect(actionOf(incremental, model), model).toBe('incremental');
    expect(incremental.dirtyAudits).toBeGreaterThanOrEqual(4);
    expect(actionOf(incremental, 'mart_hotspots')).toBe('full');
    expect(actionOf(incremental, 'mart_agency_indicator_latest')).toBe('skipped');
    expect(incremental.tests.length).toBeGreaterThan(50);
    const afterIncremental = await demo.checksums();

    const full = await buildModels(demo.warehouse.db, { asOf: AS_OF, full: true, tests: 'none' });
    expect(full.models.filter((m) => m.materialized === 'table').every((m) => m.action === 'full')).toBe(true);
    expect(await demo.checksums()).toEqual(afterIncremental);
  });

  it('narrows audit-grained models by audit when new audits hit most suppliers, still equal to a rebuild', async () => {
    // As in production and the warehouse bench: new audits spread over most suppliers, so supplier-grained
    // models are rebuilt whole, while the audit-grained ones (findings, CAPs, audit facts and repeat findings)
    // recompute only the new audits (and, for the facts, the audits that follow them at their supplier).
    const db = demo.sources.dbs.audits;
    const suppliers = (
      await sql<{ supplier_id: string }>`SELECT supplier_id FROM suppliers ORDER BY supplier_id`.execute(db)
    ).rows.map((r) => r.supplier_id);
    const picked = suppliers.filter((_, i) => i % 3 !== 0);
    await writeSourceRows(
      db,
      'audits',
      picked.map((supplier_id, i) => ({
        audit_id: `aud-wide-${i}`,
        supplier_id,
        partner_org_id: 'org-globex',
        scheme: 'AMFORI_BSCI',
        audit_type: 'PERIODIC',
        announcement: 'SEMI_ANNOUNCED',
        audit_date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-15`,
        workers_interviewed: 12,
        submitted_at: '2025-12-20T09:00:00Z',
      })),
    );
    await writeSourceRows(
      db,
      'findings',
      picked.flatMap((_, i) => [
        {
          finding_id: `fnd-wide-${i}-a`,
          audit_id: `aud-wide-${i}`,
          ilo_indicator: 'EXCESSIVE_OVERTIME',
          scheme_severity: 'Major',
          severity: 'S3',
          description: 'Hours above the legal limit',
        },
        {
          finding_id: `fnd-wide-${i}-b`,
          audit_id: `aud-wide-${i}`,
          ilo_indicator: null,
          scheme_severity: 'Minor',
          severity: 'S2',
          description: 'First-aid kit incomplete',
        },
      ]),
    );
    await writeSourceRows(
      db,
      'corrective_actions',
      picked.map((_, i) => ({
        corrective_action_id: `cap-wide-${i}`,
        finding_id: `fnd-wide-${i}-a`,
        description: 'Cap overtime',
        status: 'OPEN',
        due_date: '2026-02-01',
        closed_date: null,
        verified_date: null,
        updated_at: '2025-12-20T09:00:00Z',
      })),
    );

    await syncAll({ db: demo.warehouse.db, fetchBatch: demo.sources.fetchBatch });
    const incremental = await buildModels(demo.warehouse.db, { asOf: AS_OF });
    for (const model of [
      'int_audits_joined',
      'int_findings_joined',
      'int_audit_findings_counted',
      'mart_cap_facts',
      'mart_audit_facts',
      'mart_repeat_findings',
      'mart_closure_days_cells',
      'mart_measure_cells',
      // The noisy-OR's terms follow the recomputed findings, so the supplier scores read no finding again.
      'int_supplier_evidence_terms',
    ]) {
      expect(actionOf(incremental, model), model).toBe('incremental');
    }
    // The new audits, plus the audit after each one at its supplier (dated 2025, most are the latest).
    expect(incremental.dirtyAudits).toBeGreaterThanOrEqual(picked.length);
    expect(incremental.dirtyAudits).toBeLessThanOrEqual(2 * picked.length);
    for (const model of ['mart_supplier_risk']) expect(actionOf(incremental, model), model).toBe('full');
    const afterIncremental = await demo.checksums();

    await buildModels(demo.warehouse.db, { asOf: AS_OF, full: true, tests: 'none' });
    expect(await demo.checksums()).toEqual(afterIncremental);
  });

  it('equals a full rebuild after ticks of inserts, late/back-dated audits, action updates, tombstones', async () => {
    const db = demo.sources.dbs.audits;
    const tick = async () => {
      await syncAll({ db: demo.warehouse.db, fetchBatch: demo.sources.fetchBatch });
      return buildModels(demo.warehouse.db, { asOf: AS_OF });
    };
    const newAudit = (id: string, supplier: string, date: string, partner = 'org-acme') => ({
      audit_id: id,
      supplier_id: supplier,
      partner_org_id: partner,
      scheme: 'SMETA',
      audit_type: 'PERIODIC',
      announcement: 'ANNOUNCED',
      audit_date: date,
      workers_interviewed: 10,
      submitted_at: '2025-12-21T08:00:00Z',
    });
    const newFinding = (id: string, audit: string, severity: string, ilo: string | null) => ({
      finding_id: id,
      audit_id: audit,
      ilo_indicator: ilo,
      scheme_severity: severity,
      severity,
      description: `Finding ${id}`,
    });
    // Tick 1: new audits with findings (one S4 with an indicator, one S4 without) and an open action.
    await writeSourceRows(db, 'audits', [
      newAudit('aud-series-1', 'sup-0011', '2025-12-01'),
      newAudit('aud-series-2', 'sup-0012', '2025-12-02', 'org-globex'),
    ]);
    await writeSourceRows(db, 'findings', [
      newFinding('fnd-series-1', 'aud-series-1', 'S4', 'DEBT_BONDAGE'),
      newFinding('fnd-series-2', 'aud-series-1', 'S4', null),
      newFinding('fnd-series-3', 'aud-series-2', 'S2', 'EXCESSIVE_OVERTIME'),
    ]);
    await writeSourceRows(db, 'corrective_actions', [
      {
        corrective_action_id: 'cap-series-1',
        finding_id: 'fnd-series-1',
        description: 'Repay fees',
        status: 'OPEN',
        due_date: '2025-12-20',
        closed_date: null,
        verified_date: null,
        updated_at: '2025-12-21T08:00:00Z',
      },
    ]);
    const first = await tick();
    expect(actionOf(first, 'mart_supplier_risk_driver_totals')).toBe('incremental');
    expect(actionOf(first, 'int_supplier_evidence_terms')).toBe('incremental');
    // Tick 2: a late audit back-dated two years before the supplier's others, and the action closed then verified.
    await writeSourceRows(db, 'audits', [newAudit('aud-series-late', 'sup-0011', '2023-03-15', 'org-globex')]);
    await writeSourceRows(db, 'findings', [
      newFinding('fnd-series-late', 'aud-series-late', 'S3', 'WITHHOLDING_OF_WAGES'),
    ]);
    await sql`UPDATE corrective_actions SET status = 'VERIFIED', closed_date = DATE '2025-12-10',
      verified_date = DATE '2025-12-15',
              change_seq = nextval('change_seq_counter') WHERE corrective_action_id = 'cap-series-1'`.execute(db);
    expect(actionOf(await tick(), 'mart_supplier_risk_driver_totals')).toBe('incremental');
    // Tick 3: tombstones of a finding and of a whole audit, and an audit re-dated.
    await tombstoneSourceRow(db, 'findings', 'finding_id', 'fnd-series-3');
    await tombstoneSourceRow(db, 'audits', 'audit_id', 'aud-series-late');
    await sql`UPDATE audits SET audit_date = DATE '2024-01-05', change_seq = nextval('change_seq_counter')
      WHERE audit_id = 'aud-series-2'`.execute(db);
    expect(actionOf(await tick(), 'mart_supplier_risk_driver_totals')).toBe('incremental');
    const afterTicks = await demo.checksums();

    await buildModels(demo.warehouse.db, { asOf: AS_OF, full: true, tests: 'none' });
    expect(await demo.checksums()).toEqual(afterTicks);
  });

  it('rebuilds the asOf-dependent models whole when the date moves, and only those', async () => {
    const result = await buildModels(demo.warehouse.db, { asOf: '2026-01-01' });
    expect(actionOf(result, 'mart_supplier_risk')).toBe('full');
    expect(actionOf(result, 'mart_hotspots')).toBe('full');
    expect(actionOf(result, 'int_findings_joined')).toBe('skipped');
    expect(actionOf(result, 'mart_audit_facts')).toBe('skipped');
  });

  it('rebuilds whole what an action-period change reaches, since it is not partitioned by supplier', async () => {
    await writeSourceRows(demo.sources.dbs.agency, 'action_periods', [
      {
        period_id: 'JPA99',
        number: 99,
        label: '99th Joint Period of Action',
        start_date: '2030-01-01',
        end_date: '2030-06-30',
      },
    ]);
    await syncAll({ db: demo.warehouse.db, fetchBatch: demo.sources.fetchBatch });
    const result = await buildModels(demo.warehouse.db, { asOf: '2026-01-01' });
    expect(actionOf(result, 'mart_audit_facts')).toBe('full');
    expect(actionOf(result, 'mart_periods')).toBe('full');
    expect(actionOf(result, 'int_findings_joined')).toBe('skipped');
  });
});
