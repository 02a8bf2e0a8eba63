/**
 * Group commit for audit intake (DESIGN §6: 50 concurrent single submissions, p99 ≤ 50 ms, while one DuckDB
 * commit costs ~3 ms). Submissions queue while a transaction runs; when it finishes, everything queued is
 * written together in the next one, so batches form by themselves under load and a lone submission waits
 * for nobody. A promise resolves only after its transaction has committed: an acknowledged audit is durable.
 * A unit that breaks a rule fails alone inside the group; if the group transaction itself fails, each unit
 * is retried in its own transaction, so one bad submission never fails another.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../../../../lib/logger.js';
import type { DB } from '../../db-types.js';
import type { IntakeUnit, SubmissionResult } from './types.js';
import { FacilityCache } from '../facility-cache.js';
import { writeIntake, type UnitOutcome } from './write.js';

interface Pending {
  unit: IntakeUnit;
  resolve: (results: SubmissionResult[]) => void;
  reject: (error: unknown) => void;
}

/** Upper bound of submissions per group transaction, so one commit stays short under any backlog. */
const MAX_GROUP_SUBMISSIONS = 2_000;

export class IntakeQueue {
  private pending: Pending[] = [];
  private flushing: Promise<void> | null = null;
  /** Group sizes of recent commits (the last 500–1000), for tests and metrics. */
  readonly groupSizes: number[] = [];
  /** Group commits and units committed since start, for metrics (groupSizes keeps only recent ones). */
  readonly totals = { groups: 0, units: 0 };
  /** Facilities seen, so most groups commit without a lookup (write.ts). */
  private readonly facilities = new FacilityCache();

  constructor(
    /** Read-only uses outside the group commit (e.g. OS ID lookups before a submission queues). */
    readonly db: Kysely<DB>,
    private readonly log?: Logger,
  ) {}

  /** Queues one all-or-nothing unit; resolves with its results once committed. */
  submit(unit: IntakeUnit): Promise<SubmissionResult[]> {
    return new Promise((resolve, reject) => {
      this.pending.push({ unit, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  /** Resolves when everything queued so far has been written (used on shutdown). */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  private async flush(): Promise<void> {
    // Let callers arriving in the same tick join the first group.
    await Promise.resolve();
    try {
      while (this.pending.length > 0) await this.commitGroup(this.takeGroup());
    } finally {
      this.flushing = null;
    }
  }

  private takeGroup(): Pending[] {
    let count = 0;
    let i = 0;
    while (
      i < this.pending.length &&
      (i === 0 || count + this.pending[i]!.unit.submissions.length <= MAX_GROUP_SUBMISSIONS)
    ) {
      count += this.pending[i]!.unit.submissions.length;
      i++;
    }
    return this.pending.splice(0, i);
  }

  private async commitGroup(group: Pending[]): Promise<void> {
    let outcomes: UnitOutcome[];
    try {
      outcomes = await writeIntake(
        this.db,
        group.map((p) => p.unit),
        this.facilities,
      );
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
      this.log?.warn({ err: error, units: group.length }, 'intake group commit failed; retrying each submission alone');
      for (const p of group) await this.commitGroup([p]);
      return;
    }
    this.groupSizes.push(group.length);
    this.totals.groups++;
    this.totals.units += group.length;
    if (this.groupSizes.length > 1000) this.groupSizes.splice(0, 500);
    group.forEach((p, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) p.resolve(outcome.results);
      else p.reject(outcome.error);
    });
  }
}
