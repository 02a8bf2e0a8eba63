/**
 * What the insights bench asks, as the gateway would: Supplier.risk through `_entities` (random suppliers),
 * riskHotspots per grouping (the whole registry, and a period), a 5-measure comparison of action periods by
 * country, and a decade of quarters. Answers of hotspots, compare and series are cached per build, so each of
 * those comes twice: as dashboards ask (repeats, answered from the cache after the first) and "distinct",
 * where every request has arguments no earlier request had (a period, or a country filter), so none is cached.
 */
import { sql, type Kysely } from 'kysely';
import type { Request } from './latency.js';

const RISK = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Supplier {
      id
      risk {
        score band override confidence inherent evidence inherentPart evidencePart methodologyVersion asOf
        drivers { kind label contribution findingId iloIndicator severity auditDate }
      }
    }
  }
}`;

const HOTSPOTS = `query($groupBy: HotspotGrouping!, $period: ID) {
  riskHotspots(groupBy: $groupBy, period: $period) {
    asOf withheldCells period { id }
    cells { country { code } sector suppliers auditedSuppliers partners averageScore maxScore overrides bands
      { low medium high severe } }
  }
}`;

const COMPARE = `query($measures: [MeasureId!]!, $current: ID!, $groupBy: MeasureGrouping, $filter: MeasureFilter) {
  compare(measures: $measures, current: $current, groupBy: $groupBy, filter: $filter) {
    measure group country { code } currentPeriod { id } previousPeriod { id }
    current previous delta percentChange test estimate interval { lower upper } significant suppressed
  }
}`;

const SERIES = `query($measure: MeasureId!, $kind: PeriodKind!, $from: Date!, $to: Date!, $groupBy: MeasureGrouping,
  $filter: MeasureFilter) {
  series(measure: $measure, kind: $kind, from: $from, to: $to, groupBy: $groupBy, filter: $filter) {
    measure group country { code } points { period { id } startDate endDate value suppressed filled }
  }
}`;

const COMPARE_MEASURES = ['SUPPLIERS_AUDITED', 'SEVERE_FINDING_SHARE', 'REPEAT_FINDING_RATE', 'CAP_CLOSURE_RATE', 'MEDIAN_DAYS_TO_CLOSE'];
const GROUPINGS = ['COUNTRY', 'SECTOR', 'COUNTRY_SECTOR'] as const;
const DECADE = { from: '2016-01-01', to: '2025-12-31' };

export interface Tokens {
  analyst: string;
  policy: string;
  partner: string;
}

export interface BenchFacts {
  supplierIds: string[];
  countryCodes: string[];
  /** Action periods with a previous one, oldest first. */
  actionPeriods: string[];
  /** Every period of the data's decade, all kinds. */
  periods: string[];
}

export interface Scenario {
  id: string;
  label: string;
  /** Part of the budget's summary row (risk, hotspots, comparison). */
  budget: boolean;
  requests: Request[];
  warmup: Request[];
}

/** mulberry32: the same requests on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(values: readonly T[], random: () => number): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export async function readBenchFacts(db: Kysely<any>): Promise<BenchFacts> {
  const ids = await sql<{ supplier_id: string }>`SELECT supplier_id FROM mart_supplier_risk ORDER BY supplier_id`.execute(db);
  const countries = await sql<{ c: string }>`SELECT DISTINCT country_code AS c FROM mart_supplier_risk ORDER BY 1`.execute(db);
  const periods = await sql<{ period_id: string; kind: string; previous_period_id: string | null }>`
    SELECT period_id, kind, previous_period_id FROM mart_periods
    WHERE start_date >= ${DECADE.from}::DATE AND end_date <= ${DECADE.to}::DATE ORDER BY start_date, period_id`.execute(db);
  return {
    supplierIds: ids.rows.map((r) => r.supplier_id),
    countryCodes: countries.rows.map((r) => r.c),
    actionPeriods: periods.rows.filter((p) => p.kind === 'ACTION_PERIOD' && p.previous_period_id).map((p) => p.period_id),
    periods: periods.rows.map((p) => p.period_id),
  };
}

/** `count` distinct sorted subsets of 3..8 countries (a dashboard's country filter). */
function distinctCountryFilters(countries: readonly string[], count: number, random: () => number): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (let guard = 0; out.length < count && guard < count * 100; guard++) {
    const size = Math.min(countries.length, 3 + Math.floor(random() * 6));
    const pick = shuffled(countries, random).slice(0, size).sort();
    const key = pick.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(pick);
  }
  return out;
}

export function buildScenarios(facts: BenchFacts, tokens: Tokens, requests: number, warmup: number): Scenario[] {
  const random = seededRandom(42);
  const total = requests + warmup;
  const split = <T>(all: T[]) => ({ warmup: all.slice(0, warmup), requests: all.slice(warmup, total) });
  const cycle = <T>(values: readonly T[]) => Array.from({ length: total }, (_, i) => values[i % values.length]!);

  const suppliers = shuffled(facts.supplierIds, random);
  const risk = (token: string, offset: number) =>
    split(cycle(suppliers.slice(offset)).map((id) => ({ query: RISK, variables: { representations: [{ __typename: 'Supplier', id }] }, token })));

  const registryHotspots = (groupBy: string) => split(cycle([{ query: HOTSPOTS, variables: { groupBy, period: null }, token: tokens.policy }]));
  const periodCombos = shuffled(facts.periods.flatMap((period) => GROUPINGS.map((groupBy) => ({ groupBy, period }))), random);
  const periodHotspots = split(cycle(periodCombos).map((variables) => ({ query: HOTSPOTS, variables, token: tokens.policy })));

  const compareVars = (current: string, filter: string[] | null) => ({
    measures: COMPARE_MEASURES, current, groupBy: 'COUNTRY', filter: filter ? { countryCodes: filter } : null,
  });
  const repeatCompare = split(cycle(shuffled(facts.actionPeriods, random)).map((ap) => ({ query: COMPARE, variables: compareVars(ap, null), token: tokens.policy })));
  const filters = distinctCountryFilters(facts.countryCodes, total * 2, random);
  const distinctCompare = split(
    filters.slice(0, total).map((filter, i) => ({ query: COMPARE, variables: compareVars(facts.actionPeriods[i % facts.actionPeriods.length]!, filter), token: tokens.policy })),
  );

  const seriesVars = (measure: string, filter: string[] | null) => ({ measure, kind: 'QUARTER', ...DECADE, groupBy: 'COUNTRY', filter: filter ? { countryCodes: filter } : null });
  const repeatSeries = split(cycle(COMPARE_MEASURES).map((m) => ({ query: SERIES, variables: seriesVars(m, null), token: tokens.policy })));
  const distinctSeries = split(
    filters.slice(total, total * 2).map((filter, i) => ({ query: SERIES, variables: seriesVars(COMPARE_MEASURES[i % COMPARE_MEASURES.length]!, filter), token: tokens.policy })),
  );

  return [
    { id: 'risk-analyst', label: 'Supplier.risk via `_entities`, ANALYST (all drivers in detail), a random supplier per request', budget: true, ...risk(tokens.analyst, 0) },
    { id: 'risk-partner', label: 'Supplier.risk via `_entities`, PARTNER (audited-by check, other partners aggregated), a random supplier', budget: true, ...risk(tokens.partner, total) },
    ...GROUPINGS.map((g) => ({ id: `hotspots-${g.toLowerCase()}`, label: `riskHotspots(groupBy: ${g}), whole registry, POLICY`, budget: true, ...registryHotspots(g) })),
    { id: 'hotspots-period', label: 'riskHotspots, a distinct (period, groupBy) per request over every period of the decade, POLICY', budget: true, ...periodHotspots },
    { id: 'compare-repeat', label: `compare(5 measures, action period vs previous, groupBy COUNTRY), POLICY, repeats of ` +
        `${facts.actionPeriods.length} action periods`, budget: true, ...repeatCompare },
    { id: 'compare-distinct', label: 'same compare with a distinct country filter per request (never cached)', budget: true, ...distinctCompare },
    { id: 'series-repeat', label: 'series(one of the 5 measures, QUARTER, 2016–2025, groupBy COUNTRY), POLICY, repeats', budget: false, ...repeatSeries },
    { id: 'series-distinct', label: 'same series with a distinct country filter per request (never cached)', budget: false, ...distinctSeries },
  ];
}
