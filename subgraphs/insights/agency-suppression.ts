/**
 * Victim-count suppression for agency cells (DESIGN §5), with the warehouse's rule
 * (lib/analytics/suppression.ts): within each country and period, every cell of every breakdown goes
 * through applySuppression together, so complementary suppression sees every relation a response could show.
 * A sum over several countries is a new cell: it is withheld when any country it adds up is withheld (else the
 * sum minus the visible countries would give the hidden one away) or when it is itself below the threshold.
 * Medians (INFO_RESPONSE_DAYS_MEDIAN) never add up: with more than one agency or country the value is null.
 */
import type { Role } from '../../lib/identity.js';
import { agencyMeasureId, requireMeasure } from '../../lib/analytics/measures.js';
import { AGENCY_INDICATORS, type AgencyIndicator } from '../../lib/domain/agency-indicators.js';
import { enumValue } from '../../lib/enum-value.js';
import { applySuppression, type SuppressionReason } from '../../lib/analytics/suppression.js';
import type { AgencyCellFact } from './store/agency-cells.js';

export interface AgencyCell extends AgencyCellFact {
  /** null when suppressed or not summable. */
  shown: number | null;
  suppressed: boolean;
  /** Why the value is withheld: under 5 itself, or to protect another cell (or derived from one); null when shown. */
  suppressionReason: SuppressionReason | null;
}

/** A value as a role may see it, with why it is withheld. */
export interface ShownValue {
  value: number | null;
  suppressed: boolean;
  suppressionReason: SuppressionReason | null;
}

const TOTAL = 'ALL';

function isMedian(indicator: AgencyIndicator): boolean {
  return requireMeasure(agencyMeasureId(indicator)).kind === 'MEDIAN';
}

export function isTotalCell(cell: Pick<AgencyCellFact, 'crime_type' | 'exploitation' | 'sex' | 'age_group'>): boolean {
  return cell.crime_type === TOTAL && cell.exploitation === TOTAL && cell.sex === TOTAL && cell.age_group === TOTAL;
}

/** Every cell as the role may see it. Pass all cells of each country and period you load. */
export function suppressAgencyCells(facts: readonly AgencyCellFact[], role: Role): AgencyCell[] {
  const decided = applySuppression(
    facts.map((fact) => ({
      measureId: agencyMeasureId(fact.indicator),
      dimensions: {
        country: fact.country_code,
        period: fact.period_id,
        crimeType: fact.crime_type,
        exploitation: fact.exploitation,
        sex: fact.sex,
        ageGroup: fact.age_group,
      },
      value: isMedian(fact.indicator) && fact.agencies > 1 ? null : fact.value,
    })),
    role,
  );
  return facts.map((fact, index) => ({
    ...fact,
    shown: decided[index]!.value,
    suppressed: decided[index]!.suppressed,
    suppressionReason: decided[index]!.suppressionReason,
  }));
}

/** The sum of several countries' total cells of one indicator and period, as the role may see it. */
export function sumCountryTotals(cells: readonly AgencyCell[], indicatorId: string, role: Role): ShownValue | null {
  if (cells.length === 0) return null;
  const indicator = enumValue(AGENCY_INDICATORS, indicatorId, 'agency measure component');
  if (cells.length === 1)
    return { value: cells[0]!.shown, suppressed: cells[0]!.suppressed, suppressionReason: cells[0]!.suppressionReason };
  if (isMedian(indicator)) return { value: null, suppressed: false, suppressionReason: null };
  // Withheld to protect the hidden country inside it, whatever its own size.
  if (cells.some((cell) => cell.suppressed))
    return { value: null, suppressed: true, suppressionReason: 'COMPLEMENTARY' };
  const total = cells.reduce((sum, cell) => sum + cell.value, 0);
  const [decided] = applySuppression([{ measureId: agencyMeasureId(indicator), dimensions: {}, value: total }], role);
  return { value: decided!.value, suppressed: decided!.suppressed, suppressionReason: decided!.suppressionReason };
}
