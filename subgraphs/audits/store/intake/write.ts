/**
 * Writes one group of intake units as ONE DuckDB transaction, in as few calls to the database as possible.
 * Each call is a round trip through the thread pool while the group holds the connection, and under load
 * every trip also waits for the event loop, busy with the next requests (DESIGN §6: p99 ≤ 50 ms at 50
 * clients); a group used to make seven. Now:
 * - optimistic, usually: ONE call `BEGIN; <check>; INSERT …; COMMIT`, planned from what assume.ts
 *   assumes and verified inside the transaction (a stale assumption fails it before COMMIT);
 * - checked, when that fails or a facility is ambiguous: `BEGIN; <lookup>`, plan, `INSERT …; COMMIT`
 *   (plus one read of stored audits when a submission replays one).
 * The statements are `EXECUTE`s of statements prepared once per connection, values passed as literals
 * (inserts.ts, ../sql-literals.ts); findings and corrective actions come serialised already
 * (rows.ts), so the JavaScript that runs here, while the connection waits, is short.
 * The connection comes through Kysely (`db.connection()`): the dialect's FIFO lock still serialises the
 * transaction with every other statement.
 */
import type { GraphQLError } from 'graphql';
import { sql, type Kysely } from 'kysely';
import type { AuditRecord, DB } from '../../db-types.js';
import type { FacilityCache } from '../facility-cache.js';
import { engineOf } from '../../../../lib/store/engine.js';
import { assumeKnown, PREPARE_CHECK_SQL } from './assume.js';
import { insertJsonStatements, insertRowStatements, prepareInsertsSql } from './inserts.js';
import { intakeHookStatements } from './hooks.js';
import { knownSql, readKnown, type Known, type KnownRow } from './lookup.js';
import { planIntake, type PlannedUnit } from './plan.js';
import type { IntakeRows, IntakeUnit, SubmissionResult } from './types.js';
import { writeIntakePooled } from './write-pooled.js';

export type UnitOutcome = { ok: true; results: SubmissionResult[] } | { ok: false; error: GraphQLError };

const AUDIT_COLUMNS = [
  'audit_id', 'supplier_id', 'partner_org_id', 'scheme', 'audit_type', 'announcement', 'audit_date', 'workers_interviewed', 'submitted_at',
] as const;

export interface Plan {
  planned: PlannedUnit[];
  rows: IntakeRows;
  storedIds: Set<string>;
  /** The group's time: submitted_at, created_at and updated_at of everything it writes. */
  now: string;
}

export function plan(units: readonly IntakeUnit[], known: Known): Plan {
  const now = new Date().toISOString();
  const planned = planIntake(units, known, now);
  const rows: IntakeRows = { suppliers: [], audits: [], children: [], keys: [] };
  const storedIds = new Set<string>();
  for (const p of planned) {
    if (!p.ok) continue;
    for (const k of Object.keys(rows) as (keyof IntakeRows)[]) (rows[k] as unknown[]).push(...p.plan.rows[k]);
    for (const r of p.plan.results) if ('storedAuditId' in r) storedIds.add(r.storedAuditId);
  }
  return { planned, rows, storedIds, now };
}

/** Keys first: a key that exists already fails the optimistic transaction before anything heavier runs. */
function writeStatements({ rows, now }: Plan): string[] {
  return [
    ...insertRowStatements('idempotency_keys', rows.keys, now),
    ...insertRowStatements('suppliers', rows.suppliers, now),
    ...insertRowStatements('audits', rows.audits, now),
    ...insertJsonStatements('findings', rows.children.map((c) => ({ json: c.findingsJson, count: c.findingCount })), now),
    ...insertJsonStatements('corrective_actions', rows.children.map((c) => ({ json: c.correctiveActionsJson, count: c.correctiveActionCount })), now),
  ];
}

export function outcomes(p: Plan, stored: Map<string, AuditRecord>, facilities: FacilityCache): UnitOutcome[] {
  for (const s of p.rows.suppliers) facilities.add(s.match_key, s.supplier_id);
  return p.planned.map((u) =>
    u.ok
      ? { ok: true, results: u.plan.results.map((r) => ('storedAuditId' in r ? { audit: stored.get(r.storedAuditId)!, replayed: true } : r)) }
      : u,
  );
}

export async function readStoredAudits(conn: Kysely<DB>, ids: readonly string[]): Promise<Map<string, AuditRecord>> {
  const rows = await conn.selectFrom('audits').select(AUDIT_COLUMNS).where('audit_id', 'in', [...ids]).execute();
  return new Map(rows.map((row) => [row.audit_id, row]));
}

/** Ends a failed transaction. A failed COMMIT has ended it already, which is the one error expected here. */
async function rollback(conn: Kysely<DB>, cause: unknown): Promise<void> {
  try {
    await sql.raw('ROLLBACK').execute(conn);
  } catch (error) {
    if (/no transaction is active/i.test((error as Error).message)) return;
    throw new AggregateError([cause, error], 'intake transaction failed, and so did its rollback');
  }
}

/** What the lookup found for each facility of the group, so later groups can skip it. */
function learnFacilities(units: readonly IntakeUnit[], rows: readonly KnownRow[], facilities: FacilityCache): void {
  const found = new Map<string, string[]>();
  for (const r of rows) if (r.kind === 'match') found.set(r.k1, [...(found.get(r.k1) ?? []), r.v1!]);
  for (const unit of units) {
    for (const s of unit.submissions) {
      if (s.draft.supplier) {
        const key = s.prepared.facilityKey!;
        facilities.learn(key, found.get(key) ?? []);
      }
    }
  }
}

/** ONE call, or null when the group's assumptions did not hold (nothing written, transaction rolled back). */
async function writeOptimistic(conn: Kysely<DB>, units: readonly IntakeUnit[], facilities: FacilityCache): Promise<UnitOutcome[] | null> {
  const assumed = assumeKnown(units, facilities);
  if (!assumed) return null;
  const p = plan(units, assumed.known);
  try {
    // Alerts and OS IDs (hooks.ts) commit in the same transaction as their audits, in the same call.
    const hooks = intakeHookStatements(units, p.rows.audits, p.now);
    const statements = ['BEGIN TRANSACTION', assumed.check, ...writeStatements(p), ...hooks, 'COMMIT'];
    await sql.raw(statements.join(';\n')).execute(conn);
  } catch (error) {
    // Expected when an assumption was stale (a replayed key, a facility registered or removed elsewhere);
    // anything else fails the checked write below too, and is reported from there.
    await rollback(conn, error);
    return null;
  }
  return outcomes(p, new Map(), facilities);
}

async function writeChecked(conn: Kysely<DB>, units: readonly IntakeUnit[], facilities: FacilityCache): Promise<UnitOutcome[]> {
  try {
    const { rows: found } = await sql.raw<KnownRow>(`BEGIN TRANSACTION;\n${knownSql(units)}`).execute(conn);
    learnFacilities(units, found, facilities);
    const p = plan(units, readKnown(found));
    const stored = p.storedIds.size > 0 ? await readStoredAudits(conn, [...p.storedIds]) : new Map<string, AuditRecord>();
    const hooks = intakeHookStatements(units, p.rows.audits, p.now);
    await sql.raw([...writeStatements(p), ...hooks, 'COMMIT'].join(';\n')).execute(conn);
    return outcomes(p, stored, facilities);
  } catch (error) {
    await rollback(conn, error);
    throw error;
  }
}

/** Stores whose connection holds the intake's prepared statements (one connection per store, see the dialect). */
const prepared = new WeakSet<Kysely<DB>>();

async function prepareStatements(db: Kysely<DB>, conn: Kysely<DB>): Promise<void> {
  if (prepared.has(db)) return;
  await sql.raw([...prepareInsertsSql(), PREPARE_CHECK_SQL].join(';\n')).execute(conn);
  prepared.add(db);
}

export async function writeIntake(db: Kysely<DB>, units: readonly IntakeUnit[], facilities: FacilityCache): Promise<UnitOutcome[]> {
  // The DuckDB path below is the measured fast path for one connection; a pooled server database takes the
  // Kysely path (write-pooled.ts).
  if (engineOf(db) === 'postgres') return writeIntakePooled(db, units, facilities);
  return db.connection().execute(async (conn) => {
    await prepareStatements(db, conn);
    try {
      return (await writeOptimistic(conn, units, facilities)) ?? (await writeChecked(conn, units, facilities));
    } catch (error) {
      // Prepare again before the next group, in case the failure was a lost prepared statement (PREPARE replaces).
      prepared.delete(db);
      throw error;
    }
  });
}
