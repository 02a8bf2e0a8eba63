/**
 * The page's pure helpers, run in Node: how numbers read (formatting only, never statistics), chart axes,
 * the default period selection, and reading a token's claims for the "signed in as" line.
 */
import { describe, expect, it } from 'vitest';
import { labelStride, niceTicks } from '../../dashboards/src/charts/scale.js';
import { formatDelta, formatInterval, formatPercent, formatValue } from '../../dashboards/src/format.js';
import { enumLabel } from '../../dashboards/src/panels/cells.js';
import { defaultCurrent, initialSelection, type Period } from '../../dashboards/src/periods.js';
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
const PERIODS = [period('JPA4', '2018-03-01', '2018-08-31', null), period('JPA5', '2019-07-02', '2019-12-03', 'JPA4'), period('JPA6', '2020-01-01', '2020-12-31', 'JPA5')];

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
    expect(formatInterval('RATE_RATIO_EXACT', 1.9027, { lower: 1.7632, upper: 2.0543 })).toBe('rate ratio 1.90 (1.76–2.05)');
    expect(formatInterval('RATE_RATIO_EXACT', null, { lower: 3.2, upper: null })).toBe('rate ratio (3.20–∞)');
    expect(formatInterval('NEWCOMBE_DIFFERENCE', -0.0329, { lower: -0.1014, upper: 0.036 })).toBe('difference −3.3 pp (−10.1 to +3.6 pp)');
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
    const selection = initialSelection(PERIODS, '', '2019-08-01');
    expect(selection?.current.id).toBe('JPA5');
    expect(selection?.previous?.id).toBe('JPA4');
    expect(defaultCurrent(PERIODS, '2017-01-01')?.id).toBe('JPA4');
  });

  it('takes known periods from the URL and ignores unknown ones', () => {
    expect(initialSelection(PERIODS, '?current=JPA6&previous=JPA4', '2025-01-01')).toMatchObject({ current: { id: 'JPA6' }, previous: { id: 'JPA4' } });
    expect(initialSelection(PERIODS, '?current=JPA99&previous=nope', '2025-01-01')).toMatchObject({ current: { id: 'JPA6' }, previous: { id: 'JPA5' } });
    expect(initialSelection([], '', '2025-01-01')).toBeNull();
  });
});

describe('dashboards: token claims for display', () => {
  it('reads sub, role and expiry from a base64url payload, and nothing from garbage', () => {
    const payload = Buffer.from(JSON.stringify({ sub: 'zoë@tidemark', role: 'POLICY', exp: 1_900_000_000, extra: '?>' })).toString('base64url');
    expect(readClaims(`h.${payload}.s`)).toEqual({ sub: 'zoë@tidemark', role: 'POLICY', exp: 1_900_000_000 });
    expect(readClaims('not-a-jwt')).toBeNull();
    expect(readClaims('a.%%%.b')).toBeNull();
  });
});
