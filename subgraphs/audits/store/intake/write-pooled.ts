/**
 * The group commit on a pooled server database (PostgreSQL), in plain Kysely: one transaction per group that
 * locks what the group claims, looks up what it must know, plans (plan.ts, shared with DuckDB) and
 * inserts. Several processes (replicas) write at once here, so two groups naming the same facility or the
 * same idempotency key must not both find it new: each takes a transaction-scoped advisory lock per facility
 * key and per idempotency key first, in sorted order (no deadlocks), and the second waits for the first to
 * commit, then sees its rows. Groups with nothing in common do not wait for each other.
 */
import { sql, type Kysely } from 'kysely';
import { lockForTransaction } from '../../../../lib/store/transaction-lock.js';
import type { AuditRecord, DB } from '../../db-types.js';
import type { FacilityCache } from '../facility-cache.js';
import { intakeHookStatements } from './hooks.js';
import { keyId, type Known } from './lookup.js';
import type { IntakeUnit } from './types.js';
import { outcomes, plan, readStoredAudits, type Plan, type UnitOutcome } from './write.js';

/** Rows per INSERT: PostgreSQL takes at most 65,535 bound parameters per statement. */
const maxRowsFor = (columns: number) => Math.floor(60_000 / columns);

function lockKeys(units: readonly IntakeUnit[]): string[] {
  const keys = new Set<string>();
  for (const unit of units) {
    for (const s of unit.submissions) {
      if (s.prepared.facilityKey !== null) keys.add(`facility\u001f${s.prepared.facilityKey}`);
      if (s.idempotencyKey !== null) keys.add(`key\u001f${s.partnerOrgId}\u001f${s.idempotencyKey}`);
    }
  }
  return [...keys];
}

async function lookup(trx: Kysely<DB>, units: readonly IntakeUnit[]): Promise<Known> {
  const submissions = units.flatMap((u) => u.submissions);
  const keyed = submissions.filter((s) => s.idempotencyKey !== null);
  const ids = [...new Set(submissions.flatMap((s) => (s.draft.supplierId ? [s.draft.supplierId] : [])))];
  const matchKeys = [
    ...new Set(submissions.flatMap((s) => (s.prepared.facilityKey === null ? [] : [s.prepared.facilityKey]))),
  ];
  const known: Known = { keys: new Map(), supplierIds: new Set(), suppliersByMatchKey: new Map() };
  if (keyed.length > 0) {
    const rows = await trx
      .selectFrom('idempotency_keys')
      .select(['partner_org_id', 'idempotency_key', 'request_hash', 'audit_id'])
      .where('partner_org_id', 'in', [...new Set(keyed.map((s) => s.partnerOrgId))])
      .where('idempotency_key', 'in', [...new Set(keyed.map((s) => s.idempotencyKey!))])
      .execute();
    for (const r of rows)
      known.keys.set(keyId(r.partner_org_id, r.idempotency_key), { requestHash: r.request_hash, auditId: r.audit_id });
  }
  if (ids.length > 0) {
    const rows = await trx
      .selectFrom('suppliers')
      .select('supplier_id')
      .where('supplier_id', 'in', ids)
      .where('is_deleted', '=', false)
      .execute();
    for (const r of rows) known.supplierIds.add(r.supplier_id);
  }
  if (matchKeys.length > 0) {
    // Several suppliers may share a key (registered before matching existed): the earliest wins.
    const rows = await trx
      .selectFrom('suppliers')
      .select(['match_key', 'supplier_id'])
      .where('match_key', 'in', matchKeys)
      .where('is_deleted', '=', false)
      .orderBy('created_at')
      .orderBy('supplier_id')
      .execute();
    for (const r of rows)
      if (!known.suppliersByMatchKey.has(r.match_key)) known.suppliersByMatchKey.set(r.match_key, r.supplier_id);
  }
  return known;
}

/** Children were serialised on arrival as SQL-ready JSON text (quotes doubled): undo the doubling, parse. */
function parseChildren(json: string): Record<string, unknown>[] {
  return json === '' ? [] : (JSON.parse(`[${json.replaceAll("''", "'")}]`) as Record<string, unknown>[]);
}

async function insertChunked(
  trx: Kysely<DB>,
  table: keyof DB,
  rows: readonly Record<string, unknown>[],
  withSeq: boolean,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).length + (withSeq ? 1 : 0);
  const step = maxRowsFor(columns);
  for (let i = 0; i < rows.length; i += step) {
    const chunk = rows
      .slice(i, i + step)
      .map((r) => (withSeq ? { ...r, change_seq: sql`nextval('change_seq_counter')` } : r));
    await trx
      .insertInto(table)
      // Kysely cannot resolve Insertable<DB[T]> for a generic table T, so no typed form exists; rows are typed by T.
      .values(chunk as never)
      .execute();
  }
}

async function insertPlan(trx: Kysely<DB>, { rows, now }: Plan): Promise<void> {
  await insertChunked(trx, 'idempotency_keys', rows.keys, false);
  await insertChunked(trx, 'suppliers', rows.suppliers, true);
  await insertChunked(trx, 'audits', rows.audits, true);
  await insertChunked(
    trx,
    'findings',
    rows.children.flatMap((c) => parseChildren(c.findingsJson)),
    true,
  );
  const actions = rows.children
    .flatMap((c) => parseChildren(c.correctiveActionsJson))
    .map((a) => ({ ...a, updated_at: now }));
  await insertChunked(trx, 'corrective_actions', actions, true);
}

export async function writeIntakePooled(
  db: Kysely<DB>,
  units: readonly IntakeUnit[],
  facilities: FacilityCache,
): Promise<UnitOutcome[]> {
  return db.transaction().execute(async (trx) => {
    await lockForTransaction(trx, lockKeys(units));
    const p = plan(units, await lookup(trx, units));
    const stored =
      p.storedIds.size > 0 ? await readStoredAudits(trx, [...p.storedIds]) : new Map<string, AuditRecord>();
    await insertPlan(trx, p);
    // Alerts and OS IDs commit with their audits, as on DuckDB (hooks.ts).
    for (const statement of intakeHookStatements(units, p.rows.audits, p.now)) await sql.raw(statement).execute(trx);
    return outcomes(p, stored, facilities);
  });
}
