/**
 * Intake floors: batches of 100 audits × 10 findings per transaction in three statement forms, and one commit
 * per audit, into an empty audits store built by the real migrations. Stored rows are counted afterwards.
 */
import { join } from 'node:path';
import { openDatabase } from '../../lib/duckdb/database.js';
import { fmtSummary } from '../lib/format.js';
import { REPO_DIR } from '../lib/paths.js';
import type { ResultRow } from '../lib/record.js';
import { percentile, runRepeated } from '../lib/stats.js';
import { countRows, insertAuditBatch, type IntakeVariant } from './intake.js';

/** Batches written and thrown away before each variant's timed runs (JIT, statement paths). */
const WARMUP_BATCHES = 2;

export async function measureIntake(opts: { scratch: string; full: boolean; runs: number }): Promise<ResultRow[]> {
  const { scratch, runs } = opts;
  const rows: ResultRow[] = [];
  const intake = await openDatabase<any>(join(scratch, 'audits-intake.duckdb'), {
    migrationsDir: join(REPO_DIR, 'subgraphs/audits/migrations'),
  });
  try {
    const batches = opts.full ? 100 : 10;
    const batchSize = 100;
    let next = 0;
    const variants: { variant: IntakeVariant; label: string; budgetId?: string }[] = [
      { variant: 'literal', label: 'multi-row INSERT … VALUES, values as SQL literals', budgetId: 'raw-intake-batch' },
      { variant: 'params', label: 'multi-row INSERT … VALUES through Kysely, bound parameters (6,900 per batch)' },
      { variant: 'json', label: 'INSERT … SELECT FROM unnest(from_json($1)), the batch as one JSON parameter' },
    ];
    for (const { variant, label, budgetId } of variants) {
      const round = async (count: number) => {
        for (let b = 0; b < count; b++, next += batchSize) {
          await insertAuditBatch(intake.db, variant, {
            firstN: next,
            audits: batchSize,
            findingsPerAudit: 10,
            supplierId: 'sup-00000000',
          });
        }
      };
      await round(WARMUP_BATCHES);
      const rate = await runRepeated(() => round(batches), {
        runs,
        measure: (_r, seconds) => (batches * batchSize) / seconds,
      });
      rows.push({
        measure: `intake, ${batches} transactions × (100 audits + 1,000 findings): ${label}`,
        measured: fmtSummary(rate, 'audits/s', 0),
        runs,
        target: budgetId ? '~5,300 audits/s (quoted floor)' : '—',
        status: 'reference',
        ...(budgetId ? { budgetId } : {}),
      });
    }

    const singles = opts.full ? 1000 : 200;
    const latencies: number[] = [];
    const single = await runRepeated(
      async () => {
        for (let s = 0; s < singles; s++, next++) {
          const start = performance.now();
          await insertAuditBatch(intake.db, 'params', {
            firstN: next,
            audits: 1,
            findingsPerAudit: 10,
            supplierId: 'sup-00000000',
          });
          latencies.push(performance.now() - start);
        }
      },
      { runs, measure: (_r, seconds) => (seconds * 1000) / singles },
    );
    rows.push({
      measure: `one transaction per audit (1 audit + 10 findings, Kysely), ${singles} in sequence: mean ms per commit`,
      measured: fmtSummary(single, 'ms', 2),
      runs,
      target: '~3 ms (quoted floor)',
      status: 'reference',
      budgetId: 'raw-commit',
    });
    rows.push({
      measure: 'same, per-commit latency p50 / p99 over all runs',
      measured: `${percentile(latencies, 50).toFixed(2)} / ${percentile(latencies, 99).toFixed(2)} ms`,
      runs,
      status: 'info',
    });
    const stored = await countRows(intake.db, 'audits');
    if (stored !== next) throw new Error(`intake lost audits: wrote ${next}, found ${stored}`);
    const storedFindings = await countRows(intake.db, 'findings');
    if (storedFindings !== next * 10)
      throw new Error(`intake lost findings: wrote ${next * 10}, found ${storedFindings}`);
  } finally {
    await intake.close();
  }
  return rows;
}
