import { describe, expect, it } from 'vitest';
import { addMonths, inclusiveDays } from '../../subgraphs/agency/dates.js';
import {
  actionPeriodDatesProblem,
  actionPeriodLabel,
  actionPeriodNumberFromId,
  calendarPeriodFromId,
  calendarPeriodsOverlapping,
  periodLengthDays,
  previousCalendarPeriod,
} from '../../subgraphs/agency/periods.js';

const period = (id: string) => {
  const p = calendarPeriodFromId(id);
  if (!p) throw new Error(`${id} did not parse`);
  return p;
};

describe('agency: calendar periods', () => {
  it('derives a month with its label and inclusive end', () => {
    expect(period('2019-07')).toEqual({
      id: '2019-07',
      kind: 'MONTH',
      label: 'July 2019',
      number: null,
      startDate: '2019-07-01',
      endDate: '2019-07-31',
    });
    expect(period('2019-04').endDate).toBe('2019-04-30');
    expect(period('2019-12').endDate).toBe('2019-12-31');
  });

  it('ends February on the 29th in leap years only (2000 yes, 2020 yes, 2019 no, 2049 no)', () => {
    expect(period('2020-02').endDate).toBe('2020-02-29');
    expect(period('2019-02').endDate).toBe('2019-02-28');
    expect(period('2000-02').endDate).toBe('2000-02-29');
    expect(period('2049-02').endDate).toBe('2049-02-28');
    expect(periodLengthDays(period('2020-02'))).toBe(29);
  });

  it('derives quarters with their boundaries', () => {
    expect(period('2019-Q1')).toMatchObject({
      kind: 'QUARTER',
      label: 'Q1 2019',
      startDate: '2019-01-01',
      endDate: '2019-03-31',
    });
    expect(period('2019-Q2')).toMatchObject({ startDate: '2019-04-01', endDate: '2019-06-30' });
    expect(period('2019-Q3')).toMatchObject({ startDate: '2019-07-01', endDate: '2019-09-30' });
    expect(period('2019-Q4')).toMatchObject({ startDate: '2019-10-01', endDate: '2019-12-31' });
    expect(periodLengthDays(period('2019-Q1'))).toBe(90);
    expect(periodLengthDays(period('2020-Q1'))).toBe(91);
  });

  it('derives years of 365 and 366 days', () => {
    expect(period('2019')).toEqual({
      id: '2019',
      kind: 'YEAR',
      label: '2019',
      number: null,
      startDate: '2019-01-01',
      endDate: '2019-12-31',
    });
    expect(periodLengthDays(period('2019'))).toBe(365);
    expect(periodLengthDays(period('2020'))).toBe(366);
  });

  it('finds the previous period of the same kind across year boundaries', () => {
    expect(previousCalendarPeriod(period('2019-01'))?.id).toBe('2018-12');
    expect(previousCalendarPeriod(period('2020-03'))?.id).toBe('2020-02');
    expect(previousCalendarPeriod(period('2019-Q1'))?.id).toBe('2018-Q4');
    expect(previousCalendarPeriod(period('2019-Q3'))?.id).toBe('2019-Q2');
    expect(previousCalendarPeriod(period('2019'))?.id).toBe('2018');
    expect(previousCalendarPeriod(period('2000'))).toBeNull();
  });

  it('rejects ids that are not calendar periods', () => {
    for (const id of [
      '2019-13',
      '2019-00',
      '2019-Q5',
      '2019-Q0',
      '19',
      '2019-7',
      'JPA5',
      '1999',
      '2050-01',
      '2019-07-01',
      '',
    ]) {
      expect(calendarPeriodFromId(id), id).toBeNull();
    }
  });

  it('lists the periods overlapping a range, partial periods at the ends included', () => {
    expect(calendarPeriodsOverlapping('MONTH', '2019-11-15', '2020-02-01', 240).map((p) => p.id)).toEqual([
      '2019-11',
      '2019-12',
      '2020-01',
      '2020-02',
    ]);
    expect(calendarPeriodsOverlapping('QUARTER', '2019-07-02', '2019-12-03', 240).map((p) => p.id)).toEqual([
      '2019-Q3',
      '2019-Q4',
    ]);
    expect(calendarPeriodsOverlapping('YEAR', '2018-03-01', '2019-12-03', 240).map((p) => p.id)).toEqual([
      '2018',
      '2019',
    ]);
    expect(calendarPeriodsOverlapping('MONTH', '2000-01-01', '2100-01-01', 240)).toHaveLength(241);
  });
});

describe('agency: action periods', () => {
  it('reads JPA ids and writes ordinal labels', () => {
    expect(actionPeriodNumberFromId('JPA5')).toBe(5);
    expect(actionPeriodNumberFromId('JPA12')).toBe(12);
    expect(actionPeriodNumberFromId('JPA0')).toBeNull();
    expect(actionPeriodNumberFromId('jpa5')).toBeNull();
    expect(actionPeriodNumberFromId('2019')).toBeNull();
    expect(
      [1, 2, 3, 4, 5, 11, 12, 13, 21, 22, 23, 101, 111].map(actionPeriodLabel).map((l) => l.split(' ')[0]),
    ).toEqual(['1st', '2nd', '3rd', '4th', '5th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th']);
  });

  it('accepts three to twelve calendar months, the 5th JPA as agreed included', () => {
    expect(actionPeriodDatesProblem('2018-03-01', '2018-08-31')).toBeNull(); // exactly six months
    expect(actionPeriodDatesProblem('2019-07-02', '2019-12-03')).toBeNull(); // the real 5th JPA: five months
    expect(actionPeriodDatesProblem('2023-01-01', '2023-03-31')).toBeNull(); // exactly three months
    expect(actionPeriodDatesProblem('2020-07-01', '2021-06-30')).toBeNull(); // exactly twelve
    expect(actionPeriodDatesProblem('2020-01-15', '2020-10-14')).toBeNull();
  });

  it('refuses periods shorter than three or longer than twelve months, or ending before they start', () => {
    expect(actionPeriodDatesProblem('2018-03-01', '2018-05-30')).toMatch(
      /at least three months \(end on or after 2018-05-31\)/,
    );
    expect(actionPeriodDatesProblem('2020-07-01', '2021-07-01')).toMatch(
      /at most twelve months \(end on or before 2021-06-30\)/,
    );
    expect(actionPeriodDatesProblem('2020-07-01', '2020-07-01')).toMatch(/must be after startDate/);
    expect(actionPeriodDatesProblem('2020-07-01', '2020-01-01')).toMatch(/must be after startDate/);
  });
});

describe('agency: date arithmetic', () => {
  it('clamps month arithmetic to the last day of the month', () => {
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2019-11-15', 2)).toBe('2020-01-15');
    expect(addMonths('2019-03-15', -3)).toBe('2018-12-15');
  });

  it('counts days inclusively', () => {
    expect(inclusiveDays('2019-07-02', '2019-07-02')).toBe(1);
    expect(inclusiveDays('2019-07-02', '2019-12-03')).toBe(155);
    expect(inclusiveDays('2020-02-28', '2020-03-01')).toBe(3);
  });
});
