/**
 * The contract of the keyed incremental strategy (`-- incremental: <key>`, warehouse/models/incremental.ts), checked
 * for every model that declares it, on the demo warehouse: a model's SELECT with each relation it reads that has the
 * key narrowed to a few keys (exactly as a build narrows it to the dirty keys) gives exactly the model's rows for
 * those keys in the full build. A model whose rows for a key read another key's rows (a ranking over all
 * suppliers, a window without its declaration) fails here, whatever data the incremental tests happened to change.
 * Windowed models (`-- window:`) read their predecessor by design and are checked by
 * incremental-window.integration.test.ts; additive models (`-- additive:`) are not keyed.
 */
import { describe, expect, it } from 'vitest';
import { execSql } from '../../warehouse/db.js';
import { isPartitionKey, narrowToDirty, relationsWithKey } from '../../warehouse/models/incremental.js';
import { loadModels } from '../../warehouse/models/model-graph.js';
import { bindVariables } from '../../warehouse/models/variables.js';
import { tableChecksum } from './helpers/checksum.js';
import { DEMO_AS_OF, useDemoWarehouse } from './helpers/demo-warehouse.js';

const demo = useDemoWarehouse('tidemark-incremental-contract-');
const keyed = loadModels().filter((m) => m.materialized === 'table' && isPartitionKey(m.incremental) && !m.window);

describe('warehouse: the keyed incremental contract, model by model', () => {
  it('covers the supplier-grained risk models, the driver totals among them', () => {
    expect(keyed.map((m) => m.name)).toEqual(
      expect.arrayContaining(['mart_supplier_risk', 'mart_supplier_risk_driver_totals', 'int_suppliers_risk_scored']),
    );
  });

  it.each(keyed.map((m) => [m.name, m] as const))(
    '%s: rows for a few keys, computed from their rows alone, equal the full build',
    async (_, model) => {
      const db = demo.warehouse.db;
      const key = model.incremental as 'supplier_id' | 'audit_id';
      // A spread of keys (by hash, so the same ones every run), in a table shaped like the dirty-key table.
      await execSql(
        db,
        `CREATE OR REPLACE TEMP TABLE contract_keys AS SELECT DISTINCT ${key} FROM ${model.name} ORDER BY
          hash(${key}) LIMIT 25`,
      );
      const relations = await relationsWithKey(db, model.dependsOn, key);
      const narrowed = narrowToDirty(
        bindVariables(model.sql, { asOf: DEMO_AS_OF, riskVersion: 'risk-v1' }),
        relations,
        key,
        'temp.main.contract_keys',
      );
      await execSql(db, `CREATE OR REPLACE TEMP TABLE contract_narrowed AS ${narrowed}`);
      await execSql(
        db,
        `CREATE OR REPLACE TEMP TABLE contract_full AS SELECT * FROM ${model.name}
          WHERE ${key} IN (SELECT ${key} FROM temp.main.contract_keys)`,
      );
      const full = await tableChecksum(db, 'contract_full');
      expect(full.startsWith('0:')).toBe(false);
      expect(await tableChecksum(db, 'contract_narrowed')).toBe(full);
    },
  );
});
