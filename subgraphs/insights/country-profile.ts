/**
 * Country.riskProfile: the country's hotspot cell (store/hotspots.ts, grouped by country) with its band
 * counts and top drivers. Every role but ANALYST gets null when the cell fails the cross-partner rule
 * (hotspot-view.ts), so a profile never describes one partner's audits.
 */
import type { Identity } from '../../lib/identity.js';
import type { DriverKind, PeriodRow } from './db-types.js';
import { bandsOf, visibleHotspots, type BandCounts } from './hotspot-view.js';
import { listTopCountryDrivers } from './store/country-drivers.js';
import { listHotspotFacts, type HotspotFact, type HotspotGrouping, type PopulationScope } from './store/hotspots.js';
import type { Snapshot } from './snapshot/snapshot.js';

const TOP_DRIVERS = 5;

export interface DriverTotalView {
  kind: DriverKind;
  iloIndicator: string | null;
  label: string;
  suppliers: number;
  totalContribution: number;
  averageContribution: number;
}

export interface CountryRiskProfileView {
  asOf: string;
  periodId: string | null;
  suppliers: number;
  audited: number;
  partners: number;
  averageScore: number | null;
  maxScore: number | null;
  bands: BandCounts;
  topDrivers: DriverTotalView[];
}

const DRIVER_LABELS: Record<Exclude<DriverKind, 'FINDING'>, string> = {
  COUNTRY: 'Country context (Global Slavery Index)',
  COUNTRY_DATA_MISSING: 'No Global Slavery Index data for the country',
  SECTOR: 'Sector exposure',
  GOODS: 'Goods on the ILAB list',
  MIGRANT: 'Migrant workforce',
};

/** Hotspot facts of a grouping and scope, computed once per build. */
export function loadHotspotFacts(
  snapshot: Snapshot,
  grouping: HotspotGrouping,
  period: PeriodRow | null,
): Promise<HotspotFact[]> {
  const scope: PopulationScope = { asOf: snapshot.pointer.asOf, period };
  return snapshot.memo(`hotspots:${grouping}:${period?.period_id ?? ''}`, () =>
    listHotspotFacts(snapshot.db, grouping, scope),
  );
}

/** The whole-registry hotspots every dashboard opens with, computed before a build is swapped in. */
export async function warmSnapshot(snapshot: Snapshot): Promise<void> {
  for (const grouping of ['COUNTRY', 'SECTOR', 'COUNTRY_SECTOR'] as const)
    await loadHotspotFacts(snapshot, grouping, null);
}

export async function buildCountryRiskProfile(
  snapshot: Snapshot,
  countryCode: string,
  period: PeriodRow | null,
  viewer: Identity,
): Promise<CountryRiskProfileView | null> {
  const fact = (await loadHotspotFacts(snapshot, 'COUNTRY', period)).find((f) => f.country_code === countryCode);
  const base = { asOf: snapshot.pointer.asOf, periodId: period?.period_id ?? null };
  if (!fact) {
    // Nothing in the registry: analysts see an empty profile; for everyone else an empty cell fails the rule anyway.
    if (viewer.role !== 'ANALYST') return null;
    return {
      ...base,
      suppliers: 0,
      audited: 0,
      partners: 0,
      averageScore: null,
      maxScore: null,
      bands: { low: 0, medium: 0, high: 0, severe: 0 },
      topDrivers: [],
    };
  }
  if (visibleHotspots([fact], viewer).cells.length === 0) return null;
  const drivers = await snapshot.memo(`country-drivers:${countryCode}:${period?.period_id ?? ''}`, () =>
    listTopCountryDrivers(snapshot.db, countryCode, { asOf: snapshot.pointer.asOf, period }, TOP_DRIVERS),
  );
  return {
    ...base,
    suppliers: fact.suppliers,
    audited: fact.audited_suppliers,
    partners: fact.partners,
    averageScore: fact.avg_score,
    maxScore: fact.max_score,
    bands: bandsOf(fact),
    topDrivers: drivers.map((d) => ({
      kind: d.driver_kind,
      iloIndicator: d.ilo_indicator,
      label: d.driver_kind === 'FINDING' ? `Findings of ${d.ilo_indicator}` : DRIVER_LABELS[d.driver_kind],
      suppliers: d.suppliers,
      totalContribution: d.total_contribution,
      averageContribution: Math.round((d.total_contribution / fact.suppliers) * 100) / 100,
    })),
  };
}
