/**
 * An incremental build tests the rows it wrote, not the whole table (warehouse/models/written-rows.ts,
 * model-tests.ts): a bad row the change brings fails the build, while a row the build did not touch is not read
 * again (it was tested when it was written). A build with every test on (`tests: 'all'`) reads the whole table.
 * And a change the per-audit indicator bitmask (int_audit_findings_counted) cannot hold stops the build.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ModelTestFailure } from '../../warehouse/models/model-tests.js';
import { buildModels } from '../../warehouse/models/runner.js';
import { DEMO_AS_OF, useDemoWarehouse } from './helpers/demo-warehouse.js';

const demo = useDemoWarehouse('tidemark-narrowed-tests-');

async function failuresOf(build: Promise<unknown>): Promise<{ test: string; failures: number }[]> {
  const error = await build.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelTestFailure);
  return (error as ModelTestFailure).failures.map((f) => ({ test: `${f.model} ${f.test}`, failures: f.failures }));
}

describe('warehouse: what stops an incremental build', () => {
  it('read the rows the build wrote: a bad new row fails it, an untouched one is left to a whole run', async () => {
    const db = demo.warehouse.db;
    const audits = (
      await sql<{ audit_id: string }>`SELECT audit_id FROM int_audits_joined ORDER BY audit_id LIMIT 2`.execute(db)
    ).rows.map((r) => r.audit_id);
    // A row already built, broken behind the build's back: not one this build writes.
    await sql`UPDATE int_findings_joined SET severity = NULL
      WHERE finding_id = (SELECT min(finding_id) FROM int_findings_joined WHERE audit_id = ${audits[0]})`.execute(db);
    // A finding without a severity arriving through the change feed, on another audit.
    await sql`INSERT INTO raw_audits__findings VALUES ('fnd-narrowed-1', ${audits[1]}, NULL, NULL, NULL, false,
      (SELECT max(change_seq) + 1 FROM raw_audits__findings))`.execute(db);

    const failed = await failuresOf(buildModels(db, { asOf: DEMO_AS_OF }));
    expect(failed).toContainEqual({ test: 'int_findings_joined not_null(severity)', failures: 1 });

    const whole = await failuresOf(buildModels(db, { asOf: DEMO_AS_OF, tests: 'all' }));
    expect(whole).toContainEqual({ test: 'int_findings_joined not_null(severity)', failures: 2 });
  });

  it('stops a build whose findings name more ILO indicators than the per-audit bitmask holds', async () => {
    const db = demo.warehouse.db;
    const [{ audit_id }] = (
      await sql<{ audit_id: string }>`SELECT min(audit_id) AS audit_id FROM int_audits_joined`.execute(db)
    ).rows as [{ audit_id: string }];
    await sql`INSERT INTO raw_audits__findings
      SELECT 'fnd-many-' || i, ${audit_id}, 'INDICATOR_' || i, 'Minor', 'S1', false,
        (SELECT max(change_seq) FROM raw_audits__findings) + i
      FROM range(1, 65) t(i)`.execute(db);
    await expect(buildModels(db, { asOf: DEMO_AS_OF })).rejects.toThrow(/more than 63 distinct ILO indicators/);
  });
});
