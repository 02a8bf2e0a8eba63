/**
 * The partner view's coarsening (warehouse/risk/partner-view.ts) must cover every date a scoring input holds
 * about another partner's audit: the list is checked against the tables as the build makes them, so a date
 * column added to a scoring input later fails here instead of reaching partners by the day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, querySql } from '../../warehouse/db.js';
import { loadModels } from '../../warehouse/models/model-graph.js';
import { buildModels } from '../../warehouse/models/runner.js';
import { PARTNER_DATED_COLUMNS, partnerViewColumns, partnerViewColumnsFor } from '../../warehouse/risk/partner-view.js';
import { scoringInputsOf } from '../../warehouse/risk/score-suppliers.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir('tidemark-partner-view-');
let warehouse: Awaited<ReturnType<typeof openWarehouse>>;

beforeAll(async () => {
  warehouse = await openWarehouse(tmp.dir);
  await buildModels(warehouse.db, { asOf: '2025-06-30', tests: 'none' });
});
afterAll(async () => {
  await warehouse?.close();
  tmp.remove();
});

describe('warehouse: the partner view of the scoring inputs', () => {
  it('coarsens every date and timestamp column of each scoring input that carries partner data', async () => {
    const inputs = scoringInputsOf(loadModels(), ['mart_supplier_risk', 'mart_supplier_risk_drivers']);
    const columns = await querySql<{ table_name: string; column_name: string; data_type: string }>(
      warehouse.db,
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_name IN (${inputs.map((i) => `'${i}'`).join(', ')}) ORDER BY table_name, ordinal_position`,
    );
    const withPartner = new Set(columns.filter((c) => c.column_name === 'partner_org_id').map((c) => c.table_name));
    const dated: Record<string, Record<string, string>> = {};
    for (const c of columns) {
      if (!withPartner.has(c.table_name) || !/^(DATE|TIMESTAMP)/.test(c.data_type)) continue;
      (dated[c.table_name] ??= {})[c.column_name] = c.data_type.startsWith('TIMESTAMP') ? 'TIMESTAMP' : 'DATE';
    }
    expect(Object.keys(dated).length).toBeGreaterThan(0);
    expect(dated).toEqual(PARTNER_DATED_COLUMNS);
  });

  it("moves another partner's dates to the first of the next month and keeps the viewer's own", async () => {
    // The SELECT list is plain SQL over the input's own columns: applied to a table shaped like the audits input.
    await querySql(warehouse.db, `CREATE TEMP TABLE audits_shape AS SELECT * FROM int_audits_joined LIMIT 0`);
    await querySql(
      warehouse.db,
      `INSERT INTO audits_shape (audit_id, supplier_id, partner_org_id, audit_date, submitted_at, announcement,
        country_code, sector)
       VALUES ('a1', 's', 'org-acme', DATE '2025-03-31', TIMESTAMP '2025-03-31 10:00:00', 'ANNOUNCED', 'DE', 'OTHER'),
              ('a2', 's', 'org-globex', DATE '2025-03-31', TIMESTAMP '2025-03-31 10:00:00', 'ANNOUNCED', 'DE', 'OTHER'),
              ('a3', 's', 'org-globex', DATE '2025-03-01', TIMESTAMP '2025-02-28 23:59:00', 'ANNOUNCED', 'DE',
               'OTHER')`,
    );
    const seen = await querySql<{ audit_id: string; audit_date: string; submitted_at: string }>(
      warehouse.db,
      `SELECT audit_id, audit_date, submitted_at FROM (SELECT ${partnerViewColumns('int_audits_joined', 'org-acme')}
        FROM audits_shape) ORDER BY audit_id`,
    );
    expect(seen.map((r) => [r.audit_id, r.audit_date, String(r.submitted_at).slice(0, 19)])).toEqual([
      ['a1', '2025-03-31', '2025-03-31T10:00:00'],
      ['a2', '2025-04-01', '2025-04-01T00:00:00'],
      ['a3', '2025-04-01', '2025-03-01T00:00:00'],
    ]);
  });

  it('keeps every date when the viewer is NULL (not a partner), as a macro parameter may be', async () => {
    const seen = await querySql<{ audit_id: string; audit_date: string }>(
      warehouse.db,
      `SELECT audit_id, audit_date FROM (SELECT ${partnerViewColumnsFor('int_audits_joined', 'NULL::VARCHAR')}
        FROM audits_shape)
       ORDER BY audit_id`,
    );
    expect(seen.map((r) => [r.audit_id, r.audit_date])).toEqual([
      ['a1', '2025-03-31'],
      ['a2', '2025-03-31'],
      ['a3', '2025-03-01'],
    ]);
  });
});
