/**
 * Corrective actions become overdue by the calendar, not by a write, so a periodic sweep finds them: each
 * sweep is one INSERT … SELECT (store/alerts.ts) that records the alert and, by its dedupe key, the marker that
 * it was raised, in one transaction. A sweep that fails or a process that stops loses nothing: the next sweep
 * finds the same corrective actions. Runs once at start, then every `intervalMs`.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../../lib/logger.js';
import { todayUtc } from '../../lib/scalars.js';
import type { DB } from './db-types.js';
import { recordOverdueAlerts } from './store/alerts.js';

export const DEFAULT_OVERDUE_SWEEP_MS = 60_000;

export interface OverdueSweep {
  /** Runs a sweep now (waiting for one in progress first); resolves with the number of new alerts. */
  runNow(): Promise<number>;
  stop(): Promise<void>;
}

export function startOverdueSweep(
  db: Kysely<DB>,
  options: { intervalMs: number; log: Logger; today?: () => string },
): OverdueSweep {
  let running: Promise<number> = Promise.resolve(0);
  let stopped = false;
  const sweep = (): Promise<number> => {
    running = running
      .catch(() => 0)
      .then(async () => {
        if (stopped) return 0;
        const raised = await recordOverdueAlerts(db, (options.today ?? todayUtc)(), new Date().toISOString());
        if (raised > 0) options.log.info({ raised }, 'overdue corrective-action alerts recorded');
        return raised;
      });
    return running;
  };
  const tick = () =>
    void sweep().catch((error) => options.log.error({ err: error }, 'overdue sweep failed; the next one retries'));
  tick();
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return {
    runNow: sweep,
    async stop() {
      clearInterval(timer);
      stopped = true;
      await running.catch(() => 0);
    },
  };
}
