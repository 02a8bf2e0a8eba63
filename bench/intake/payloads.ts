/**
 * Submissions for the intake bench, shaped by subgraphs/audits/schema.graphql: each audit names its facility
 * (from a pool of 500, so most submissions match an existing supplier, as real intake does) and carries 10
 * findings, with a corrective action on every S2–S4 one.
 */
import { SCHEME_GRADES } from '../scale/finding-catalogue.js';
import { buildSupplier } from '../scale/suppliers.js';
import { FULL_SCALE } from '../scale/options.js';

const FACILITY_POOL = 500;
const INDICATORS = [
  'EXCESSIVE_OVERTIME',
  'WITHHOLDING_OF_WAGES',
  'RETENTION_OF_IDENTITY_DOCUMENTS',
  'DEBT_BONDAGE',
  'DECEPTION',
  null,
] as const;
const SEVERITIES = ['S1', 'S2', 'S0', 'S3', 'S1', 'S2', 'S4', 'S1', 'S2', 'S3'] as const;

export const SUBMIT_BATCH = `mutation SubmitBatch($inputs: [SubmitAuditBatchItem!]!) {
  submitAudits(inputs: $inputs) { results { replayed audit { id } } }
}`;

export const SUBMIT_ONE = `mutation SubmitOne($input: SubmitAuditInput!, $key: String) {
  submitAudit(input: $input, idempotencyKey: $key) { replayed audit { id } }
}`;

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

function plusDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Facility n of the pool: the scale generator's supplier n (seed 42), so on a store generated at full scale
 * these match existing suppliers and on an empty store the first submission of each registers it.
 */
function facility(n: number) {
  const row = buildSupplier(n % Math.min(FACILITY_POOL, FULL_SCALE.suppliers), FULL_SCALE.seed, 0).row;
  return {
    name: row.name as string,
    address: row.address as string,
    countryCode: row.country_code as string,
    sector: row.sector as string,
    goods: row.goods as string[],
    workerCount: row.worker_count as number | null,
    migrantWorkerShare: row.migrant_worker_share as number | null,
    tier: row.tier as number | null,
  };
}

/** Audit n: deterministic, valid, dated within the last year. */
export function auditInput(n: number, findingsPerAudit = 10) {
  const auditDate = daysAgo(1 + (n % 360));
  const grades = SCHEME_GRADES.SMETA!;
  return {
    supplier: facility(n * 7919),
    scheme: 'SMETA',
    type: 'PERIODIC',
    announcement: n % 3 === 0 ? 'UNANNOUNCED' : 'SEMI_ANNOUNCED',
    auditDate,
    workersInterviewed: 20 + (n % 40),
    findings: Array.from({ length: findingsPerAudit }, (_, k) => {
      const severity = SEVERITIES[(n + k) % SEVERITIES.length]!;
      const level = Number(severity.slice(1));
      return {
        iloIndicator: INDICATORS[(n + k) % INDICATORS.length],
        schemeSeverity: grades[level]!,
        severity,
        description: `Bench finding ${k + 1} of audit ${n}`,
        correctiveAction:
          level >= 2
            ? { description: 'Fix and document the issue', dueDate: plusDays(auditDate, 60), status: 'OPEN' }
            : null,
      };
    }),
  };
}
