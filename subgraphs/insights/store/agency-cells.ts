/**
 * Agency indicator cells from the latest revision of each feed (`mart_agency_indicator_latest`), summed over a
 * country's agencies: one row per country, period, indicator and breakdown combination.
 */
import type { Kysely } from 'kysely';
import {
  AGE_GROUPS,
  AGENCY_INDICATORS,
  CRIME_TYPES,
  EXPLOITATIONS,
  SEXES,
  type AgeGroup,
  type AgencyIndicator,
  type CrimeType,
  type Exploitation,
  type Sex,
} from '../../../lib/domain/agency-indicators.js';
import { enumValue } from '../../../lib/enum-value.js';
import type { MartDB } from '../db-types.js';

export interface AgencyCellFact {
  country_code: string;
  period_id: string;
  indicator: AgencyIndicator;
  crime_type: CrimeType;
  exploitation: Exploitation;
  sex: Sex;
  age_group: AgeGroup;
  value: number;
  agencies: number;
}

export interface AgencyCellScope {
  periodIds: readonly string[];
  indicators: readonly string[];
  /** null: every country. */
  countryCodes: readonly string[] | null;
}

export async function listAgencyCells(db: Kysely<MartDB>, scope: AgencyCellScope): Promise<AgencyCellFact[]> {
  if (scope.periodIds.length === 0 || scope.indicators.length === 0 || scope.countryCodes?.length === 0) return [];
  let query = db
    .selectFrom('mart_agency_indicator_latest')
    .select(['country_code', 'period_id', 'indicator', 'crime_type', 'exploitation', 'sex', 'age_group'])
    .select((eb) => [
      eb.fn.sum<number>('value').as('value'),
      eb.fn.count<number>('agency_id').distinct().as('agencies'),
    ])
    .where('period_id', 'in', [...scope.periodIds])
    .where('indicator', 'in', [...scope.indicators]);
  if (scope.countryCodes) query = query.where('country_code', 'in', [...scope.countryCodes]);
  const rows = await query
    .groupBy(['country_code', 'period_id', 'indicator', 'crime_type', 'exploitation', 'sex', 'age_group'])
    .orderBy('country_code')
    .orderBy('period_id')
    .orderBy('indicator')
    .execute();
  return rows.map((row) => ({
    ...row,
    indicator: enumValue(AGENCY_INDICATORS, row.indicator, 'mart_agency_indicator_latest.indicator'),
    crime_type: enumValue(CRIME_TYPES, row.crime_type, 'mart_agency_indicator_latest.crime_type'),
    exploitation: enumValue(EXPLOITATIONS, row.exploitation, 'mart_agency_indicator_latest.exploitation'),
    sex: enumValue(SEXES, row.sex, 'mart_agency_indicator_latest.sex'),
    age_group: enumValue(AGE_GROUPS, row.age_group, 'mart_agency_indicator_latest.age_group'),
  }));
}
