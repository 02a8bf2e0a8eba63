/**
 * Field roles of the insights subgraph (DESIGN §5). Analysts read everything. Policy officers read aggregates
 * and dashboards, and supplier scores without finding details (risk-view.ts). Partners read the risk of
 * suppliers they audited (others: null, risk-loader.ts), hotspots and country profiles behind the
 * cross-partner rule, and campaign impact. Agencies read country indicators and aggregates. The warehouse
 * service reads nothing here. Victim counts are suppressed for every role but ANALYST in the code.
 */
import type { AccessRules } from '../../lib/access.js';
import type { Role } from '../../lib/identity.js';

const READERS: readonly Role[] = ['PARTNER', 'AGENCY', 'ANALYST', 'POLICY'];
const AGGREGATE_READERS: readonly Role[] = ['AGENCY', 'ANALYST', 'POLICY'];
const RISK_READERS: readonly Role[] = ['PARTNER', 'ANALYST', 'POLICY'];
const OPERATORS: readonly Role[] = ['ANALYST', 'POLICY'];

export const access: AccessRules = {
  'Query.riskHotspots': READERS,
  'Query.compare': AGGREGATE_READERS,
  'Query.riskiestSuppliers': RISK_READERS,
  'RankedSupplier.*': RISK_READERS,
  'Query.series': AGGREGATE_READERS,
  'Query.measures': READERS,
  'Query.warehouseStatus': READERS,
  'Supplier.id': READERS,
  'Supplier.risk': RISK_READERS,
  'SupplierRisk.*': RISK_READERS,
  'RiskDriver.*': RISK_READERS,
  'Country.code': READERS,
  'Country.riskProfile': READERS,
  'Country.indicators': AGGREGATE_READERS,
  'Campaign.*': READERS,
  'ReportingPeriod.*': READERS,
  'RiskHotspots.*': READERS,
  'RiskHotspot.*': READERS,
  'RiskBandCounts.*': READERS,
  'CountryRiskProfile.*': READERS,
  'RiskDriverTotal.*': READERS,
  'CountryIndicatorValue.*': AGGREGATE_READERS,
  'CampaignImpact.*': READERS,
  'MeasureComparison.*': READERS,
  'Interval.*': READERS,
  'MeasureSeries.*': AGGREGATE_READERS,
  'SeriesPoint.*': AGGREGATE_READERS,
  'Measure.*': READERS,
  'WarehouseStatus.buildId': READERS,
  'WarehouseStatus.builtAt': READERS,
  'WarehouseStatus.asOf': READERS,
  'WarehouseStatus.methodologyVersion': READERS,
  'WarehouseStatus.sources': OPERATORS,
  'WarehouseStatus.tables': OPERATORS,
  'SourceTableStatus.*': OPERATORS,
  'SnapshotTableStatus.*': OPERATORS,
};
