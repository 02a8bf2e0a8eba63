/**
 * Keeps a supplier's driver list readable and its answer small: inherent-risk drivers, the 20 largest
 * findings one by one, and the rest summed per partner into one MINOR_FINDINGS driver each (per partner, so
 * a partner still sees only its own findings' details and other partners' as one aggregate). Findings that
 * round to 0 points are dropped; every kept contribution is a tenth, so the drivers still sum to the score.
 */
import type { DriverKind, SupplierRiskDriverCondensedTable, SupplierRiskDriverRow } from './db-types.js';

export const LISTED_FINDINGS = 20;

export type DriverFactKind = DriverKind | 'MINOR_FINDINGS';

export interface RiskDriverFact {
  driver_kind: DriverFactKind;
  finding_id: string | null;
  audit_id: string | null;
  partner_org_id: string | null;
  ilo_indicator: string | null;
  severity: string | null;
  points: number | null;
  contribution: number;
  /** The audit's date, for listed findings. */
  audit_date: string | null;
  /** Findings summed into this driver (1 for a listed finding, 0 for inherent drivers). */
  findings: number;
}

export type DriverRow = Pick<
  SupplierRiskDriverRow,
  'supplier_id' | 'driver_kind' | 'finding_id' | 'audit_id' | 'partner_org_id' | 'ilo_indicator' | 'severity' | 'points' | 'contribution'
>;

const tenths = (value: number) => Math.round(value * 10) / 10;
const INHERENT_ORDER: Record<string, number> = { COUNTRY: 1, COUNTRY_DATA_MISSING: 1, SECTOR: 2, GOODS: 3, MIGRANT: 4 };

/** One supplier's drivers, condensed; audit dates are filled in later (only listed findings need one). */
export function condenseDrivers(rows: readonly DriverRow[]): RiskDriverFact[] {
  const out: RiskDriverFact[] = [];
  const findings: DriverRow[] = [];
  for (const row of rows) {
    if (row.contribution <= 0) continue;
    if (row.driver_kind === 'FINDING') findings.push(row);
    else out.push({ ...fact(row), findings: 0 });
  }
  out.sort((a, b) => (INHERENT_ORDER[a.driver_kind] ?? 9) - (INHERENT_ORDER[b.driver_kind] ?? 9));
  findings.sort((a, b) => b.contribution - a.contribution || (a.finding_id ?? '').localeCompare(b.finding_id ?? ''));
  for (const row of findings.slice(0, LISTED_FINDINGS)) out.push({ ...fact(row), findings: 1 });
  const rest = new Map<string, { contribution: number; findings: number }>();
  for (const row of findings.slice(LISTED_FINDINGS)) {
    const key = row.partner_org_id ?? '';
    const sum = rest.get(key) ?? { contribution: 0, findings: 0 };
    rest.set(key, { contribution: sum.contribution + row.contribution, findings: sum.findings + 1 });
  }
  for (const [partner, sum] of [...rest].sort(([a], [b]) => a.localeCompare(b))) {
    out.push({
      driver_kind: 'MINOR_FINDINGS', finding_id: null, audit_id: null, partner_org_id: partner || null, ilo_indicator: null,
      severity: null, points: null, contribution: tenths(sum.contribution), audit_date: null, findings: sum.findings,
    });
  }
  return out;
}

/** A row of mart_supplier_risk_drivers_condensed (which holds the candidates for listing, ties included). */
export type CondensedDriverRow = Omit<SupplierRiskDriverCondensedTable, 'supplier_id'>;

/**
 * condenseDrivers over the warehouse's pre-condensed rows: the same drivers in the same order. The mart keeps
 * every finding that can be among the 20 largest (ties at the 20th included), so the 20 are picked here with
 * the same ordering; the findings beyond them join the mart's per-partner MINOR_FINDINGS sums. Sums are taken
 * in whole tenths, which is what rounding the float sum to tenths gives.
 */
export function finishCondensedDrivers(rows: readonly CondensedDriverRow[]): RiskDriverFact[] {
  const out: RiskDriverFact[] = [];
  const findings: CondensedDriverRow[] = [];
  const rest = new Map<string, { tenths: number; findings: number }>();
  const addRest = (partner: string | null, contribution: number, count: number) => {
    const sum = rest.get(partner ?? '') ?? { tenths: 0, findings: 0 };
    rest.set(partner ?? '', { tenths: sum.tenths + Math.round(contribution * 10), findings: sum.findings + count });
  };
  for (const row of rows) {
    if (row.contribution <= 0) continue;
    if (row.driver_kind === 'FINDING') findings.push(row);
    else if (row.driver_kind === 'MINOR_FINDINGS') addRest(row.partner_org_id, row.contribution, row.findings);
    else out.push({ ...fact(row), findings: 0 });
  }
  out.sort((a, b) => (INHERENT_ORDER[a.driver_kind] ?? 9) - (INHERENT_ORDER[b.driver_kind] ?? 9));
  findings.sort((a, b) => b.contribution - a.contribution || (a.finding_id ?? '').localeCompare(b.finding_id ?? ''));
  for (const row of findings.slice(0, LISTED_FINDINGS)) out.push({ ...fact(row), audit_date: row.audit_date, findings: 1 });
  for (const row of findings.slice(LISTED_FINDINGS)) addRest(row.partner_org_id, row.contribution, 1);
  for (const [partner, sum] of [...rest].sort(([a], [b]) => a.localeCompare(b))) {
    out.push({
      driver_kind: 'MINOR_FINDINGS', finding_id: null, audit_id: null, partner_org_id: partner || null, ilo_indicator: null,
      severity: null, points: null, contribution: sum.tenths / 10, audit_date: null, findings: sum.findings,
    });
  }
  return out;
}

function fact(row: Omit<DriverRow, 'supplier_id' | 'driver_kind'> & { driver_kind: DriverFactKind }): Omit<RiskDriverFact, 'findings'> {
  return {
    driver_kind: row.driver_kind, finding_id: row.finding_id, audit_id: row.audit_id, partner_org_id: row.partner_org_id,
    ilo_indicator: row.ilo_indicator, severity: row.severity, points: row.points, contribution: row.contribution, audit_date: null,
  };
}
