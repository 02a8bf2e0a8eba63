/**
 * Raw intake on one DuckDB connection, no GraphQL and no validation: the floor for the audits subgraph's intake.
 * One transaction writes a batch of audits and their findings, each table in ONE statement, three ways:
 * - `params`: multi-row INSERT … VALUES through Kysely with bound parameters (what a Kysely store does by default);
 * - `literal`: the same multi-row INSERT with the values inlined as SQL literals;
 * - `json`: INSERT … SELECT over `unnest(from_json($1, …))`, the whole batch as one JSON parameter.
 * change_seq comes from `nextval('change_seq_counter')` in every variant, as in the stores.
 */
import { sql, type Kysely } from 'kysely';
import { sqlString } from '../../lib/duckdb/sql-literals.js';

export type IntakeVariant = 'params' | 'literal' | 'json';

const INDICATORS = [
  'EXCESSIVE_OVERTIME',
  'WITHHOLDING_OF_WAGES',
  'RETENTION_OF_IDENTITY_DOCUMENTS',
  'DEBT_BONDAGE',
  null,
] as const;

const AUDIT_TYPES: Record<string, string> = {
  audit_id: 'VARCHAR',
  supplier_id: 'VARCHAR',
  partner_org_id: 'VARCHAR',
  scheme: 'VARCHAR',
  audit_type: 'VARCHAR',
  announcement: 'VARCHAR',
  audit_date: 'DATE',
  workers_interviewed: 'INTEGER',
  submitted_at: 'TIMESTAMP',
};
const FINDING_TYPES: Record<string, string> = {
  finding_id: 'VARCHAR',
  audit_id: 'VARCHAR',
  ilo_indicator: 'VARCHAR',
  scheme_severity: 'VARCHAR',
  severity: 'VARCHAR',
  description: 'VARCHAR',
};

type Row = Record<string, string | number | null>;

function auditRows(firstN: number, audits: number, supplierId: string): Row[] {
  const submittedAt = new Date().toISOString();
  return Array.from({ length: audits }, (_, k) => ({
    audit_id: `raw-aud-${firstN + k}`,
    supplier_id: supplierId,
    partner_org_id: 'org-acme',
    scheme: 'SMETA',
    audit_type: 'PERIODIC',
    announcement: 'SEMI_ANNOUNCED',
    audit_date: '2025-06-01',
    workers_interviewed: 25,
    submitted_at: submittedAt,
  }));
}

function findingRows(firstN: number, audits: number, perAudit: number): Row[] {
  return Array.from({ length: audits * perAudit }, (_, i) => {
    const n = firstN + Math.floor(i / perAudit);
    const k = i % perAudit;
    return {
      finding_id: `raw-fnd-${n}-${k}`,
      audit_id: `raw-aud-${n}`,
      ilo_indicator: INDICATORS[k % INDICATORS.length]!,
      scheme_severity: 'Non-compliance (major)',
      severity: 'S3',
      description: 'Passports held by the employer',
    };
  });
}

function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  return typeof value === 'number' ? String(value) : sqlString(value);
}

async function insertRows(
  db: Kysely<any>,
  variant: IntakeVariant,
  table: string,
  types: Record<string, string>,
  rows: Row[],
): Promise<void> {
  const columns = Object.keys(types);
  const columnList = [...columns, 'change_seq'].join(', ');
  if (variant === 'params') {
    await db
      .insertInto(table)
      .values(rows.map((r) => ({ ...r, change_seq: sql`nextval('change_seq_counter')` })))
      .execute();
  } else if (variant === 'literal') {
    const values = rows.map(
      (r) => `(${columns.map((c) => literal(r[c] ?? null)).join(', ')}, nextval('change_seq_counter'))`,
    );
    await sql.raw(`INSERT INTO ${table} (${columnList}) VALUES ${values.join(', ')}`).execute(db);
  } else {
    await sql`INSERT INTO ${sql.table(table)} (${sql.raw(columnList)})
      SELECT ${sql.raw(columns.join(', '))}, nextval('change_seq_counter')
      FROM (SELECT unnest(from_json(${JSON.stringify(rows)}, ${JSON.stringify([types])}), max_depth := 2))`.execute(db);
  }
}

/** One transaction: `audits` audits and their findings, one statement per table. */
export async function insertAuditBatch(
  db: Kysely<any>,
  variant: IntakeVariant,
  batch: { firstN: number; audits: number; findingsPerAudit: number; supplierId: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, variant, 'audits', AUDIT_TYPES, auditRows(batch.firstN, batch.audits, batch.supplierId));
    await insertRows(
      trx,
      variant,
      'findings',
      FINDING_TYPES,
      findingRows(batch.firstN, batch.audits, batch.findingsPerAudit),
    );
  });
}

export async function countRows(db: Kysely<any>, table: string): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]!.n);
}
