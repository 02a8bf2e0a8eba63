/**
 * Lake floors: the findings table to Parquet and back, and the noisy-OR evidence aggregate, on the generated
 * audits store (opened read-only, so the cached data set stays untouched) and a scratch warehouse file.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../lib/duckdb/database.js';
import { sqlString } from '../../lib/duckdb/sql-literals.js';
import { fmtBytes, fmtNumber, fmtSummary } from '../lib/format.js';
import type { ResultRow } from '../lib/record.js';
import { runRepeated, timeIt } from '../lib/stats.js';
import { countRows } from './intake.js';
import { ENRICHED_FINDINGS_SQL, noisyOrSql } from './noisy-or.js';

const exec = (db: Kysely<any>, text: string) => sql.raw(text).execute(db);
const quote = sqlString;

export async function measureLake(opts: { dataDir: string; scratch: string; findingsCount: number; runs: number; log: (line: string) => void }): Promise<ResultRow[]> {
  const { dataDir, scratch, findingsCount, runs, log } = opts;
  const rows: ResultRow[] = [];
  const parquet = (table: string) => join(scratch, `${table}.parquet`);
  // Parquet out, from the audits store opened read-only (the cache stays untouched).
  const store = await openDatabase<any>(join(dataDir, 'audits.duckdb'), { readOnly: true });
  try {
    const plain = await runRepeated(() => exec(store.db, `COPY findings TO ${quote(parquet('findings'))} (FORMAT parquet, COMPRESSION zstd)`), { runs });
    rows.push({ measure: `findings (${fmtNumber(findingsCount)} rows) → Parquet, \`COPY … (FORMAT parquet, COMPRESSION zstd)\``, measured: fmtSummary(plain, 's'), runs, target: '1.1 s (quoted floor)', status: 'reference', budgetId: 'raw-parquet-out' });
    const hi = (await sql<{ hi: number }>`SELECT max(change_seq) AS hi FROM findings`.execute(store.db)).rows[0]!.hi;
    const feed = await runRepeated(
      () => exec(store.db, `COPY (SELECT * FROM findings WHERE change_seq > 0 AND change_seq <= ${hi} ORDER BY change_seq) TO
            ${quote(parquet('findings-feed'))} (FORMAT parquet, COMPRESSION zstd)`),
      { runs },
    );
    rows.push({ measure: 'same in the change-feed form (`WHERE change_seq` range, `ORDER BY change_seq`, as lib/change-feed.ts)', measured: fmtSummary(feed, 's'), runs, status: 'reference' });
    for (const table of ['audits', 'corrective_actions']) await exec(store.db, `COPY ${table} TO ${quote(parquet(table))} (FORMAT parquet, COMPRESSION zstd)`);
  } finally {
    await store.close();
  }
  log(`  findings.parquet: ${fmtBytes(statSync(parquet('findings')).size)}`);

  // Parquet in and the noisy-OR aggregate, in a scratch warehouse file.
  const warehouse = await openDatabase<any>(join(scratch, 'warehouse.duckdb'));
  try {
    const load = await runRepeated(() => exec(warehouse.db, `CREATE OR REPLACE TABLE findings AS SELECT * FROM read_parquet(${quote(parquet('findings'))})`), { runs });
    rows.push({ measure: `Parquet → table, \`CREATE TABLE findings AS SELECT * FROM read_parquet(…)\` ` +
        `(${fmtNumber(findingsCount)} rows)`, measured: fmtSummary(load, 's'), runs, target: '0.9 s (quoted floor)', status: 'reference', budgetId: 'raw-parquet-in' });
    for (const table of ['audits', 'corrective_actions']) await exec(warehouse.db, `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_parquet(${quote(parquet(table))})`);

    const joined = await runRepeated(() => exec(warehouse.db, `CREATE OR REPLACE TABLE supplier_evidence AS ${noisyOrSql(`(${ENRICHED_FINDINGS_SQL})`)}`), { runs });
    const enriched = await timeIt(() => exec(warehouse.db, `CREATE OR REPLACE TABLE enriched_findings AS ${ENRICHED_FINDINGS_SQL}`));
    const aggregate = await runRepeated(() => exec(warehouse.db, `CREATE OR REPLACE TABLE supplier_evidence AS ${noisyOrSql('enriched_findings')}`), { runs });
    const enrichedRows = await countRows(warehouse.db, 'enriched_findings');
    const suppliers = await countRows(warehouse.db, 'supplier_evidence');
    rows.push({ measure: `noisy-OR evidence per supplier over ${fmtNumber(enrichedRows)} pre-joined forced-labour findings → ` +
        `${fmtNumber(suppliers)} suppliers`, measured: fmtSummary(aggregate, 's'), runs, target: '0.3 s (quoted floor)', status: 'reference', budgetId: 'raw-noisy-or' });
    rows.push({ measure: 'same including the joins findings ⋈ audits ⟕ corrective_actions', measured: fmtSummary(joined, 's'), runs, status: 'reference' });
    rows.push({ measure: 'building the pre-joined findings table (once)', measured: `${enriched.seconds.toFixed(2)} s`, runs: 1, status: 'info' });
  } finally {
    await warehouse.close();
  }

  return rows;
}
