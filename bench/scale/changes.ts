/**
 * Changes to a generated data set other than new audits, written as the audits subgraph writes them: every
 * changed row takes a new change_seq from the store's own sequence (so the change feed hands it to the warehouse
 * again) and a deleted row is a tombstone (is_deleted set, the row kept; subgraphs/audits/migrations). Which rows
 * change is drawn from a hash of their id and `round`, so a series of rounds is reproducible and each round picks
 * other rows. Every change keeps the corrective-action rules (subgraphs/audits/corrective-action-rules.ts): dates
 * never after the decade's last day nor before the audit's date.
 */
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../lib/duckdb/database.js';
import { migrations } from './generate.js';
import { FIRST_DAY, LAST_DAY } from './options.js';

export interface SourceChanges {
  /** Corrective actions updated: a third closed, a third verified, a third given a later due date. */
  actionUpdates: number;
  /** Audits re-dated a year earlier (their findings and actions unchanged). */
  redatedAudits: number;
  /** Audits tombstoned (their findings stay, as the subgraph leaves them). */
  deletedAudits: number;
  /** Findings tombstoned. */
  deletedFindings: number;
}

/** Rows changed by one round, by kind. */
export type ChangeCounts = Record<keyof SourceChanges, number>;

const UPDATED_AT = `CAST(DATE '${LAST_DAY}' AS TIMESTAMP) + INTERVAL 12 HOUR`;

/** `count` live rows of `table` in a reproducible order that differs per round. */
function picked(table: string, key: string, count: number, round: number, where = 'TRUE'): string {
  return `SELECT ${key} FROM ${table} WHERE NOT is_deleted AND ${where}
    ORDER BY hash(${key} || '/${round}') LIMIT ${Math.max(0, Math.floor(count))}`;
}

async function run(db: Kysely<any>, text: string): Promise<number> {
  const result = await sql.raw<{ Count?: number }>(text).execute(db);
  return Number(result.numAffectedRows ?? result.rows[0]?.Count ?? 0);
}

/** The three kinds of corrective-action update, each on rows in the state it applies to. */
async function updateActions(db: Kysely<any>, count: number, round: number): Promise<number> {
  const third = Math.ceil(count / 3);
  // Verified first, then closed, then extended: each picks rows the ones before it did not change.
  const verified = await run(
    db,
    `UPDATE corrective_actions SET status = 'VERIFIED', verified_date = DATE '${LAST_DAY}', updated_at = ${UPDATED_AT},
       change_seq = nextval('change_seq_counter')
     WHERE corrective_action_id IN (${picked(
       'corrective_actions',
       'corrective_action_id',
       third,
       round + 0.5,
       "status = 'CLOSED'",
     )})`,
  );
  const closed = await run(
    db,
    `UPDATE corrective_actions SET status = 'CLOSED', closed_date = DATE '${LAST_DAY}', updated_at = ${UPDATED_AT},
       change_seq = nextval('change_seq_counter')
     WHERE corrective_action_id IN (${picked(
       'corrective_actions',
       'corrective_action_id',
       third,
       round,
       "status IN ('OPEN', 'IN_PROGRESS')",
     )})`,
  );
  // Thirty days later stays well within five years of the audit (actions are due 30–90 days after it).
  const extended = await run(
    db,
    `UPDATE corrective_actions SET due_date = due_date + 30, updated_at = ${UPDATED_AT},
       change_seq = nextval('change_seq_counter')
     WHERE corrective_action_id IN (${picked(
       'corrective_actions',
       'corrective_action_id',
       count - 2 * third,
       round + 0.25,
       "status IN ('OPEN', 'IN_PROGRESS')",
     )})`,
  );
  return closed + verified + extended;
}

/** Applies one round of `changes` to `${dataDir}/audits.duckdb` (its subgraph stopped: one writer per file). */
export async function changeSourceRows(dataDir: string, changes: SourceChanges, round: number): Promise<ChangeCounts> {
  const audits = await openDatabase<any>(join(dataDir, 'audits.duckdb'), { migrationsDir: migrations('audits') });
  try {
    return await audits.db.transaction().execute(async (trx) => ({
      actionUpdates: await updateActions(trx, changes.actionUpdates, round),
      // Earlier, not later: the audit's actions' dates stay on or after it.
      redatedAudits: await run(
        trx,
        `UPDATE audits SET audit_date = greatest(audit_date - 365, DATE '${FIRST_DAY}'),
           change_seq = nextval('change_seq_counter')
         WHERE audit_id IN (${picked('audits', 'audit_id', changes.redatedAudits, round + 0.75)})`,
      ),
      deletedAudits: await run(
        trx,
        `UPDATE audits SET is_deleted = true, change_seq = nextval('change_seq_counter')
         WHERE audit_id IN (${picked('audits', 'audit_id', changes.deletedAudits, round)})`,
      ),
      deletedFindings: await run(
        trx,
        `UPDATE findings SET is_deleted = true, change_seq = nextval('change_seq_counter')
         WHERE finding_id IN (${picked('findings', 'finding_id', changes.deletedFindings, round)})`,
      ),
    }));
  } finally {
    await audits.close();
  }
}
