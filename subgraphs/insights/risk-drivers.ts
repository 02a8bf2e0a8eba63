/**
 * Which drivers one caller is shown for one supplier, with their exact shares (DESIGN §5; rounding comes after,
 * risk-view.ts). The inherent drivers as they are; then the findings the caller may see in detail (analysts:
 * all; a partner: its own audits'), the 20 largest one by one and the rest summed into one MINOR_FINDINGS
 * driver; then the findings it may not see in detail as one aggregate (a partner: OTHER_PARTNERS_EVIDENCE; a
 * policy officer: AUDIT_EVIDENCE for all of them). The shares of what is shown add up to the exact score.
 */
import type { DriverKind, SupplierRiskDriverRow } from './db-types.js';

export const LISTED_FINDINGS = 20;

export type ShownDriverKind = DriverKind | 'MINOR_FINDINGS' | 'OTHER_PARTNERS_EVIDENCE' | 'AUDIT_EVIDENCE';

/** An exact driver row: a per-finding or inherent row of mart_supplier_risk_drivers, or a summed FINDING row. */
export type ExactDriverRow = Pick<
  SupplierRiskDriverRow,
  | 'driver_kind'
  | 'finding_id'
  | 'audit_date'
  | 'partner_org_id'
  | 'ilo_indicator'
  | 'severity'
  | 'points'
  | 'contribution'
> & {
  /** Findings summed into the row (1 for a single finding, 0 for inherent drivers). */
  findings?: number;
};

export interface ShownDriver {
  kind: ShownDriverKind;
  /** Exact share of the score. */
  contribution: number;
  /** The finding (FINDING), its details and audit date; null for everything else. */
  finding: ExactDriverRow | null;
  points: number | null;
  /** Findings summed into a MINOR_FINDINGS or aggregate driver. */
  findings: number;
}

/** Who sees what: detailed findings, and the kind of the aggregate for the rest (null: nothing aggregated). */
export interface DriverAudience {
  detailed: (row: ExactDriverRow) => boolean;
  aggregate: 'OTHER_PARTNERS_EVIDENCE' | 'AUDIT_EVIDENCE';
}

const INHERENT_ORDER: Record<string, number> = { COUNTRY: 1, COUNTRY_DATA_MISSING: 1, SECTOR: 2, GOODS: 3, MIGRANT: 4 };
const countOf = (row: ExactDriverRow) => row.findings ?? (row.driver_kind === 'FINDING' ? 1 : 0);
const total = (rows: readonly ExactDriverRow[]) => rows.reduce((n, r) => n + r.contribution, 0);

/** The drivers `audience` is shown, exact, in a fixed order: inherent, listed findings, the summed ones. */
export function shownDrivers(rows: readonly ExactDriverRow[], audience: DriverAudience): ShownDriver[] {
  const inherent = rows.filter((r) => r.driver_kind !== 'FINDING' && r.contribution > 0);
  const findings = rows.filter((r) => r.driver_kind === 'FINDING' && r.contribution > 0);
  const out: ShownDriver[] = inherent
    .sort((a, b) => (INHERENT_ORDER[a.driver_kind] ?? 9) - (INHERENT_ORDER[b.driver_kind] ?? 9))
    .map((r) => ({ kind: r.driver_kind, contribution: r.contribution, finding: null, points: r.points, findings: 0 }));
  const detailed = findings
    .filter(audience.detailed)
    .sort((a, b) => b.contribution - a.contribution || (a.finding_id ?? '').localeCompare(b.finding_id ?? ''));
  for (const row of detailed.slice(0, LISTED_FINDINGS)) {
    out.push({ kind: 'FINDING', contribution: row.contribution, finding: row, points: null, findings: 1 });
  }
  const minor = detailed.slice(LISTED_FINDINGS);
  if (minor.length > 0) {
    const count = minor.reduce((n, r) => n + countOf(r), 0);
    out.push({ kind: 'MINOR_FINDINGS', contribution: total(minor), finding: null, points: null, findings: count });
  }
  const hidden = findings.filter((r) => !audience.detailed(r));
  if (hidden.length > 0) {
    const count = hidden.reduce((n, r) => n + countOf(r), 0);
    out.push({ kind: audience.aggregate, contribution: total(hidden), finding: null, points: null, findings: count });
  }
  return out;
}
