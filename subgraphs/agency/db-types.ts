/** Kysely table types for data/agency.duckdb (contract: migrations/001_initial.sql). */
import type { ColumnType, RawBuilder, Selectable } from 'kysely';
import type { SourceReliability } from './generated/resolvers-types.js';

/** change_seq is always set from the sequence on write (`sql\`nextval('change_seq_counter')\``). */
type ChangeSeq = ColumnType<number, RawBuilder<unknown>, RawBuilder<unknown>>;
type Tombstone = ColumnType<boolean, boolean | undefined, boolean>;

interface CountryTable {
  country_code: string;
  alpha3: string;
  numeric_code: string;
  name: string;
  region: string | null;
  sub_region: string | null;
  is_deleted: Tombstone;
  change_seq: ChangeSeq;
}

export interface ActionPeriodTable {
  period_id: string;
  number: number;
  label: string;
  /** YYYY-MM-DD */
  start_date: string;
  /** YYYY-MM-DD, inclusive */
  end_date: string;
  is_deleted: Tombstone;
  change_seq: ChangeSeq;
}

export interface IndicatorFeedTable {
  feed_id: string;
  revision: number;
  agency_id: string;
  country_code: string;
  period_id: string;
  source_reliability: SourceReliability;
  information_credibility: number;
  submitted_by: string;
  /** ISO-8601 UTC */
  submitted_at: string;
  note: string | null;
  is_deleted: Tombstone;
  change_seq: ChangeSeq;
}

export interface IndicatorValueTable {
  feed_id: string;
  revision: number;
  indicator: string;
  crime_type: string;
  exploitation: string;
  sex: string;
  age_group: string;
  value: number;
  is_deleted: Tombstone;
  change_seq: ChangeSeq;
}

export interface DB {
  countries: CountryTable;
  action_periods: ActionPeriodTable;
  indicator_feeds: IndicatorFeedTable;
  indicator_values: IndicatorValueTable;
}

export type CountryRow = Selectable<CountryTable>;
export type ActionPeriodRow = Selectable<ActionPeriodTable>;
export type IndicatorFeedRow = Selectable<IndicatorFeedTable>;
export type IndicatorValueRow = Selectable<IndicatorValueTable>;
