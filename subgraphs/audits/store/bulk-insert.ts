/**
 * Bulk inserts for intake (DESIGN §6: ≥ 1,000 audits/s with 10 findings each). Each chunk of rows is ONE
 * statement that unnests a JSON array bound as a single parameter:
 *   INSERT INTO findings (...) SELECT r.*, nextval(...) FROM (SELECT unnest(from_json($1, '<row shape>')) AS r)
 * Measured on the 2-core box (500 audits, 5,000 findings, 5,000 corrective actions per transaction):
 * multi-row VALUES with bound parameters 650–780 audits/s (DuckDB binds each parameter separately),
 * VALUES with literals ~1,300/s, this ~6,000/s. NULLs and VARCHAR[] survive as they are. insertRows binds
 * the JSON; the group commit runs the same inserts as prepared statements (intake/inserts.ts).
 */
import { sql, type Kysely } from 'kysely';
import { engineOf } from '../../../lib/store/engine.js';
import type { DB } from '../db-types.js';
import { sqlString } from '../../../lib/duckdb/sql-literals.js';

/** Column → DuckDB type of every table intake writes (change_seq and is_deleted are set by the insert). */
const SHAPES = {
  suppliers: {
    supplier_id: 'VARCHAR',
    name: 'VARCHAR',
    address: 'VARCHAR',
    country_code: 'VARCHAR',
    sector: 'VARCHAR',
    goods: 'VARCHAR[]',
    worker_count: 'INTEGER',
    migrant_worker_share: 'DOUBLE',
    tier: 'INTEGER',
    match_key: 'VARCHAR',
    created_at: 'TIMESTAMP',
    updated_at: 'TIMESTAMP',
  },
  audits: {
    audit_id: 'VARCHAR',
    supplier_id: 'VARCHAR',
    partner_org_id: 'VARCHAR',
    scheme: 'VARCHAR',
    audit_type: 'VARCHAR',
    announcement: 'VARCHAR',
    audit_date: 'DATE',
    workers_interviewed: 'INTEGER',
    submitted_at: 'TIMESTAMP',
  },
  findings: {
    finding_id: 'VARCHAR',
    audit_id: 'VARCHAR',
    ilo_indicator: 'VARCHAR',
    scheme_severity: 'VARCHAR',
    severity: 'VARCHAR',
    description: 'VARCHAR',
  },
  corrective_actions: {
    corrective_action_id: 'VARCHAR',
    finding_id: 'VARCHAR',
    description: 'VARCHAR',
    status: 'VARCHAR',
    due_date: 'DATE',
    closed_date: 'DATE',
    verified_date: 'DATE',
    updated_at: 'TIMESTAMP',
  },
  idempotency_keys: {
    partner_org_id: 'VARCHAR',
    idempotency_key: 'VARCHAR',
    request_hash: 'VARCHAR',
    audit_id: 'VARCHAR',
    created_at: 'TIMESTAMP',
  },
} as const satisfies Record<keyof DB, Record<string, string>>;

/** Tables with a change_seq (all but idempotency_keys). */
const HAS_CHANGE_SEQ: ReadonlySet<keyof DB> = new Set(['suppliers', 'audits', 'findings', 'corrective_actions']);

/** Rows per statement: bounds the JSON text of one parameter (a finding row is ~300 bytes). */
export const CHUNK_ROWS = 5_000;

export type Rows<T extends keyof DB> = readonly { [K in keyof (typeof SHAPES)[T]]: unknown }[];

/**
 * The statement around its rows argument: `head + <json> + tail` is
 * `INSERT INTO "t" (cols…, change_seq) SELECT r.cols…, nextval(…) FROM (SELECT unnest(from_json(<json>, '<shape>')) AS
 * r)`;
 * `select` may wrap a column's `r.<column>` in an expression.
 */
export function insertSql(
  table: keyof DB,
  select: (column: string, type: string) => string = (c) => `r.${c}`,
): { head: string; tail: string } {
  const shape: Record<string, string> = SHAPES[table];
  const columns = Object.keys(shape);
  const seq = HAS_CHANGE_SEQ.has(table);
  return {
    head:
      `INSERT INTO "${table}" (${columns.join(', ')}${seq ? ', change_seq' : ''}) ` +
      `SELECT ${columns.map((c) => select(c, shape[c]!)).join(', ')}` +
      `${seq ? `, nextval('change_seq_counter')` : ''} FROM (SELECT unnest(from_json(`,
    tail: `, ${sqlString(JSON.stringify([shape]))})) AS r)`,
  };
}

/** Tables intake writes and the DuckDB type of each of their columns. */
export const INSERT_TABLES = Object.keys(SHAPES) as (keyof DB)[];
export const columnTypes = (table: keyof DB): Record<string, string> => SHAPES[table];

export async function insertRows<T extends keyof DB>(db: Kysely<DB>, table: T, rows: Rows<T>): Promise<void> {
  if (engineOf(db) === 'postgres') return insertRowsPortable(db, table, rows);
  const { head, tail } = insertSql(table);
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    // Typed VARCHAR: an untyped parameter makes DuckDB re-bind the prepared statement on every execution.
    await sql`${sql.raw(head)}${JSON.stringify(rows.slice(i, i + CHUNK_ROWS))}${sql.raw(`::VARCHAR${tail}`)}`.execute(
      db,
    );
  }
}

/** PostgreSQL binds multi-row VALUES well (the unnest-of-JSON form above is DuckDB's): plain Kysely inserts. */
async function insertRowsPortable<T extends keyof DB>(db: Kysely<DB>, table: T, rows: Rows<T>): Promise<void> {
  const withSeq = HAS_CHANGE_SEQ.has(table);
  const step = Math.floor(60_000 / (Object.keys(SHAPES[table]).length + 1));
  for (let i = 0; i < rows.length; i += step) {
    const seq = sql`nextval('change_seq_counter')`;
    const chunk = rows.slice(i, i + step).map((r) => (withSeq ? { ...r, change_seq: seq } : r));
    await db
      .insertInto(table)
      // Kysely cannot resolve Insertable<DB[T]> for a generic table T, so no typed form exists; rows are typed by T.
      .values(chunk as never)
      .execute();
  }
}
