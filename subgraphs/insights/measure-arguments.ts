/** Validation of the measure arguments of compare and series: every problem is BAD_USER_INPUT naming the argument. */
import { badInput } from '../../lib/errors.js';
import { findMeasure, type MeasureDefinition } from '../../lib/analytics/measures.js';
import type { FactFilter, FactGrouping } from './store/measure-facts.js';

export const MAX_COMPARE_MEASURES = 20;
const MAX_FILTER_VALUES = 300;
const COUNTRY_CODE = /^[A-Z]{2}$/;

export function requireMeasureArg(id: string, field: string): MeasureDefinition {
  const measure = findMeasure(id);
  if (!measure) throw badInput(field, `unknown measure ${id}; Query.measures lists them`);
  if (!measure.available)
    throw badInput(field, `${id} is not available yet: ${measure.limitation ?? 'its sources cannot produce it'}`);
  return measure;
}

export interface MeasureFilterInput {
  countryCodes?: readonly string[] | null;
  sectors?: readonly string[] | null;
}

export function parseFilter(input: MeasureFilterInput | null | undefined): FactFilter {
  const countryCodes = input?.countryCodes ?? null;
  const sectors = input?.sectors ?? null;
  if (countryCodes) {
    if (countryCodes.length === 0 || countryCodes.length > MAX_FILTER_VALUES)
      throw badInput('filter.countryCodes', `give 1..${MAX_FILTER_VALUES} codes, or leave it out`);
    countryCodes.forEach((code, i) => {
      if (!COUNTRY_CODE.test(code))
        throw badInput(
          `filter.countryCodes[${i}]`,
          `expected an ISO 3166-1 alpha-2 code such as TH, got ${JSON.stringify(code.slice(0, 10))}`,
        );
    });
  }
  if (sectors && sectors.length === 0) throw badInput('filter.sectors', 'give at least one sector, or leave it out');
  return {
    countryCodes: countryCodes ? [...new Set(countryCodes)].sort() : null,
    sectors: sectors ? [...new Set(sectors)].sort() : null,
    campaignId: null,
  };
}

/** Sector grouping and sector filters exist only for audit measures: agency feeds and campaigns have no sector. */
export function checkMeasureScope(
  measure: MeasureDefinition,
  grouping: FactGrouping,
  filter: FactFilter,
  field: string,
): void {
  if (measure.source === 'AUDITS') return;
  if (grouping === 'SECTOR')
    throw badInput('groupBy', `${field} ${measure.id} has no sector: group by COUNTRY or NONE`);
  if (filter.sectors)
    throw badInput('filter.sectors', `${field} ${measure.id} has no sector: leave filter.sectors out`);
}
