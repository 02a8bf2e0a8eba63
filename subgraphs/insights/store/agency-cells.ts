/**
 * Agency indicator cells from the latest revision of each feed (`mart_agency_indicator_latest`), summed over a
 * country's agencies: one row per country, period, indicator and breakdown combination.
 */
import type { Kysely } from 'kysely';
import type { MartDB } from '../db-types.js';

export interface AgencyCellFact {
  country_code: string;
  period_id: string;
  indicator: string;
  crime_type: string;
  exploitation: string;
  sex: string;
  age_group: string;
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
  return query
    .groupBy(['country_code', 'period_id', 'indicator', 'crime_type', 'exploitation', 'sex', 'age_group'])
    .orderBy('country_code')
    .orderBy('period_id')
    .orderBy('indicator')
    .execute();
}
