/**
 * Kysely types of what insights reads from a published build: the row types are generated from a real build
 * (lib/generated/published-tables.ts, `npm run codegen`), so they cannot drift from the marts. Builds are
 * read-only: these are row shapes, not a contract to write. DATE columns arrive as 'YYYY-MM-DD' strings,
 * TIMESTAMP as ISO strings, BIGINT as numbers (lib/duckdb).
 */
import type { Selectable } from 'kysely';
import type { PublishedTables, RescoredRows } from '../../lib/generated/published-tables.js';

/** The marts a build must hold for every insights query to work (checked, and logged, on each swap). */
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
] as const satisfies readonly (keyof PublishedTables)[];

export type MartDB = Pick<PublishedTables, (typeof MART_TABLES)[number]>;

export type SupplierRiskRow = Selectable<PublishedTables['mart_supplier_risk']>;
/** The kinds of drivers (accepted_values of mart_supplier_risk_driver_totals). */
export type DriverKind = PublishedTables['mart_supplier_risk_driver_totals']['driver_kind'];
/**
 * A per-finding driver row, as re-scoring at another date returns it (rescore_mart_supplier_risk_drivers). The
 * model is a view without tests of its own (testing it would compute it whole); its supplier, kind and
 * contribution are never null by construction, as the tests of mart_supplier_risk_driver_totals (its sums) check.
 */
export type SupplierRiskDriverRow = Omit<
  RescoredRows['mart_supplier_risk_drivers'],
  'driver_kind' | 'contribution' | 'supplier_id'
> & {
  supplier_id: string;
  driver_kind: DriverKind;
  contribution: number;
};
export type PeriodRow = Selectable<PublishedTables['mart_periods']>;
