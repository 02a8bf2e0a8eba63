/**
 * A large synthetic audits store for the warehouse budgets (DESIGN §6: 1M audits / 10M findings), generated in
 * SQL inside the audits subgraph's own schema: deterministic (hash-based), every row with its change_seq.
 */
import { execSql, type WarehouseDb } from '../../../warehouse/db.js';
import { SECTORS } from '../../../lib/domain/sectors.js';

const COUNTRIES = ['TH', 'VN', 'BD', 'IN', 'CN', 'MY', 'ID', 'MM', 'KH', 'PH', 'PK', 'LK', 'NP', 'TR', 'MX', 'BR', 'DE', 'FJ', 'GL', 'ET'];
const GOODS = ['Fish', 'Shrimp', 'Garments', 'Electronics', 'Bricks', 'Cotton', 'Rice', 'Sugarcane', 'Coffee', 'Tea', 'Gloves', 'Palm Fruit'];
const INDICATORS = ['ABUSE_OF_VULNERABILITY', 'DECEPTION', 'RESTRICTION_OF_MOVEMENT', 'ISOLATION', 'PHYSICAL_AND_SEXUAL_VIOLENCE', 'INTIMIDATION_AND_THREATS', 'RETENTION_OF_IDENTITY_DOCUMENTS', 'WITHHOLDING_OF_WAGES', 'DEBT_BONDAGE', 'ABUSIVE_WORKING_AND_LIVING_CONDITIONS', 'EXCESSIVE_OVERTIME'];

const list = (values: readonly string[]) => `[${values.map((v) => `'${v}'`).join(', ')}]`;
const pick = (values: readonly string[], expr: string) => `${list(values)}[(1 + (${expr}) % ${values.length})::BIGINT]`;

/** Appends `audits` audits (10 findings each, a corrective action on each S2+ finding) after the ids already there. */
export async function generateSyntheticAudits(db: WarehouseDb, opts: { suppliers: number; audits: number; auditOffset?: number }): Promise<void> {
  const offset = opts.auditOffset ?? 0;
  if (offset === 0) {
    await execSql(
      db,
      `INSERT INTO suppliers SELECT 'sup-' || i, 'Facility ' || i, i || ' Road', ${pick(COUNTRIES, 'hash(i, 1)')}, ${pick(SECTORS, 'hash(i, 2)')},
         [${pick(GOODS, 'hash(i, 3)')}], 100 + hash(i, 4) % 900, (hash(i, 5) % 100) / 100.0, 1, 'k' || i,
         TIMESTAMP '2015-01-01', TIMESTAMP '2015-01-01', false, nextval('change_seq_counter')
       FROM range(${opts.suppliers}) t(i)`,
    );
  }
  await execSql(
    db,
    `INSERT INTO audits SELECT 'aud-' || i, 'sup-' || (i % ${opts.suppliers}), 'org-' || (hash(i, 6) % 8), 'SMETA', 'PERIODIC',
       ${pick(['ANNOUNCED', 'SEMI_ANNOUNCED', 'UNANNOUNCED'], 'hash(i, 7)')}, DATE '2015-01-01' + (hash(i, 8) % 4000)::INTEGER, 20,
       TIMESTAMP '2025-01-01', false, nextval('change_seq_counter')
     FROM range(${offset}, ${offset + opts.audits}) t(i)`,
  );
  await execSql(
    db,
    `INSERT INTO findings SELECT 'fnd-' || i, 'aud-' || (i // 10),
       CASE WHEN hash(i, 9) % 2 = 0 THEN ${pick(INDICATORS, 'hash(i, 10)')} END, 'Major',
       ${pick(['S0', 'S0', 'S1', 'S1', 'S2', 'S2', 'S3', 'S4'], 'hash(i, 11)')}, 'Synthetic finding', false, nextval('change_seq_counter')
     FROM range(${offset * 10}, ${(offset + opts.audits) * 10}) t(i)`,
  );
  await execSql(
    db,
    `INSERT INTO corrective_actions SELECT 'cap-' || f.finding_id, f.finding_id, 'Fix it', 'OPEN', a.audit_date + 90,
       CASE WHEN hash(f.finding_id, 12) % 3 > 0 THEN a.audit_date + (hash(f.finding_id, 13) % 150)::INTEGER END,
       CASE WHEN hash(f.finding_id, 12) % 3 = 2 THEN a.audit_date + 160 END,
       TIMESTAMP '2025-01-01', false, nextval('change_seq_counter')
     FROM findings f JOIN audits a USING (audit_id)
     WHERE f.severity IN ('S2', 'S3', 'S4') AND a.audit_id IN (SELECT 'aud-' || i FROM range(${offset}, ${offset + opts.audits}) t(i))`,
  );
}
