/**
 * Preloaded (`--import`) into every process the stack spawns. Two jobs that the service code cannot do for
 * itself reliably:
 * - a crash (uncaught exception, rejected top-level await such as a config error) is written as one JSON
 *   line like every other log line, not as Node's multi-line stack dump, and the process exits 1;
 * - when the supervisor that spawned it disappears without stopping it (killed with SIGKILL, or its own
 *   parent died on a SIGHUP that npm does not forward), the service stops itself cleanly instead of living
 *   on as an orphan holding its port and its DuckDB file.
 */
import { watchParents } from './parent-watch.js';

const service = process.env.TIDEMARK_SERVICE ?? 'service';

function logLine(level: number, msg: string, extra: object = {}): void {
  process.stderr.write(`${JSON.stringify({ level, time: new Date().toISOString(), service, msg, ...extra })}\n`);
}

function crash(kind: string, error: unknown): void {
  const err =
    error instanceof Error
      ? { type: error.name, message: error.message, stack: error.stack }
      : { message: String(error) };
  logLine(60, `${service} crashed: ${kind}`, { err });
  process.exit(1);
}

process.on('uncaughtException', (error, origin) =>
  crash(origin === 'unhandledRejection' ? 'unhandled rejection' : 'uncaught exception', error),
);

watchParents([process.ppid], () => {
  logLine(40, `${service}: supervisor gone, stopping`);
  process.kill(process.pid, 'SIGTERM');
  // Its own SIGTERM handler stops it cleanly; if it has none or hangs, do not linger.
  setTimeout(() => process.exit(1), 10_000).unref();
});
