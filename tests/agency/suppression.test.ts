import { describe, expect, it } from 'vitest';
import type { Cell } from '../../subgraphs/agency/indicators.js';
import { publishCells, suppressedCellKeys } from '../../subgraphs/agency/suppression.js';

const cell = (indicator: string, value: number, dims: Partial<Omit<Cell, 'indicator' | 'value'>> = {}): Cell => ({
  indicator,
  crimeType: 'ALL',
  exploitation: 'ALL',
  sex: 'ALL',
  ageGroup: 'ALL',
  ...dims,
  value,
});

/** Compact view: "sex/age=value" for each cell, null when suppressed. */
const view = (cells: ReturnType<typeof publishCells<Cell>>) => cells.map((c) => `${c.indicator}:${c.sex}/${c.ageGroup}=${c.suppressed ? 'x' : c.value}`);

describe('agency: victim-count suppression', () => {
  it('suppresses victim counts below 5 (0 included) for every role but ANALYST', () => {
    // The third cell shares no breakdown with the second (no total of its own is present), so only the threshold acts.
    const cells = [
      cell('VICTIMS_IDENTIFIED', 4),
      cell('VICTIMS_REFERRED', 0),
      cell('VICTIMS_REFERRED', 5, { crimeType: 'TRAFFICKING', sex: 'FEMALE' }),
    ];
    for (const role of ['AGENCY', 'POLICY', 'PARTNER'] as const) {
      expect(publishCells(cells, role).map((c) => [c.value, c.suppressed])).toEqual([
        [null, true],
        [null, true],
        [5, false],
      ]);
    }
    expect(publishCells(cells, 'ANALYST').map((c) => [c.value, c.suppressed])).toEqual([
      [4, false],
      [0, false],
      [5, false],
    ]);
  });

  it('never suppresses other indicators, however small', () => {
    const cells = [cell('ARRESTS', 1), cell('CONVICTIONS', 0), cell('INFO_RESPONSE_DAYS_MEDIAN', 2.5)];
    expect(publishCells(cells, 'POLICY').every((c) => !c.suppressed && c.value !== null)).toBe(true);
  });

  it('suppresses the next smallest cell of a breakdown when one cell is suppressed (complementary)', () => {
    const cells = [
      cell('VICTIMS_IDENTIFIED', 40),
      cell('VICTIMS_IDENTIFIED', 3, { sex: 'FEMALE' }),
      cell('VICTIMS_IDENTIFIED', 30, { sex: 'MALE' }),
      cell('VICTIMS_IDENTIFIED', 7, { sex: 'UNKNOWN' }),
    ];
    expect(view(publishCells(cells, 'POLICY'))).toEqual([
      'VICTIMS_IDENTIFIED:ALL/ALL=40',
      'VICTIMS_IDENTIFIED:FEMALE/ALL=x',
      'VICTIMS_IDENTIFIED:MALE/ALL=30',
      'VICTIMS_IDENTIFIED:UNKNOWN/ALL=x',
    ]);
  });

  it('adds nothing when two cells of a breakdown are already suppressed', () => {
    const cells = [
      cell('VICTIMS_REFERRED', 30),
      cell('VICTIMS_REFERRED', 2, { ageGroup: 'MINOR' }),
      cell('VICTIMS_REFERRED', 1, { ageGroup: 'ADULT' }),
      cell('VICTIMS_REFERRED', 27, { crimeType: 'TRAFFICKING' }),
      cell('VICTIMS_REFERRED', 3, { crimeType: 'SMUGGLING' }),
    ];
    const keys = suppressedCellKeys(cells);
    expect([...keys].sort()).toEqual([
      'VICTIMS_REFERRED|ALL|ALL|ALL|ADULT',
      'VICTIMS_REFERRED|ALL|ALL|ALL|MINOR',
      'VICTIMS_REFERRED|SMUGGLING|ALL|ALL|ALL',
      'VICTIMS_REFERRED|TRAFFICKING|ALL|ALL|ALL',
    ]);
  });

  it('keeps breakdowns of different indicators and dimensions apart', () => {
    const cells = [
      cell('VICTIMS_IDENTIFIED', 3, { sex: 'FEMALE' }),
      cell('VICTIMS_IDENTIFIED', 9, { sex: 'MALE' }),
      cell('VICTIMS_REFERRED', 8, { sex: 'FEMALE' }),
      cell('VICTIMS_REFERRED', 9, { sex: 'MALE' }),
      cell('VICTIMS_IDENTIFIED', 6, { ageGroup: 'MINOR' }),
      cell('VICTIMS_IDENTIFIED', 6, { ageGroup: 'ADULT' }),
    ];
    expect([...suppressedCellKeys(cells)].sort()).toEqual(['VICTIMS_IDENTIFIED|ALL|ALL|FEMALE|ALL', 'VICTIMS_IDENTIFIED|ALL|ALL|MALE|ALL']);
  });

  it('propagates through cross-classified cells until no breakdown has a lone suppressed cell', () => {
    // sex × age table; F/MINOR = 2 is primary. Along age (sex=F) the next smallest is F/ADULT; along sex
    // (age=MINOR) it is M/MINOR; those in turn leave M/ADULT alone in its row and column: it goes too.
    const cells = [
      cell('VICTIMS_IDENTIFIED', 2, { sex: 'FEMALE', ageGroup: 'MINOR' }),
      cell('VICTIMS_IDENTIFIED', 10, { sex: 'FEMALE', ageGroup: 'ADULT' }),
      cell('VICTIMS_IDENTIFIED', 8, { sex: 'MALE', ageGroup: 'MINOR' }),
      cell('VICTIMS_IDENTIFIED', 20, { sex: 'MALE', ageGroup: 'ADULT' }),
    ];
    const published = publishCells(cells, 'AGENCY');
    expect(published.every((c) => c.suppressed)).toBe(true);
  });

  it('breaks ties between equal cells deterministically', () => {
    const cells = [
      cell('VICTIMS_IDENTIFIED', 1, { exploitation: 'LABOUR' }),
      cell('VICTIMS_IDENTIFIED', 6, { exploitation: 'SEXUAL' }),
      cell('VICTIMS_IDENTIFIED', 6, { exploitation: 'OTHER' }),
    ];
    const first = [...suppressedCellKeys(cells)].sort();
    expect(first).toEqual(['VICTIMS_IDENTIFIED|ALL|LABOUR|ALL|ALL', 'VICTIMS_IDENTIFIED|ALL|OTHER|ALL|ALL']);
    expect([...suppressedCellKeys([...cells].reverse())].sort()).toEqual(first);
  });

  it('counts the total as an entry of its breakdown as the warehouse does: a lone withheld cell takes it along', () => {
    const alone = [cell('VICTIMS_REFERRED', 12), cell('VICTIMS_REFERRED', 3, { sex: 'FEMALE' })];
    expect(view(publishCells(alone, 'POLICY'))).toEqual(['VICTIMS_REFERRED:ALL/ALL=x', 'VICTIMS_REFERRED:FEMALE/ALL=x']);
  });

  it('leaves a feed without small victim counts untouched', () => {
    const cells = [cell('VICTIMS_IDENTIFIED', 12), cell('VICTIMS_IDENTIFIED', 5, { sex: 'FEMALE' }), cell('VICTIMS_IDENTIFIED', 7, { sex: 'MALE' })];
    expect(suppressedCellKeys(cells).size).toBe(0);
  });
});
