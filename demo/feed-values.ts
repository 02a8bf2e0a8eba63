/**
 * The cells of one feed revision. Counts are consistent (arrests ≤ suspects, convictions ≤ prosecutions,
 * referred ≤ identified, answered ≤ sent) and every breakdown's cells add up to its ALL total, as the
 * agency subgraph's suppression assumes. A correction raises one count and the cells it falls in.
 */
import { daysBetween } from './dates.js';
import type { Random } from './random.js';
import type { RegionCountry } from './region.js';
import type { IndicatorValueRow } from './rows.js';

export interface Period {
  id: string;
  start: string;
  end: string;
  isAction: boolean;
}

export type Cells = Map<string, IndicatorValueRow>;

/** Share of cases that are trafficking (the rest smuggling); source and transit countries differ. */
const TRAFFICKING_SHARE: Readonly<Record<string, number>> = {
  AU: 0.45,
  NZ: 0.5,
  ID: 0.4,
  MY: 0.55,
  FJ: 0.7,
  TH: 0.7,
  VN: 0.65,
  LK: 0.5,
  KH: 0.75,
  MM: 0.7,
  PH: 0.8,
};

/** Multinomial split of a total over shares (the last cell takes the remainder, so the sum is exact). */
function split(rng: Random, total: number, shares: readonly number[]): number[] {
  const out: number[] = [];
  let left = total;
  let mass = 1;
  shares.forEach((share, i) => {
    if (i === shares.length - 1) {
      out.push(left);
      return;
    }
    const k = rng.binomial(left, Math.min(1, share / mass));
    out.push(k);
    left -= k;
    mass -= share;
  });
  return out;
}

function put(
  cells: Cells,
  feedId: string,
  indicator: string,
  value: number,
  dims: Partial<Pick<IndicatorValueRow, 'crime_type' | 'exploitation' | 'sex' | 'age_group'>> = {},
): void {
  const row: IndicatorValueRow = {
    feed_id: feedId,
    revision: 1,
    indicator,
    crime_type: 'ALL',
    exploitation: 'ALL',
    sex: 'ALL',
    age_group: 'ALL',
    value,
    ...dims,
  };
  cells.set(`${indicator}|${row.crime_type}|${row.exploitation}|${row.sex}|${row.age_group}`, row);
}

export function caseCounts(rng: Random, country: RegionCountry, period: Period, feedId: string, cells: Cells): void {
  const quartersLong = (daysBetween(period.start, period.end) + 1) / 91.3;
  const year = Number(period.start.slice(0, 4));
  const covid = period.start >= '2020-04-01' && period.end <= '2021-06-30' ? 0.7 : 1;
  const rate = country.caseload * quartersLong * (1 + 0.05 * (year - 2018)) * covid;
  const boost = period.isAction ? 1.3 : 1;
  const investigations = rng.poisson(12 * rate);
  const suspects = rng.poisson(investigations * 1.6);
  const arrests = rng.binomial(suspects, 0.55);
  const prosecutions = rng.binomial(arrests, 0.6);
  const convictions = rng.binomial(prosecutions, 0.5);
  const trafficking = TRAFFICKING_SHARE[country.code]!;
  for (const [indicator, total] of [
    ['INVESTIGATIONS_OPENED', investigations],
    ['ARRESTS', arrests],
    ['SUSPECTS_IDENTIFIED', suspects],
    ['PROSECUTIONS', prosecutions],
    ['CONVICTIONS', convictions],
  ] as const) {
    put(cells, feedId, indicator, total);
    const [t, s] = split(rng, total, [trafficking, 1 - trafficking]);
    put(cells, feedId, indicator, t!, { crime_type: 'TRAFFICKING' });
    put(cells, feedId, indicator, s!, { crime_type: 'SMUGGLING' });
  }
  const identified = rng.poisson(Math.round(investigations * trafficking) * 1.4);
  const referred = rng.binomial(identified, 0.75);
  for (const [indicator, total] of [
    ['VICTIMS_IDENTIFIED', identified],
    ['VICTIMS_REFERRED', referred],
  ] as const) {
    put(cells, feedId, indicator, total);
    const [labour, sexual, other] = split(rng, total, [0.55, 0.35, 0.1]);
    put(cells, feedId, indicator, labour!, { exploitation: 'LABOUR' });
    put(cells, feedId, indicator, sexual!, { exploitation: 'SEXUAL' });
    put(cells, feedId, indicator, other!, { exploitation: 'OTHER' });
    const [female, male, unknown] = split(rng, total, [0.5, 0.47, 0.03]);
    put(cells, feedId, indicator, female!, { sex: 'FEMALE' });
    put(cells, feedId, indicator, male!, { sex: 'MALE' });
    put(cells, feedId, indicator, unknown!, { sex: 'UNKNOWN' });
    const [minor, adult] = split(rng, total, [0.2, 0.8]);
    put(cells, feedId, indicator, minor!, { age_group: 'MINOR' });
    put(cells, feedId, indicator, adult!, { age_group: 'ADULT' });
  }
  put(cells, feedId, 'JOINT_INVESTIGATIONS', rng.poisson(1.2 * rate * boost));
  const sent = rng.poisson(6 * rate * boost);
  const answered = rng.binomial(sent, 0.7);
  put(cells, feedId, 'INFO_REQUESTS_SENT', sent);
  put(cells, feedId, 'INFO_REQUESTS_ANSWERED', answered);
  // A median needs answers to take it over.
  if (answered > 0) put(cells, feedId, 'INFO_RESPONSE_DAYS_MEDIAN', Math.round(rng.logNormal(21, 0.35) * 2) / 2);
  put(cells, feedId, 'SYNDICATES_DISRUPTED', rng.poisson(0.6 * rate * boost));
}

/** A correction: late records raise one count and the breakdown cells it falls in, keeping every sum. */
export function correct(rng: Random, cells: Cells, revision: number): { cells: Cells; note: string } {
  const next: Cells = new Map([...cells].map(([k, v]) => [k, { ...v, revision }]));
  const bump = (key: string, by: number) => {
    const cell = next.get(key);
    if (cell) cell.value += by;
  };
  const extra = rng.int(1, 4);
  if (rng.chance(0.5)) {
    for (const key of [
      'ARRESTS|ALL|ALL|ALL|ALL',
      'ARRESTS|TRAFFICKING|ALL|ALL|ALL',
      'SUSPECTS_IDENTIFIED|ALL|ALL|ALL|ALL',
      'SUSPECTS_IDENTIFIED|TRAFFICKING|ALL|ALL|ALL',
    ])
      bump(key, extra);
    return { cells: next, note: `Revision ${revision}: ${extra} arrest(s) recorded late by a provincial unit added` };
  }
  for (const key of [
    'VICTIMS_IDENTIFIED|ALL|ALL|ALL|ALL',
    'VICTIMS_IDENTIFIED|ALL|LABOUR|ALL|ALL',
    'VICTIMS_IDENTIFIED|ALL|ALL|MALE|ALL',
    'VICTIMS_IDENTIFIED|ALL|ALL|ALL|ADULT',
  ])
    bump(key, extra);
  return {
    cells: next,
    note: `Revision ${revision}: ${extra} victim(s) identified in a joint operation added after case review`,
  };
}
