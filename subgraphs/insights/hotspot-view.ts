/**
 * Hotspots and country risk profiles as a caller may see them. DESIGN §5: cross-partner aggregates show a
 * cell to every role but ANALYST only when it holds at least 3 audited suppliers audited by at least 2
 * partners (for a partner: 2 partners besides itself); the rule is lib/analytics/hotspot-suppression.ts.
 */
import type { Identity } from '../../lib/identity.js';
import { withholdSmallHotspots } from '../../lib/analytics/suppression.js';
import type { HotspotFact } from './store/hotspots.js';

export interface BandCounts {
  low: number;
  medium: number;
  high: number;
  severe: number;
}

export interface HotspotView {
  countryCode: string | null;
  sector: string | null;
  suppliers: number;
  auditedSuppliers: number;
  partners: number;
  averageScore: number;
  maxScore: number;
  bands: BandCounts;
  overrides: number;
}

export function bandsOf(fact: HotspotFact): BandCounts {
  return { low: fact.count_low, medium: fact.count_medium, high: fact.count_high, severe: fact.count_severe };
}

/** The cells the viewer may see, and how many were withheld. */
export function visibleHotspots(
  facts: readonly HotspotFact[],
  viewer: Identity,
): { cells: HotspotFact[]; withheld: number } {
  const cells = withholdSmallHotspots(
    facts.map((fact) => ({
      fact,
      supplierCount: fact.audited_suppliers,
      partnerCount: fact.partners,
      partnerOrgIds: fact.partner_org_ids,
    })),
    viewer.orgId ? { role: viewer.role, orgId: viewer.orgId } : viewer.role,
  ).map((cell) => cell.fact);
  return { cells, withheld: facts.length - cells.length };
}

export function viewHotspot(fact: HotspotFact): HotspotView {
  return {
    countryCode: fact.country_code,
    sector: fact.sector,
    suppliers: fact.suppliers,
    auditedSuppliers: fact.audited_suppliers,
    partners: fact.partners,
    averageScore: fact.avg_score,
    maxScore: fact.max_score,
    bands: bandsOf(fact),
    overrides: fact.count_overrides,
  };
}
