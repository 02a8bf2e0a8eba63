/** Appending audits to a generated data set: the new rows of an incremental warehouse sync. */
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../lib/duckdb/database.js';
import { installAuditMacros } from './audit-macros.js';
import { insertAudits, insertCorrectiveActions, insertFindings, nextSeqAfter, type AuditRange } from './audits.js';
import { migrations, timed, type GenerateResult, type Log, type StepTiming } from './generate.js';
import { MANIFEST_FILE, readManifest, writeManifest } from './manifest.js';
import { installRandomMacros } from './random.js';
import { FIRST_DAY, LAST_DAY } from './options.js';
import { nextSeq, restartSequence } from './sequence.js';
import { loadSupplierPropensity } from './suppliers.js';

export interface AppendOptions {
  /**
   * Late, back-dated audits: dated in the decade's first three years (before most of their supplier's audits)
   * and submitted on its last day, as an audit found in a partner's archive would be.
   */
  late?: boolean;
  log?: Log;
}

/** The audit date of a late audit: the first three years only (their corrective actions follow it). */
const LATE_AUDIT_DATE_MACRO = `audit_date(a) AS DATE '${FIRST_DAY}' + CAST(floor(1096 * rnd(a, 'date')) AS INTEGER)`;

/**
 * Adds `count` audits (with findings and corrective actions) after the ones already in `${dataDir}/audits.duckdb`,
 * with change_seq above everything there: the input of an incremental warehouse sync.
 */
export async function appendAudits(
  dataDir: string,
  count: number,
  { late = false, log = () => {} }: AppendOptions = {},
): Promise<GenerateResult> {
  const manifest = readManifest(dataDir);
  if (!manifest) throw new Error(`${dataDir} has no ${MANIFEST_FILE}: generate the data set first`);
  if (!Number.isSafeInteger(count) || count < 1)
    throw new Error(`--append-audits must be a positive integer, got ${count}`);
  const steps: StepTiming[] = [];
  const started = performance.now();
  const audits = await openDatabase<any>(join(dataDir, 'audits.duckdb'), { migrationsDir: migrations('audits') });
  try {
    const firstSeq = await nextSeq(audits.db);
    await installRandomMacros(audits.db, manifest.seed);
    await installAuditMacros(audits.db, manifest.suppliers);
    if (late) await sql.raw(`CREATE OR REPLACE TEMP MACRO ${LATE_AUDIT_DATE_MACRO}`).execute(audits.db);
    await loadSupplierPropensity(audits.db, { count: manifest.suppliers, seed: manifest.seed });
    const range: AuditRange = {
      firstAudit: manifest.audits + manifest.appendedAudits,
      count,
      findingsPerAudit: manifest.findingsPerAudit,
      firstSeq,
    };
    const written: Record<string, number> = {};
    await audits.db.transaction().execute(async (trx) => {
      written.audits = await timed(steps, log, 'audits', () => insertAudits(trx, range));
      written.findings = await timed(steps, log, 'findings', () => insertFindings(trx, range));
      written.corrective_actions = await timed(steps, log, 'corrective_actions', () =>
        insertCorrectiveActions(trx, range),
      );
      if (late)
        await sql`UPDATE audits SET submitted_at = CAST(${LAST_DAY} AS TIMESTAMP) + INTERVAL 18 HOUR
          WHERE change_seq >= ${range.firstSeq} AND change_seq < ${range.firstSeq + count}`.execute(trx);
    });
    await restartSequence(audits.db, nextSeqAfter(range));
    const counts = { ...manifest.counts };
    for (const [table, n] of Object.entries(written)) counts[table] = (counts[table] ?? 0) + n;
    writeManifest(dataDir, { ...manifest, appendedAudits: manifest.appendedAudits + count, counts });
    return { steps, seconds: (performance.now() - started) / 1000, counts: written };
  } finally {
    await audits.close();
  }
}
