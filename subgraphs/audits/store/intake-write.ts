/** Writes one group of intake units in the caller's transaction: plan, bulk-insert, resolve replays. */
import type { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import type { AuditRecord, DB } from '../db-types.js';
import { insertRows } from './bulk-insert.js';
import { planIntake } from './intake-plan.js';
import type { IntakeRows, IntakeUnit, SubmissionResult } from './intake-types.js';

export type UnitOutcome = { ok: true; results: SubmissionResult[] } | { ok: false; error: GraphQLError };

function toRecord({ change_seq: _seq, is_deleted: _deleted, ...audit }: AuditRecord & { change_seq?: number; is_deleted?: boolean }): AuditRecord {
  return audit;
}

export async function writeIntake(trx: Kysely<DB>, units: readonly IntakeUnit[]): Promise<UnitOutcome[]> {
  const planned = await planIntake(trx, units, new Date().toISOString());
  const all: IntakeRows = { suppliers: [], audits: [], findings: [], correctiveActions: [], keys: [] };
  const storedIds = new Set<string>();
  for (const p of planned) {
    if (!p.ok) continue;
    for (const k of Object.keys(all) as (keyof IntakeRows)[]) (all[k] as unknown[]).push(...p.plan.rows[k]);
    for (const r of p.plan.results) if ('storedAuditId' in r) storedIds.add(r.storedAuditId);
  }
  await insertRows(trx, 'suppliers', all.suppliers);
  await insertRows(trx, 'audits', all.audits);
  await insertRows(trx, 'findings', all.findings);
  await insertRows(trx, 'corrective_actions', all.correctiveActions);
  await insertRows(trx, 'idempotency_keys', all.keys);
  const stored = new Map<string, AuditRecord>();
  if (storedIds.size > 0) {
    const rows = await trx.selectFrom('audits').selectAll().where('audit_id', 'in', [...storedIds]).execute();
    for (const row of rows) stored.set(row.audit_id, toRecord(row));
  }
  return planned.map((p) =>
    p.ok
      ? { ok: true, results: p.plan.results.map((r) => ('storedAuditId' in r ? { audit: stored.get(r.storedAuditId)!, replayed: true } : r)) }
      : p,
  );
}
