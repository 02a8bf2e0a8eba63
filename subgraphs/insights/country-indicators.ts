/**
 * Country.indicators: a country's agency cells for one period from the latest feed revisions, summed over its
 * agencies, suppressed for the caller's role over every cell of the country and period (agency-suppression.ts)
 * BEFORE the requested cells are picked, so what is withheld never depends on what was asked for.
 */
import type { Role } from '../../lib/identity.js';
import { AGENCY_INDICATORS } from '../../lib/domain/agency-indicators.js';
import type { AgencyCell } from './agency-suppression.js';
import { loadSuppressedAgencyCells } from './measure-observations.js';
import type { Snapshot } from './snapshot/snapshot.js';

export type BreakdownDimension = 'CRIME_TYPE' | 'EXPLOITATION' | 'SEX' | 'AGE_GROUP';

const COLUMN: Record<BreakdownDimension, 'crime_type' | 'exploitation' | 'sex' | 'age_group'> = {
  CRIME_TYPE: 'crime_type',
  EXPLOITATION: 'exploitation',
  SEX: 'sex',
  AGE_GROUP: 'age_group',
};

export async function listCountryIndicators(
  snapshot: Snapshot,
  request: {
    countryCode: string;
    periodId: string;
    indicators: readonly string[] | null;
    breakdown: readonly BreakdownDimension[] | null;
  },
  role: Role,
): Promise<AgencyCell[]> {
  const indicators = request.indicators
    ? AGENCY_INDICATORS.filter((i) => request.indicators!.includes(i))
    : [...AGENCY_INDICATORS];
  const cells = await loadSuppressedAgencyCells(
    snapshot,
    { periodIds: [request.periodId], indicators, countryCodes: [request.countryCode] },
    role,
  );
  const wanted = request.breakdown ? new Set(request.breakdown.map((d) => COLUMN[d])) : null;
  const order = new Map<string, number>(AGENCY_INDICATORS.map((indicator, i) => [indicator, i]));
  return cells
    .filter(
      (cell) => !wanted || Object.values(COLUMN).every((column) => (cell[column] !== 'ALL') === wanted.has(column)),
    )
    .sort(
      (a, b) =>
        order.get(a.indicator)! - order.get(b.indicator)! ||
        a.crime_type.localeCompare(b.crime_type) ||
        a.exploitation.localeCompare(b.exploitation) ||
        a.sex.localeCompare(b.sex) ||
        a.age_group.localeCompare(b.age_group),
    );
}
