import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { validateCreateActionPeriodInput, validateSubmitFeedInput } from '../../subgraphs/agency/validation.js';

const value = (indicator: string, v: number, dims: Record<string, string> = {}) => ({
  indicator,
  crimeType: 'ALL',
  exploitation: 'ALL',
  sex: 'ALL',
  ageGroup: 'ALL',
  ...dims,
  value: v,
});
const feed = (values: unknown[], extra: Record<string, unknown> = {}) => ({ periodId: 'JPA5', sourceReliability: 'B', informationCredibility: 2, values, ...extra });

function failure(run: () => unknown): { code: unknown; field: unknown; message: string } {
  try {
    run();
  } catch (error) {
    const e = error as GraphQLError;
    return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
  }
  throw new Error('expected a validation failure');
}

describe('agency: feed input validation', () => {
  it('accepts whole counts, a fractional median and breakdowns within their totals', () => {
    const input = feed([
      value('VICTIMS_IDENTIFIED', 10),
      value('VICTIMS_IDENTIFIED', 4, { sex: 'FEMALE' }),
      value('VICTIMS_IDENTIFIED', 6, { sex: 'MALE' }),
      value('INFO_RESPONSE_DAYS_MEDIAN', 12.5),
      value('INFO_RESPONSE_DAYS_MEDIAN', 30, { crimeType: 'SMUGGLING' }),
    ]);
    expect(validateSubmitFeedInput(input).values).toHaveLength(5);
  });

  it('refuses a negative value, naming the cell', () => {
    expect(failure(() => validateSubmitFeedInput(feed([value('ARRESTS', 2), value('ARRESTS', -1, { sex: 'MALE' })])))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.values[1].value',
      message: 'input.values[1].value: must not be negative',
    });
  });

  it('refuses a fractional count but not a fractional median', () => {
    expect(failure(() => validateSubmitFeedInput(feed([value('ARRESTS', 2.5)]))).message).toBe(
      'input.values[0].value: ARRESTS is a count: use a whole number (got 2.5)',
    );
  });

  it('refuses a duplicate cell, pointing at the first', () => {
    const f = failure(() => validateSubmitFeedInput(feed([value('ARRESTS', 2), value('CONVICTIONS', 1), value('ARRESTS', 3)])));
    expect(f.field).toBe('input.values[2]');
    expect(f.message).toMatch(/repeats the cell of input.values\[0\]/);
  });

  it('refuses a breakdown whose cells add up to more than their ALL total', () => {
    const single = failure(() => validateSubmitFeedInput(feed([value('ARRESTS', 5), value('ARRESTS', 6, { crimeType: 'TRAFFICKING' })])));
    expect(single.field).toBe('input.values[1].value');
    expect(single.message).toMatch(/add up to 6, above their ALL total 5 at input.values\[0\]/);
    const sum = failure(() =>
      validateSubmitFeedInput(feed([value('VICTIMS_REFERRED', 10, { ageGroup: 'MINOR' }), value('VICTIMS_REFERRED', 6, { ageGroup: 'MINOR', sex: 'FEMALE' }), value('VICTIMS_REFERRED', 5, { ageGroup: 'MINOR', sex: 'MALE' })])),
    );
    expect(sum.message).toContain(
      'VICTIMS_REFERRED cells broken down by sex (input.values[1], input.values[2]) add up to 11, ' +
        'above their ALL total 10',
    );
  });

  it('does not add up medians', () => {
    const input = feed([value('INFO_RESPONSE_DAYS_MEDIAN', 10), value('INFO_RESPONSE_DAYS_MEDIAN', 30, { sex: 'FEMALE' })]);
    expect(() => validateSubmitFeedInput(input)).not.toThrow();
  });

  it('limits values to 500 and notes to 2,000 characters, and needs at least one value', () => {
    const many = Array.from({ length: 501 }, () => value('ARRESTS', 1));
    expect(failure(() => validateSubmitFeedInput(feed(many)))).toMatchObject({
      field: 'input.values',
      message: 'input.values: must hold at most 500 values; split the feed by indicator',
    });
    expect(failure(() => validateSubmitFeedInput(feed([])))).toMatchObject({ field: 'input.values', message: 'input.values: must hold at least one value' });
    expect(failure(() => validateSubmitFeedInput(feed([value('ARRESTS', 1)], { note: 'x'.repeat(2001) }))).field).toBe('input.note');
    expect(validateSubmitFeedInput(feed([value('ARRESTS', 1)], { note: 'x'.repeat(2000) })).note).toHaveLength(2000);
  });

  it('checks information credibility is 1 to 6', () => {
    expect(failure(() => validateSubmitFeedInput(feed([value('ARRESTS', 1)], { informationCredibility: 7 })))).toMatchObject({
      field: 'input.informationCredibility',
      message: 'input.informationCredibility: must be from 1 to 6',
    });
    expect(failure(() => validateSubmitFeedInput(feed([value('ARRESTS', 1)], { informationCredibility: 0 }))).field).toBe('input.informationCredibility');
  });
});

describe('agency: action period input validation', () => {
  it('needs a positive number and calendar dates', () => {
    expect(failure(() => validateCreateActionPeriodInput({ number: 0, startDate: '2020-01-01', endDate: '2020-07-01' })).field).toBe('input.number');
    expect(failure(() => validateCreateActionPeriodInput({ number: 6, startDate: '2020-02-30', endDate: '2020-09-01' })).field).toBe('input.startDate');
    expect(validateCreateActionPeriodInput({ number: 6, startDate: '2020-02-01', endDate: '2020-09-01' })).toMatchObject({ number: 6 });
  });
});
