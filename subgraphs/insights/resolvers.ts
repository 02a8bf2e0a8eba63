/**
 * Thin resolvers: each field leases the request's warehouse build (ctx.snapshot.get(), one build per request),
 * checks its arguments and hands over to one module. Field roles are in access.ts; row-level and cell-level
 * rules (partner visibility, driver detail, hotspot withholding, victim suppression) in the modules.
 */
import { badInput } from '../../lib/errors.js';
import { DateScalar, DateTimeScalar } from '../../lib/scalars.js';
import { MEASURES } from '../../lib/analytics/measures.js';
import { ILO_INDICATORS, RISK_OVERRIDES, SEVERITIES } from '../../lib/domain/audit-vocabulary.js';
import { SECTORS } from '../../lib/domain/sectors.js';
import { enumValue, optionalEnumValue } from '../../lib/enum-value.js';
import { buildCampaignImpact } from './campaign-impact.js';
import { compareMeasures } from './compare.js';
import { listCountryIndicators } from './country-indicators.js';
import { buildCountryRiskProfile, loadHotspotFacts } from './country-profile.js';
import type { MeasureId, Resolvers } from './generated/resolvers-types.js';
import { viewHotspot, visibleHotspots } from './hotspot-view.js';
import { checkMeasureScope, MAX_COMPARE_MEASURES, parseFilter, requireMeasureArg } from './measure-arguments.js';
import { requirePeriod, resolvePeriodPair } from './periods.js';
import { listPeriodsOverlapping, MAX_SERIES_PERIODS } from './store/periods.js';
import { rankSuppliersByRisk } from './store/riskiest-suppliers.js';
import { listSnapshotTables } from './store/snapshot-tables.js';
import { checkRiskAsOf } from './risk-loader.js';
import { buildSeries } from './series.js';

const COUNTRY_CODE = /^[A-Z]{2}$/;

/**
 * The catalogue's ids as the SDL enum MeasureId. The catalogue (lib/) cannot name a subgraph's generated type, so
 * this one widening-to-narrowing step is asserted here; tests/contracts/vocabulary.test.ts checks the catalogue
 * equals enum MeasureId, and enumValue still checks every id at run time.
 */
const MEASURE_IDS = MEASURES.map((m) => m.id) as readonly MeasureId[];

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,

  Query: {
    riskHotspots: async (_, { groupBy, period }, ctx) => {
      const snapshot = ctx.snapshot.get();
      const periodRow = period == null ? null : await requirePeriod(snapshot, period, 'period');
      const { cells, withheld } = visibleHotspots(await loadHotspotFacts(snapshot, groupBy, periodRow), ctx.identity!);
      return {
        asOf: snapshot.pointer.asOf,
        periodId: periodRow?.period_id ?? null,
        groupBy,
        cells: cells.map(viewHotspot),
        withheldCells: withheld,
      };
    },
    compare: async (_, args, ctx) => {
      const snapshot = ctx.snapshot.get();
      if (args.measures.length === 0 || args.measures.length > MAX_COMPARE_MEASURES) {
        throw badInput('measures', `give 1..${MAX_COMPARE_MEASURES} measure ids`);
      }
      const grouping = args.groupBy ?? 'NONE';
      const filter = parseFilter(args.filter);
      const measures = [...new Set(args.measures)].map((id, i) => requireMeasureArg(id, `measures[${i}]`));
      measures.forEach((measure, i) => checkMeasureScope(measure, grouping, filter, `measures[${i}]`));
      const { current, previous } = await resolvePeriodPair(snapshot, args.current, args.previous, {
        current: 'current',
        previous: 'previous',
      });
      return compareMeasures(snapshot, { measures, current, previous, grouping, filter }, ctx.identity!.role);
    },
    series: async (_, args, ctx) => {
      const snapshot = ctx.snapshot.get();
      const grouping = args.groupBy ?? 'NONE';
      const filter = parseFilter(args.filter);
      const measure = requireMeasureArg(args.measure, 'measure');
      checkMeasureScope(measure, grouping, filter, 'measure');
      if (args.to < args.from) throw badInput('to', `must be on or after from (${args.from})`);
      const periods = await listPeriodsOverlapping(snapshot.db, args.kind, args.from, args.to);
      if (periods.length > MAX_SERIES_PERIODS)
        throw badInput(
          'to',
          `the range spans more than ${MAX_SERIES_PERIODS} ${args.kind} periods; shorten it or pick a longer kind`,
        );
      return buildSeries(snapshot, { measure, periods, grouping, filter }, ctx.identity!.role);
    },
    riskiestSuppliers: async (_, args, ctx) => {
      const first = args.first ?? 20;
      if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first', 'give 1..100');
      const countryCode = args.countryCode ?? null;
      if (countryCode !== null && !COUNTRY_CODE.test(countryCode))
        throw badInput('countryCode', 'give an ISO alpha-2 code, e.g. VN');
      const identity = ctx.identity!;
      const partnerOrgId = identity.role === 'PARTNER' ? (identity.orgId ?? '') : null;
      const ids = await rankSuppliersByRisk(ctx.snapshot.get().db, {
        first,
        countryCode,
        sector: args.sector ?? null,
        partnerOrgId,
      });
      return ids.map((supplierId, i) => ({ rank: i + 1, supplierId }));
    },
    measures: () => [...MEASURES],
    warehouseStatus: (_, __, ctx) => ({ snapshot: ctx.snapshot.get() }),
  },

  Supplier: {
    __resolveReference: (ref) => ({ id: String(ref.id) }),
    id: (s) => s.id,
    risk: (s, { asOf }, ctx) => ctx.risk.load({ supplierId: s.id, asOf: checkRiskAsOf(ctx.snapshot.get(), asOf) }),
  },

  Country: {
    __resolveReference: (ref) => ({ code: String(ref.code) }),
    code: (c) => c.code,
    riskProfile: async (c, { period }, ctx) => {
      const snapshot = ctx.snapshot.get();
      const periodRow = period == null ? null : await requirePeriod(snapshot, period, 'period');
      return buildCountryRiskProfile(snapshot, c.code, periodRow, ctx.identity!);
    },
    indicators: async (c, args, ctx) => {
      const snapshot = ctx.snapshot.get();
      if (!COUNTRY_CODE.test(c.code)) return [];
      const period = await requirePeriod(snapshot, args.period, 'period');
      return listCountryIndicators(
        snapshot,
        {
          countryCode: c.code,
          periodId: period.period_id,
          indicators: args.indicators ?? null,
          breakdown: args.breakdown ?? null,
        },
        ctx.identity!.role,
      );
    },
  },

  Campaign: {
    __resolveReference: (ref) => ({ id: String(ref.id) }),
    id: (c) => c.id,
    impact: (c, { period }, ctx) => buildCampaignImpact(ctx.snapshot.get(), c.id, period, ctx.identity!.role),
  },

  ReportingPeriod: {
    id: (p) => p.id,
  },

  RiskHotspots: {
    period: (h) => (h.periodId ? { id: h.periodId } : null),
  },

  RiskHotspot: {
    country: (h) => (h.countryCode ? { code: h.countryCode } : null),
    sector: (h) => optionalEnumValue(SECTORS, h.sector, 'hotspot sector'),
  },

  RankedSupplier: {
    supplier: (r) => ({ id: r.supplierId }),
    risk: (r, _, ctx) => ctx.risk.load({ supplierId: r.supplierId, asOf: null }),
  },

  SupplierRisk: {
    band: (r) => r.band,
    override: (r) => optionalEnumValue(RISK_OVERRIDES, r.override, 'risk override'),
  },

  RiskDriver: {
    iloIndicator: (d) => optionalEnumValue(ILO_INDICATORS, d.iloIndicator, 'risk driver ILO indicator'),
    severity: (d) => optionalEnumValue(SEVERITIES, d.severity, 'risk driver severity'),
  },

  CountryRiskProfile: {
    period: (p) => (p.periodId ? { id: p.periodId } : null),
  },

  RiskDriverTotal: {
    iloIndicator: (d) => optionalEnumValue(ILO_INDICATORS, d.iloIndicator, 'risk driver total ILO indicator'),
  },

  CountryIndicatorValue: {
    indicator: (v) => v.indicator,
    crimeType: (v) => v.crime_type,
    exploitation: (v) => v.exploitation,
    sex: (v) => v.sex,
    ageGroup: (v) => v.age_group,
    value: (v) => v.shown,
  },

  CampaignImpact: {
    period: (i) => ({ id: i.periodId }),
    previousPeriod: (i) => (i.previousPeriodId ? { id: i.previousPeriodId } : null),
  },

  MeasureComparison: {
    measure: (r) => enumValue(MEASURE_IDS, r.measure, 'compared measure'),
    country: (r) => (r.grouping === 'COUNTRY' ? { code: r.group } : null),
    sector: (r) => (r.grouping === 'SECTOR' ? enumValue(SECTORS, r.group, 'compared sector') : null),
    currentPeriod: (r) => ({ id: r.currentPeriodId }),
    previousPeriod: (r) => (r.previousPeriodId ? { id: r.previousPeriodId } : null),
  },

  MeasureSeries: {
    measure: (s) => enumValue(MEASURE_IDS, s.measure, 'series measure'),
    country: (s) => (s.grouping === 'COUNTRY' ? { code: s.group } : null),
    sector: (s) => (s.grouping === 'SECTOR' ? enumValue(SECTORS, s.group, 'series sector') : null),
  },

  SeriesPoint: {
    period: (p) => ({ id: p.periodId }),
  },

  Measure: {
    id: (m) => enumValue(MEASURE_IDS, m.id, 'catalogue measure'),
    higherIsBetter: (m) => m.higherIsBetter,
    limitation: (m) => m.limitation ?? null,
  },

  WarehouseStatus: {
    buildId: (w) => w.snapshot.pointer.buildId,
    builtAt: (w) => w.snapshot.pointer.builtAt,
    asOf: (w) => w.snapshot.pointer.asOf,
    methodologyVersion: (w) => w.snapshot.pointer.riskVersion ?? null,
    sources: (w) => w.snapshot.pointer.watermarks,
    tables: (w) => w.snapshot.memo('snapshot-tables', () => listSnapshotTables(w.snapshot.pointer)),
  },

  SourceTableStatus: {
    watermark: (s) => s.seq,
    lastSyncedAt: (s) => s.syncedAt,
    lagSeconds: (s) => (s.syncedAt ? Math.max(0, (Date.now() - Date.parse(s.syncedAt)) / 1000) : null),
    rowsReceived: (s) => s.rows,
  },
};
