/** Control and bidi formatting characters in agency mutation inputs, through the real server (lib/text-safety.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, type GraphQLResponse } from '../helpers/graphql.js';
import { cell, feedInput, startAgency, SUBMIT, type AgencyFixture } from './fixture.js';

const CREATE_PERIOD = `mutation($i: CreateActionPeriodInput!) { createActionPeriod(input: $i) { id label } }`;

let f: AgencyFixture;
let agency: string;
let analyst: string;

beforeAll(async () => {
  f = await startAgency();
  agency = await f.tokens.token('AGENCY', { agency_id: 'th-police', country: 'TH' });
  analyst = await f.tokens.token('ANALYST');
});
afterAll(() => f.stop());

function expectRefused(res: GraphQLResponse, field: string, codePoint: string): void {
  expect(errorCode(res), JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
  expect(res.errors![0]!.extensions!.field).toBe(field);
  expect(res.errors![0]!.message).toMatch(
    new RegExp(`^${field.replace(/[.[\]]/g, '\\$&')}: must not contain control characters .*${codePoint}`),
  );
}

describe('agency: control and bidi characters in mutation inputs', () => {
  const feedCases: [string, Record<string, unknown>, string, string][] = [
    ['a NUL byte in the note', { note: 'checked\u0000by hand' }, 'input.note', 'U\\+0000'],
    ['a right-to-left override in the note', { note: 'total \u202e01 ,5' }, 'input.note', 'U\\+202E'],
    ['an escape character in the period id', { periodId: 'JPA5\u001b' }, 'input.periodId', 'U\\+001B'],
    ['a pop directional isolate in the note', { countryCode: 'TH', note: '\u2069x' }, 'input.note', 'U\\+2069'],
    ['DEL in the note', { note: 'x\u007f' }, 'input.note', 'U\\+007F'],
  ];

  it.each(feedCases)(
    'submitIndicatorFeed refuses %s, naming the field and writing nothing',
    async (_name, extra, field, codePoint) => {
      const before = await f.rowCounts();
      const res = await f.call(agency, SUBMIT, { input: feedInput([cell('ARRESTS', 7)], extra) });
      expectRefused(res, field, codePoint);
      expect(await f.rowCounts()).toEqual(before);
    },
  );

  it('createActionPeriod refuses a control character in the label, writing nothing', async () => {
    const before = await f.rowCounts();
    const res = await f.call(analyst, CREATE_PERIOD, {
      i: { number: 6, startDate: '2020-07-01', endDate: '2021-06-30', label: 'JPA\u00066' },
    });
    expectRefused(res, 'input.label', 'U\\+0006');
    expect(await f.rowCounts()).toEqual(before);
  });

  it('stores tab, newline, carriage return and right-to-left text as sent', async () => {
    const note = 'Line one\r\n\tLine two: ไทย, עברית\u200f, العربية';
    const res = await f.call(agency, SUBMIT, { input: feedInput([cell('ARRESTS', 7)], { note }) });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitIndicatorFeed.note).toBe(note);
    const period = await f.call(analyst, CREATE_PERIOD, {
      i: { number: 6, startDate: '2020-07-01', endDate: '2021-06-30', label: 'Sixth\tJPA' },
    });
    expect(period.errors).toBeUndefined();
    expect(period.data.createActionPeriod).toEqual({ id: 'JPA6', label: 'Sixth\tJPA' });
  });
});
