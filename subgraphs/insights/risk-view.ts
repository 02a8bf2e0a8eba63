/**
 * What a caller sees of one supplier's risk (DESIGN §5). Analysts see every listed finding with its details.
 * A partner sees its own audits' findings in detail and other partners' findings as ONE aggregate driver
 * (OTHER_PARTNERS_EVIDENCE) with the summed contribution and nothing else (and, for a supplier other partners
 * audit too, their audits only as of month boundaries: the facts come from the partner view, partner-view.ts in
 * the warehouse). A policy officer sees no finding details: all findings become one AUDIT_EVIDENCE driver. The
 * drivers shown are rounded together (driver-rounding.ts), so they sum exactly to the score shown.
 */
import type { Identity } from '../../lib/identity.js';
import type { SupplierRiskRow } from './db-types.js';
import { roundToScore } from './driver-rounding.js';
import {
  shownDrivers,
  type DriverAudience,
  type ExactDriverRow,
  type ShownDriver,
  type ShownDriverKind,
} from './risk-drivers.js';

type RiskDriverViewKind = ShownDriverKind;

export interface SupplierRiskFacts {
  risk: SupplierRiskRow;
  /** Exact drivers: per finding (or summed per partner and indicator when no one needs finding details). */
  drivers: ExactDriverRow[];
}

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
  band: SupplierRiskRow['band'];
  override: string | null;
  /** The findings behind the override that the caller may see by id. */
  overrideFindingIds: string[];
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
  COUNTRY: 1,
  COUNTRY_DATA_MISSING: 1,
  SECTOR: 2,
  GOODS: 3,
  MIGRANT: 4,
  FINDING: 5,
  MINOR_FINDINGS: 6,
  OTHER_PARTNERS_EVIDENCE: 7,
  AUDIT_EVIDENCE: 7,
};
const INHERENT_KINDS: readonly RiskDriverViewKind[] = ['COUNTRY', 'COUNTRY_DATA_MISSING', 'SECTOR', 'GOODS', 'MIGRANT'];

function pointsText(points: number | null): string {
  return points === 1 ? '1 point' : `${points ?? 0} points`;
}

function label(driver: ShownDriver, risk: SupplierRiskRow): string {
  const { country_code: country, sector } = risk;
  const f = driver.finding;
  switch (driver.kind) {
    case 'COUNTRY':
      return `Country ${country} (${pointsText(driver.points)} of 6)`;
    case 'COUNTRY_DATA_MISSING': {
      const missing = pointsText(driver.points);
      return `Country ${country} has no Global Slavery Index data (${missing}: unknown is not low risk)`;
    }
    case 'SECTOR':
      return `Sector ${sector} (${pointsText(driver.points)} of 4)`;
    case 'GOODS':
      return `Goods on the ILAB list for ${country} (${pointsText(driver.points)} of 2)`;
    case 'MIGRANT':
      return 'Migrant workers are at least 30% of the workforce (1 point)';
    case 'FINDING': {
      const dated = f?.audit_date ? ` (audit of ${f.audit_date})` : '';
      return `${f?.severity ?? 'S?'} finding: ${f?.ilo_indicator ?? 'no ILO indicator'}${dated}`;
    }
    case 'MINOR_FINDINGS':
      return `${driver.findings} smaller finding${driver.findings === 1 ? '' : 's'}, summed`;
    case 'OTHER_PARTNERS_EVIDENCE':
      return "Findings from other partners' audits";
    default:
      return 'Findings from audits';
  }
}

function audienceOf(viewer: Identity): DriverAudience {
  if (viewer.role === 'ANALYST') return { detailed: () => true, aggregate: 'AUDIT_EVIDENCE' };
  if (viewer.role === 'PARTNER')
    return { detailed: (r) => r.partner_org_id === viewer.orgId, aggregate: 'OTHER_PARTNERS_EVIDENCE' };
  return { detailed: () => false, aggregate: 'AUDIT_EVIDENCE' };
}

/** Override findings by id: analysts all, a partner its own audits', nobody else any (no finding details). */
function visibleOverrideFindings(risk: SupplierRiskRow, viewer: Identity): string[] {
  const all = risk.override_findings ?? [];
  if (viewer.role === 'ANALYST') return all.map((f) => f.finding_id);
  if (viewer.role === 'PARTNER') return all.filter((f) => f.partner_org_id === viewer.orgId).map((f) => f.finding_id);
  return [];
}

export function viewSupplierRisk(facts: SupplierRiskFacts, viewer: Identity): SupplierRiskView {
  const { risk } = facts;
  const shown = shownDrivers(facts.drivers, audienceOf(viewer));
  const tenths = roundToScore(
    shown.map((d) => d.contribution),
    risk.score,
  );
  const drivers: (RiskDriverView & { tenths: number })[] = shown
    .map((d, i) => ({
      kind: d.kind,
      label: label(d, risk),
      tenths: tenths[i]!,
      contribution: tenths[i]! / 10,
      findingId: d.finding?.finding_id ?? null,
      iloIndicator: d.finding?.ilo_indicator ?? null,
      severity: d.finding?.severity ?? null,
      auditDate: d.finding?.audit_date ?? null,
    }))
    // A driver that rounds to 0 points is left out: it adds nothing to the score shown.
    .filter((d) => d.tenths > 0);
  const part = (inherent: boolean) =>
    drivers.filter((d) => INHERENT_KINDS.includes(d.kind) === inherent).reduce((n, d) => n + d.tenths, 0) / 10;
  drivers.sort(
    (a, b) =>
      b.tenths - a.tenths ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.findingId ?? '').localeCompare(b.findingId ?? ''),
  );
  return {
    score: risk.score,
    band: risk.band,
    override: risk.override,
    overrideFindingIds: visibleOverrideFindings(risk, viewer),
    confidence: risk.confidence,
    inherent: risk.inherent,
    evidence: risk.evidence,
    inherentPart: part(true),
    evidencePart: part(false),
    drivers: drivers.map(({ tenths: _, ...d }) => d),
    methodologyVersion: risk.methodology_version,
    asOf: risk.as_of,
  };
}
