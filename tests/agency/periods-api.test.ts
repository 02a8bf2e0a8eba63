import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../helpers/graphql.js';
import { startAgency, type AgencyFixture } from './fixture.js';

let f: AgencyFixture;
let analyst: string;
const CREATE = `mutation($i: CreateActionPeriodInput!) { createActionPeriod(input: $i)
  { id label kind number startDate endDate lengthDays previous { id } } }`;

beforeAll(async () => {
  f = await startAgency();
  analyst = await f.tokens.token('ANALYST');
});
afterAll(() => f.stop());

describe('agency: reporting periods over HTTP', () => {
  it('serves calendar periods derived in code, with previous and length', async () => {
    const r = await f.call(analyst, `{ m: reportingPeriod(id: "2020-02") { label kind startDate endDate lengthDays previous { id } }
                                      q: reportingPeriod(id: "2019-Q1") { label endDate previous { id label } }
                                      y: reportingPeriod(id: "2020") { lengthDays previous { id } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      m: { label: 'February 2020', kind: 'MONTH', startDate: '2020-02-01', endDate: '2020-02-29', lengthDays: 29, previous: { id: '2020-01' } },
      q: { label: 'Q1 2019', endDate: '2019-03-31', previous: { id: '2018-Q4', label: 'Q4 2018' } },
      y: { lengthDays: 366, previous: { id: '2019' } },
    });
  });

  it('lists periods of a kind over a range and refuses calendar lists without bounds', async () => {
    const r = await f.call(analyst, `{ reportingPeriods(kind: MONTH, from: "2019-11-20", to: "2020-01-05") { id }
        a: reportingPeriods(kind: ACTION_PERIOD) { id number } }`);
    expect(r.data.reportingPeriods.map((p: { id: string }) => p.id)).toEqual(['2019-11', '2019-12', '2020-01']);
    expect(r.data.a).toEqual([
      { id: 'JPA4', number: 4 },
      { id: 'JPA5', number: 5 },
    ]);
    const unbounded = await f.call(analyst, `{ reportingPeriods(kind: QUARTER, to: "2020-01-01") { id } }`);
    expect(errorCode(unbounded)).toBe('BAD_USER_INPUT');
    expect(unbounded.errors![0]!.extensions!.field).toBe('from');
    const huge = await f.call(analyst, `{ reportingPeriods(kind: MONTH, from: "1990-01-01", to: "2030-01-01") { id } }`);
    expect(errorCode(huge)).toBe('BAD_USER_INPUT');
  });

  it('returns null for an unknown action period and BAD_USER_INPUT for an id that is no period id', async () => {
    const r = await f.call(analyst, `{ reportingPeriod(id: "JPA40") { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.reportingPeriod).toBeNull();
    const bad = await f.call(analyst, `{ reportingPeriod(id: "summer") { id } }`);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('id');
  });

  it('lets an analyst add the next action period, which follows JPA5', async () => {
    const r = await f.call(analyst, CREATE, { i: { number: 6, startDate: '2020-07-01', endDate: '2021-06-30' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.createActionPeriod).toEqual({
      id: 'JPA6',
      label: '6th Joint Period of Action',
      kind: 'ACTION_PERIOD',
      number: 6,
      startDate: '2020-07-01',
      endDate: '2021-06-30',
      lengthDays: 365,
      previous: { id: 'JPA5' },
    });
  });

  it('refuses bad action periods with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ number: 7, startDate: '2021-08-01', endDate: '2021-10-15' }, 'input.endDate'],
      [{ number: 7, startDate: '2021-08-01', endDate: '2022-08-31' }, 'input.endDate'],
      [{ number: 7, startDate: '2021-08-01', endDate: '2021-07-01' }, 'input.endDate'],
      [{ number: 6, startDate: '2022-01-01', endDate: '2022-09-30' }, 'input.number'],
      [{ number: 7, startDate: '2021-06-01', endDate: '2021-12-31' }, 'input.startDate'],
      [{ number: 0, startDate: '2022-01-01', endDate: '2022-09-30' }, 'input.number'],
      [{ number: 7, startDate: '2022-01-01', endDate: '2022-09-30', label: '  ' }, 'input.label'],
    ];
    const before = await f.rowCounts();
    for (const [input, field] of cases) {
      const r = await f.call(analyst, CREATE, { i: input });
      expect(errorCode(r), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.extensions!.field, JSON.stringify(input)).toBe(field);
    }
    expect(await f.rowCounts()).toEqual(before);
  });

  it('lets only analysts add action periods', async () => {
    for (const role of ['AGENCY', 'POLICY', 'PARTNER', 'WAREHOUSE'] as const) {
      const r = await f.call(await f.tokens.token(role), CREATE, { i: { number: 9, startDate: '2030-01-01', endDate: '2030-09-30' } });
      expect(errorCode(r), role).toBe('FORBIDDEN');
    }
  });
});
