/**
 * A small world for the open/overdue corrective-action counts (Supplier.correctiveActionCounts): two partners'
 * audits of one shared supplier, one supplier each partner audits alone, one whose actions are all done, and
 * tombstones (a whole audit, a finding, an action) whose open actions must count for nothing. Dates are relative
 * to today (UTC), so "overdue" (still open after the due date) holds whenever the test runs; an action due today
 * is open but not yet overdue.
 */
import { sql, type Kysely } from 'kysely';
import { todayUtc } from '../../lib/scalars.js';
import type { DB } from '../../subgraphs/audits/db-types.js';
import { submitAudit } from '../../subgraphs/audits/intake.js';
import type { IntakeQueue } from '../../subgraphs/audits/store/intake/queue.js';
import { auditInput, facility, finding } from './fixtures.js';

export const ACME = 'org-acme';
export const GLOBEX = 'org-globex';

const daysFromToday = (days: number) => new Date(Date.parse(todayUtc()) + days * 86_400_000).toISOString().slice(0, 10);
const AUDIT_DATE = daysFromToday(-90);
const PAST = daysFromToday(-30);
const FUTURE = daysFromToday(30);

type Action = Record<string, unknown>;
const open = (dueDate: string): Action => ({ description: 'Fix it', dueDate });
const inProgress = (dueDate: string): Action => ({ ...open(dueDate), status: 'IN_PROGRESS' });
const closed = (): Action => ({ ...open(PAST), status: 'CLOSED', closedDate: daysFromToday(-10) });
const verified = (): Action => ({ ...closed(), status: 'VERIFIED', verifiedDate: daysFromToday(-5) });

const withActions = (label: string, actions: Action[]) =>
  actions.map((correctiveAction, i) => finding({ description: `${label} ${i + 1}`, correctiveAction }));

export interface ActionCountsWorld {
  /** Audited by both partners. */
  shared: string;
  acmeOnly: string;
  globexOnly: string;
  /** Audited by acme; every action closed or verified. */
  allDone: string;
}

export type Counts = { open: number; overdue: number };

/** What each caller must be told, by supplier: a partner its own audits only, an analyst all of them. */
export const EXPECTED: Record<'acme' | 'globex' | 'analyst', Record<keyof ActionCountsWorld, Counts>> = {
  acme: {
    shared: { open: 3, overdue: 1 },
    acmeOnly: { open: 1, overdue: 1 },
    globexOnly: { open: 0, overdue: 0 },
    allDone: { open: 0, overdue: 0 },
  },
  globex: {
    shared: { open: 3, overdue: 2 },
    acmeOnly: { open: 0, overdue: 0 },
    globexOnly: { open: 2, overdue: 1 },
    allDone: { open: 0, overdue: 0 },
  },
  analyst: {
    shared: { open: 6, overdue: 3 },
    acmeOnly: { open: 1, overdue: 1 },
    globexOnly: { open: 2, overdue: 1 },
    allDone: { open: 0, overdue: 0 },
  },
};

async function tombstone(db: Kysely<DB>, table: string, key: string, id: string): Promise<void> {
  await sql`UPDATE ${sql.table(table)} SET is_deleted = true, change_seq = nextval('change_seq_counter')
    WHERE ${sql.ref(key)} = ${id}`.execute(db);
}

async function findingId(db: Kysely<DB>, description: string): Promise<string> {
  const row = await db.selectFrom('findings').select('finding_id').where('description', '=', description).execute();
  return row[0]!.finding_id;
}

export async function writeActionCountsWorld(intake: IntakeQueue, db: Kysely<DB>): Promise<ActionCountsWorld> {
  const submit = async (partner: string, supplier: object, findings: object[]) =>
    (await submitAudit(intake, partner, auditInput({ supplier, auditDate: AUDIT_DATE, findings }))).audit;
  const sharedFacility = facility();
  const shared = await submit(ACME, sharedFacility, [
    ...withActions('acme shared', [open(PAST), inProgress(FUTURE), open(todayUtc()), closed(), verified()]),
    finding({ description: 'acme conformance', severity: 'S0', schemeSeverity: 'Compliant', correctiveAction: null }),
  ]);
  await submit(GLOBEX, sharedFacility, withActions('globex shared', [open(PAST), inProgress(PAST), open(FUTURE)]));
  // Tombstones: a whole audit, one finding, one action, each with an open, overdue action that must not count.
  const deletedAudit = await submit(ACME, sharedFacility, withActions('acme deleted audit', [open(PAST)]));
  await tombstone(db, 'audits', 'audit_id', deletedAudit.audit_id);
  await submit(ACME, sharedFacility, withActions('acme deleted rows', [open(PAST), inProgress(PAST)]));
  await tombstone(db, 'findings', 'finding_id', await findingId(db, 'acme deleted rows 1'));
  const deletedAction = await db
    .selectFrom('corrective_actions')
    .select('corrective_action_id')
    .where('finding_id', '=', await findingId(db, 'acme deleted rows 2'))
    .executeTakeFirstOrThrow();
  await tombstone(db, 'corrective_actions', 'corrective_action_id', deletedAction.corrective_action_id);

  const acmeOnly = await submit(
    ACME,
    facility({
      name: 'Mahachai Shrimp',
      address: '9 Soi 3, Mahachai',
      countryCode: 'TH',
      sector: 'SEAFOOD_PROCESSING',
    }),
    withActions('acme only', [inProgress(PAST), closed()]),
  );
  const globexOnly = await submit(
    GLOBEX,
    facility({ name: 'Songkhla Fleet', address: 'Pier 4, Songkhla', countryCode: 'TH', sector: 'FISHING' }),
    withActions('globex only', [open(FUTURE), inProgress(PAST), verified()]),
  );
  const allDone = await submit(
    ACME,
    facility({ name: 'Saigon Stitch', address: '12 Le Loi, District 1', countryCode: 'VN' }),
    withActions('acme done', [closed(), verified()]),
  );
  return {
    shared: shared.supplier_id,
    acmeOnly: acmeOnly.supplier_id,
    globexOnly: globexOnly.supplier_id,
    allDone: allDone.supplier_id,
  };
}
