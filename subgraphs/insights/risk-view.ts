/**
 * What a caller sees of one supplier's risk (DESIGN §5). Analysts see every listed finding with its details.
 * A partner sees its own audits' findings in detail and other partners' findings as ONE aggregate driver
 * (OTHER_PARTNERS_EVIDENCE) with the summed contribution and nothing else. A policy officer sees no finding
 * details: all findings become one AUDIT_EVIDENCE driver. Contributions still sum to the score.
 */
import type { Identity } from '../../lib/identity.js';
import type { DriverFactKind, RiskDriverFact } from './risk-drivers.js';
import type { SupplierRiskFacts } from './store/supplier-risk.js';

export type RiskDriverViewKind = DriverFactKind | 'OTHER_PARTNERS_EVIDENCE' | 'AUDIT_EVIDENCE';

export interface RiskDriverView {
  kind: RiskDriverViewKind;
  label: string;
  contribution: number;
  findingId: string | null;
  iloIndicator: string | null;
  severity: string | null;
  auditDate: string | null;
}

export interface SupplierRiskView {
  score: number;
  band: string;
  override: string | null;
  confidence: number;
  inherent: number;
  evidence: number;
  inherentPart: number;
  evidencePart: number;
  drivers: RiskDriverView[];
  methodologyVersion: string;
  asOf: string;
}

const KIND_ORDER: Record<RiskDriverViewKind, number> = {
  COUNTRY: 1, COUNTRY_DATA_MISSING: 1, SECTOR: 2, GOODS: 3, MIGRANT: 4, FINDING: 5, MINOR_FINDINGS: 6, OTHER_PARTNERS_EVIDENCE: 7, AUDIT_EVIDENCE: 7,
};

/** Contributions are tenths; sums are rounded back to tenths so 0.1 + 0.2 shows as 0.3. */
const tenths = (value: number) => Math.round(value * 10) / 10;
const sum = (drivers: readonly RiskDriverFact[]) => tenths(drivers.reduce((total, d) => total + d.contribution, 0));
const isEvidence = (d: RiskDriverFact) => d.driver_kind === 'FINDING' || d.driver_kind === 'MINOR_FINDINGS';

function pointsText(points: number | null): string {
  return points === 1 ? '1 point' : `${points ?? 0} points`;
}

function inherentLabel(driver: RiskDriverFact, facts: SupplierRiskFacts): string {
  const { country_code: country, sector } = facts.risk;
  switch (driver.driver_kind) {
    case 'COUNTRY':
      return `Country ${country} (${pointsText(driver.points)} of 6)`;
    case 'COUNTRY_DATA_MISSING':
      return `Country ${country} has no Global Slavery Index data (${pointsText(driver.points)}: unknown is not low risk)`;
    case 'SECTOR':
      return `Sector ${sector} (${pointsText(driver.points)} of 4)`;
    case 'GOODS':
      return `Goods on the ILAB list for ${country} (${pointsText(driver.points)} of 2)`;
    default:
      return 'Migrant workers are at least 30% of the workforce (1 point)';
  }
}

function view(kind: RiskDriverViewKind, label: string, contribution: number, finding?: RiskDriverFact): RiskDriverView {
  return {
    kind,
    label,
    contribution,
    findingId: finding?.finding_id ?? null,
    iloIndicator: finding?.ilo_indicator ?? null,
    severity: finding?.severity ?? null,
    auditDate: finding?.audit_date ?? null,
  };
}

function findingView(d: RiskDriverFact): RiskDriverView {
  const label = `${d.severity ?? 'S?'} finding: ${d.ilo_indicator ?? 'no ILO indicator'}${d.audit_date ? ` (audit of ${d.audit_date})` : ''}`;
  return view('FINDING', label, d.contribution, d);
}

/** Listed findings in detail, and all MINOR_FINDINGS rows as one driver. */
function detailedEvidence(drivers: readonly RiskDriverFact[]): RiskDriverView[] {
  const minor = drivers.filter((d) => d.driver_kind === 'MINOR_FINDINGS');
  const out = drivers.filter((d) => d.driver_kind === 'FINDING').map(findingView);
  if (minor.length > 0) {
    const count = minor.reduce((n, d) => n + d.findings, 0);
    out.push(view('MINOR_FINDINGS', `${count} smaller finding${count === 1 ? '' : 's'}, summed`, sum(minor)));
  }
  return out;
}

function aggregate(kind: 'OTHER_PARTNERS_EVIDENCE' | 'AUDIT_EVIDENCE', drivers: readonly RiskDriverFact[]): RiskDriverView[] {
  if (drivers.length === 0) return [];
  return [view(kind, kind === 'OTHER_PARTNERS_EVIDENCE' ? "Findings from other partners' audits" : 'Findings from audits', sum(drivers))];
}

export function viewSupplierRisk(facts: SupplierRiskFacts, viewer: Identity): SupplierRiskView {
  const inherent = facts.drivers.filter((d) => !isEvidence(d));
  const evidence = facts.drivers.filter(isEvidence);
  const drivers: RiskDriverView[] = inherent.map((d) => view(d.driver_kind, inherentLabel(d, facts), d.contribution));
  if (viewer.role === 'ANALYST') {
    drivers.push(...detailedEvidence(evidence));
  } else if (viewer.role === 'PARTNER') {
    drivers.push(...detailedEvidence(evidence.filter((d) => d.partner_org_id === viewer.orgId)));
    drivers.push(...aggregate('OTHER_PARTNERS_EVIDENCE', evidence.filter((d) => d.partner_org_id !== viewer.orgId)));
  } else {
    drivers.push(...aggregate('AUDIT_EVIDENCE', evidence));
  }
  drivers.sort(
    (a, b) => b.contribution - a.contribution || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.findingId ?? '').localeCompare(b.findingId ?? ''),
  );
  const { risk } = facts;
  return {
    score: risk.score,
    band: risk.band,
    override: risk.override,
    confidence: risk.confidence,
    inherent: risk.inherent,
    evidence: risk.evidence,
    inherentPart: sum(inherent),
    evidencePart: sum(evidence),
    drivers,
    methodologyVersion: risk.methodology_version,
    asOf: risk.as_of,
  };
}
