/**
 * Audit attributes as SQL macros of the audit index `a`: findings and corrective actions call the same macros to
 * learn their audit's supplier, scheme and date, so no 10M × 1M join is ever needed.
 */
import { sql, type Kysely } from 'kysely';
import { SCHEMES } from '../../subgraphs/audits/domain.js';
import { DAYS_IN_DECADE, FIRST_DAY } from './options.js';
import { sqlList } from './random.js';

/** Partner organisations; the first two are the test/demo partners (tests/helpers/tokens.ts). */
export const PARTNER_ORGS: readonly string[] = [
  'org-acme', 'org-globex',
  ...Array.from({ length: 18 }, (_, k) => `org-partner-${String(k + 1).padStart(2, '0')}`),
];

export async function installAuditMacros(db: Kysely<any>, suppliers: number): Promise<void> {
  const macros = [
    `audit_supplier(a) AS rint(a, 'supplier', ${suppliers})`,
    `audit_partner(a) AS rint(a, 'partner', ${PARTNER_ORGS.length})`,
    // Most partners stick to one scheme; one audit in five uses another.
    `audit_scheme(a) AS ${sqlList(SCHEMES)}[1 + CASE WHEN rnd(a, 'scheme?') < 0.8 THEN rint(audit_partner(a), ` +
      `'partner-scheme', ${SCHEMES.length}) ELSE rint(a, 'scheme', ${SCHEMES.length}) END]`,
    // sqrt skews dates late: audit volume grows through the decade.
    `audit_date(a) AS DATE '${FIRST_DAY}' + CAST(floor(${DAYS_IN_DECADE} * sqrt(rnd(a, 'date'))) AS INTEGER)`,
  ];
  for (const macro of macros) await sql.raw(`CREATE OR REPLACE TEMP MACRO ${macro}`).execute(db);
}
