/**
 * The page's pure helpers, run in Node: how numbers read (formatting only, never statistics), chart axes,
 * the default period selection, and reading a token's claims for the "signed in as" line.
 */
import { describe, expect, it } from 'vitest';
import { labelStride, niceTicks } from '../../dashboards/src/charts/scale.js';
import { formatDelta, formatInterval, formatPercent, formatValue } from '../../dashboards/src/format.js';
import { enumLabel } from '../../dashboards/src/panels/cells.js';
import { toCsv } from '../../dashboards/src/csv.js';
import { suppressionLabel } from '../../dashboards/src/format.js';
import { changeOf, type CompareRow } from '../../dashboards/src/panels/compare-table.js';
import { riskDates } from '../../dashboards/src/panels/suppliers.js';
import { defaultCurrent, initialSelection, latestWithData, type Period } from '../../dashboards/src/periods.js';
import { readViewState, viewSearch } from '../../dashboards/src/view-state.js';
import { readClaims } from '../../dashboards/src/token.js';

const period = (id: string, startDate: string, endDate: string, previous: string | null): Period => ({
  id,
  label: `Period ${id}`,
  number: Number(id.slice(3)),
  startDate,
  endDate,
  lengthDays: 1,
  previous: previous ? { id: previous } : null,
});
const PERIODS = [
  period('JPA4', '2018-03-01', '2018-08-31', null),
  period('JPA5', '2019-07-02', '2019-12-03', 'JPA4'),
  period('JPA6', '2020-01-01', '2020-12-31', 'JPA5'),
];

describe('dashboards: number formatting', () => {
  it('writes shares as percentages, counts whole, medians in days, rates and ratios to two places', () => {
    expect(formatValue(0.24183, 'PROPORTION')).toBe('24.2%');
    expect(formatValue(25628519, 'COUNT')).toBe('25,628,519');
    expect(formatValue(105, 'MEDIAN')).toBe('105 days');
    expect(formatValue(7.5892, 'RATE')).toBe('7.59');
    expect(formatValue(0.4691, 'RATIO')).toBe('0.47');
  });

  it('signs changes with a true minus, shares in percentage points', () => {
    expect(formatDelta(-0.03293, 'PROPORTION')).toBe('−3.3 pp');
    expect(formatDelta(920, 'COUNT')).toBe('+920');
    expect(formatDelta(0, 'COUNT')).toBe('0');
    expect(formatPercent(-11.985)).toBe('−12.0%');
    expect(formatPercent(89.756)).toBe('+89.8%');
  });

  it('names what a 95% interval is about, and shows an unbounded upper end as ∞', () => {
    expect(formatInterval('RATE_RATIO_EXACT', 1.9027, { lower: 1.7632, upper: 2.0543 })).toBe(
      'rate ratio 1.90 (1.76–2.05)',
    );
    expect(formatInterval('RATE_RATIO_EXACT', null, { lower: 3.2, upper: null })).toBe('rate ratio (3.20–∞)');
    expect(formatInterval('NEWCOMBE_DIFFERENCE', -0.0329, { lower: -0.1014, upper: 0.036 })).toBe(
      'difference −3.3 pp (−10.1 to +3.6 pp)',
    );
    expect(formatInterval('NONE', null, null)).toBe('—');
  });

  it('turns enum values into words', () => {
    expect(enumLabel('SEAFOOD_PROCESSING')).toBe('Seafood processing');
    expect(enumLabel('FISHING')).toBe('Fishing');
  });
});

describe('dashboards: chart axes', () => {
  it('rounds the top of the value axis up to a round step', () => {
    expect(niceTicks(0.41)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(1945)).toEqual([0, 500, 1000, 1500, 2000]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('thins period labels so they keep their distance', () => {
    expect(labelStride(32, 600, 64)).toBe(4);
    expect(labelStride(8, 600, 64)).toBe(1);
  });
});

describe('dashboards: period selection', () => {
  it('defaults to the latest period that has begun and the previous one the API names', () => {
    const selection = initialSelection(PERIODS, { current: null, previous: null }, '2019-08-01');
    expect(selection?.current.id).toBe('JPA5');
    expect(selection?.previous?.id).toBe('JPA4');
    expect(defaultCurrent(PERIODS, '2017-01-01')?.id).toBe('JPA4');
  });

  it('takes known periods from the URL and ignores unknown ones', () => {
    const url = (search: string) => readViewState(search);
    expect(initialSelection(PERIODS, url('?current=JPA6&previous=JPA4'), '2025-01-01')).toMatchObject({
      current: { id: 'JPA6' },
      previous: { id: 'JPA4' },
    });
    expect(initialSelection(PERIODS, url('?current=JPA99&previous=nope'), '2025-01-01')).toMatchObject({
      current: { id: 'JPA6' },
      previous: { id: 'JPA5' },
    });
    expect(initialSelection([], url(''), '2025-01-01')).toBeNull();
  });

  it('defaults to the latest period with data whose previous period has data too', () => {
    expect(latestWithData(PERIODS, (id) => id !== 'JPA6')?.id).toBe('JPA5');
    expect(latestWithData(PERIODS, (id) => id === 'JPA6')?.id).toBe('JPA6');
    expect(latestWithData(PERIODS, () => false)).toBeNull();
    const selection = initialSelection(PERIODS, { current: null, previous: null }, '2025-01-01', (id) => id !== 'JPA6');
    expect(selection).toMatchObject({ current: { id: 'JPA5' }, previous: { id: 'JPA4' } });
  });
});

describe('dashboards: labels, bases and exports', () => {
  it('labels a value under 5 "<5" and one withheld to protect another "withheld"', () => {
    expect(suppressionLabel('BELOW_THRESHOLD')).toBe('<5');
    expect(suppressionLabel('COMPLEMENTARY')).toBe('withheld');
    expect(suppressionLabel('COMPONENT_SUPPRESSED')).toBe('withheld');
  });

  it('shows the change of a count per day, the basis of its rate-ratio test', () => {
    // 5th JPA (155 days) against the 4th (184 days): fewer in total, more per day.
    const row = { delta: -10, percentChange: -9.6, percentChangePerDay: 7.3 } as CompareRow;
    expect(changeOf(row, 'COUNT')).toEqual({ value: 7.3, text: '+7.3% per day', basis: 'per day' });
    expect(changeOf({ ...row, delta: 0.012 }, 'PROPORTION').text).toBe('+1.2 pp');
  });

  it('writes CSV by RFC 4180, quoting what needs it', () => {
    const csv = toCsv({
      columns: ['a', 'b'],
      rows: [
        ['x,y', null],
        [1.25, '<5'],
        ['say "hi"', true],
      ],
    });
    expect(csv).toBe('a,b\r\n"x,y",\r\n1.25,<5\r\n"say ""hi""",true\r\n');
  });

  it('keeps the whole view in the URL and reads back the same view', () => {
    const view = {
      current: 'JPA5',
      previous: 'JPA4',
      measure: 'AGENCY_VICTIMS_IDENTIFIED',
      kind: 'ACTION_PERIOD',
      supplier: 'sup-1',
    };
    expect(readViewState(viewSearch(view))).toEqual(view);
    expect(readViewState('?current=&kind=QUARTER')).toEqual({
      current: null,
      previous: null,
      measure: null,
      kind: 'QUARTER',
      supplier: null,
    });
  });

  it('re-scores a supplier at six dates ending at the build’s asOf', () => {
    expect(riskDates('2025-05-31')).toEqual([
      '2024-02-29',
      '2024-05-31',
      '2024-08-31',
      '2024-11-30',
      '2025-02-28',
      '2025-05-31',
    ]);
  });
});

describe('dashboards: token claims for display', () => {
  it('reads sub, role and expiry from a base64url payload, and nothing from garbage', () => {
    const payload = Buffer.from(
      JSON.stringify({ sub: 'zoë@tidemark', role: 'POLICY', exp: 1_900_000_000, extra: '?>' }),
    ).toString('base64url');
    expect(readClaims(`h.${payload}.s`)).toEqual({ sub: 'zoë@tidemark', role: 'POLICY', exp: 1_900_000_000 });
    expect(readClaims('not-a-jwt')).toBeNull();
    expect(readClaims('a.%%%.b')).toBeNull();
  });
});
