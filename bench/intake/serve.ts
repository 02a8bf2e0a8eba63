/**
 * Child-process entry for the intake bench: the audits subgraph in a process of its own, as it runs in
 * production (subgraphs/audits/index.ts), so the load generator does not share its event loop. Reports its
 * URL over IPC and answers `stats` requests with the intake queue's group sizes and the stored row counts.
 * SIGTERM stops it cleanly (which also flushes a --cpu-prof profile).
 *
 *   node --import tsx bench/intake/serve.ts <dataDir>
 */
import { sql } from 'kysely';
import { createLogger } from '../../lib/logger.js';
import { start } from '../../subgraphs/audits/server.js';
import type { IntakeChildMessage, IntakeStats } from './serve-protocol.js';

const [dataDir] = process.argv.slice(2) as [string];
const server = await start({ port: 0, dataDir, log: createLogger('audits', 'warn') });

async function stats(): Promise<IntakeStats> {
  const r = await sql<{ audits: number; findings: number }>`
    SELECT (SELECT count(*) FROM audits) AS audits, (SELECT count(*) FROM findings) AS findings`.execute(server.db);
  return {
    groupSizes: [...server.intake.groupSizes],
    totals: { ...server.intake.totals },
    audits: Number(r.rows[0]!.audits),
    findings: Number(r.rows[0]!.findings),
  };
}

process.on('message', (message: IntakeChildMessage) => {
  if (message.type === 'stats') void stats().then((s) => process.send!({ type: 'stats', stats: s }));
});
let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  void server.stop().finally(() => process.exit(0));
});
// The parent going away (a crashed bench) must not leave the server behind.
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
process.send!({ type: 'ready', url: server.url });
