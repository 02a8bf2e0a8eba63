/**
 * Kysely types of the marts insights reads from a published snapshot (warehouse/models/marts/*.sql; the
 * grain of each is stated there). Snapshots are read-only: these are row shapes, not a contract to write.
 * DATE columns arrive as 'YYYY-MM-DD' strings, TIMESTAMP as ISO strings, BIGINT as numbers (lib/duckdb).
 */
import type { Selectable } from 'kysely';

import type { SupplierRiskDriverRow as WarehouseDriverRow, SupplierRiskRow as WarehouseRiskRow } from '../../warehouse/api.js';

// The risk rows are the warehouse's own types (warehouse/risk/score-suppliers.ts): re-scoring on demand returns
// exactly what the marts hold, so one definition serves both.
export type Band = WarehouseRiskRow['band'];
export type DriverKind = WarehouseDriverRow['driver_kind'];

export type SupplierRiskTable = WarehouseRiskRow;

/** A per-finding driver row (the warehouse's mart_supplier_risk_drivers view, computed on demand when re-scoring;
 * not in a snapshot). */
export type SupplierRiskDriverTable = WarehouseDriverRow;

export interface AuditFactTable {
  audit_id: string;
  supplier_id: string;
  partner_org_id: string;
  country_code: string;
  sector: string;
  audit_date: string;
  month_id: string;
  quarter_id: string;
  year_id: string;
  action_period_id: string | null;
  count_findings: number;
  count_forced_labour_findings: number;
  count_s3_s4_forced_labour_findings: number;
  has_s3_s4_forced_labour_finding: boolean;
  previous_audit_id: string | null;
}

export interface CapFactTable {
  corrective_action_id: string;
  audit_id: string;
  supplier_id: string;
  partner_org_id: string;
  country_code: string;
  sector: string;
  audit_date: string;
  status: string;
  due_date: string;
  closed_on: string | null;
  is_closed: boolean;
  is_closed_by_due: boolean;
  days_to_close: number | null;
}

export interface RepeatFindingTable {
  audit_id: string;
  supplier_id: string;
  country_code: string;
  sector: string;
  audit_date: string;
  ilo_indicator: string;
  is_repeated: boolean;
}

export interface CampaignDailyTable {
  campaign_id: string;
  country_code: string;
  audience: string;
  metric_date: string;
  channel: string;
  reach: number;
  reports_to_authorities: number;
}

export interface AgencyIndicatorLatestTable {
  feed_id: string;
  revision: number;
  agency_id: string;
  country_code: string;
  period_id: string;
  indicator: string;
  crime_type: string;
  exploitation: string;
  sex: string;
  age_group: string;
  value: number;
}

export interface PeriodTable {
  period_id: string;
  kind: 'ACTION_PERIOD' | 'MONTH' | 'QUARTER' | 'YEAR';
  label: string;
  start_date: string;
  end_date: string;
  length_days: number;
  period_number: number | null;
  previous_period_id: string | null;
}

/** Exact driver sums per supplier, partner and ILO indicator (mart_supplier_risk_driver_totals). */
export interface SupplierRiskDriverTotalTable {
  supplier_id: string;
  driver_kind: DriverKind;
  partner_org_id: string | null;
  ilo_indicator: string | null;
  points: number | null;
  contribution: number;
  findings: number;
}

export interface SupplierPartnerTable {
  supplier_id: string;
  partner_org_id: string;
  audits: number;
  first_audit_date: string;
  last_audit_date: string;
}

export interface HotspotCellTable {
  /** 'REGISTRY' or a period id. */
  scope: string;
  country_code: string;
  sector: string;
  suppliers: number;
  audited_suppliers: number;
  partners: number;
  partner_org_ids: string[];
  score_tenths: number;
  max_score: number;
  count_low: number;
  count_medium: number;
  count_high: number;
  count_severe: number;
  count_overrides: number;
}

export interface MeasureCellTable {
  measure_id: string;
  period_id: string;
  country_code: string;
  sector: string | null;
  campaign_id: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface ClosureDaysCellTable {
  period_id: string;
  country_code: string;
  sector: string;
  days_to_close: number;
  actions: number;
}

export interface ClosureDaysMedianTable {
  period_id: string;
  /** null: all countries. */
  country_code: string | null;
  median_days: number;
  actions: number;
}

export interface MartDB {
  mart_supplier_risk: SupplierRiskTable;
  mart_audit_facts: AuditFactTable;
  mart_cap_facts: CapFactTable;
  mart_repeat_findings: RepeatFindingTable;
  mart_campaign_daily: CampaignDailyTable;
  mart_agency_indicator_latest: AgencyIndicatorLatestTable;
  mart_periods: PeriodTable;
  mart_supplier_risk_driver_totals: SupplierRiskDriverTotalTable;
  mart_supplier_partners: SupplierPartnerTable;
  mart_hotspot_cells: HotspotCellTable;
  mart_measure_cells: MeasureCellTable;
  mart_closure_days_cells: ClosureDaysCellTable;
  mart_closure_days_medians: ClosureDaysMedianTable;
}

/** The marts a snapshot must hold for every insights query to work (checked, and logged, on each swap). */
export const MART_TABLES = [
  'mart_supplier_risk',
  'mart_audit_facts',
  'mart_cap_facts',
  'mart_repeat_findings',
  'mart_campaign_daily',
  'mart_agency_indicator_latest',
  'mart_periods',
  'mart_supplier_risk_driver_totals',
  'mart_supplier_partners',
  'mart_hotspot_cells',
  'mart_measure_cells',
  'mart_closure_days_cells',
  'mart_closure_days_medians',
] as const satisfies readonly (keyof MartDB)[];

export type SupplierRiskRow = Selectable<SupplierRiskTable>;
export type SupplierRiskDriverRow = Selectable<SupplierRiskDriverTable>;
export type PeriodRow = Selectable<PeriodTable>;
