import { readFileSync } from 'node:fs';
import { parse, type InputObjectTypeDefinitionNode, type ObjectTypeDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../helpers/graphql.js';
import { cell, feedInput, startAgency, SUBMIT, type AgencyFixture } from './fixture.js';

let f: AgencyFixture;
let thAgency: string;

beforeAll(async () => {
  f = await startAgency();
  thAgency = await f.tokens.token('AGENCY', { sub: 'officer@th-police', agency_id: 'th-police', country: 'TH' });
});
afterAll(() => f.stop());

describe('agency: submitting indicator feeds', () => {
  it('stores a feed for the agency’s own country, taken from the token', async () => {
    const r = await f.call(thAgency, SUBMIT, {
      input: feedInput([cell('ARRESTS', 7), cell('ARRESTS', 5, { crimeType: 'TRAFFICKING' }), cell('INFO_RESPONSE_DAYS_MEDIAN', 12.5)], { note: 'first return' }),
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.submitIndicatorFeed).toMatchObject({
      id: 'th-police:JPA5',
      revision: 1,
      agencyId: 'th-police',
      country: { code: 'TH' },
      period: { id: 'JPA5' },
      sourceReliability: 'B',
      informationCredibility: 2,
      submittedBy: 'officer@th-police',
      note: 'first return',
    });
    expect(r.data.submitIndicatorFeed.values).toEqual([
      { indicator: 'ARRESTS', crimeType: 'ALL', exploitation: 'ALL', sex: 'ALL', ageGroup: 'ALL', value: 7, suppressed: false },
      { indicator: 'ARRESTS', crimeType: 'TRAFFICKING', exploitation: 'ALL', sex: 'ALL', ageGroup: 'ALL', value: 5, suppressed: false },
      { indicator: 'INFO_RESPONSE_DAYS_MEDIAN', crimeType: 'ALL', exploitation: 'ALL', sex: 'ALL', ageGroup: 'ALL', value: 12.5, suppressed: false },
    ]);
  });

  it('turns a resubmission into revision 2, keeping revision 1, and the latest counts', async () => {
    const r = await f.call(thAgency, SUBMIT, { input: feedInput([cell('ARRESTS', 9)], { countryCode: 'TH', note: 'corrected arrests' }) });
    expect(r.errors).toBeUndefined();
    expect(r.data.submitIndicatorFeed).toMatchObject({ id: 'th-police:JPA5', revision: 2 });
    const read = await f.call(
      thAgency,
      `{ indicatorFeeds { totalCount edges { node { revision note values { indicator value } revisions
        { revision note values { indicator value } } } } }
         latestIndicatorValues(countryCode: "TH", periodId: "JPA5") { indicator value } }`,
    );
    expect(read.errors).toBeUndefined();
    const node = read.data.indicatorFeeds.edges[0].node;
    expect(read.data.indicatorFeeds.totalCount).toBe(1);
    expect(node).toMatchObject({ revision: 2, note: 'corrected arrests', values: [{ indicator: 'ARRESTS', value: 9 }] });
    expect(node.revisions.map((r: any) => [r.revision, r.note, r.values.length])).toEqual([
      [1, 'first return', 3],
      [2, 'corrected arrests', 1],
    ]);
    expect(read.data.latestIndicatorValues).toEqual([{ indicator: 'ARRESTS', value: 9 }]);
  });

  it('forbids a feed for another country and writes nothing', async () => {
    const before = await f.rowCounts();
    const r = await f.call(thAgency, SUBMIT, { input: feedInput([cell('ARRESTS', 1)], { countryCode: 'VN' }) });
    expect(errorCode(r)).toBe('FORBIDDEN');
    expect(r.errors![0]!.message).toMatch(/your token is for TH, the input names VN/);
    expect(r.data).toBeNull();
    expect(await f.rowCounts()).toEqual(before);
  });

  it('forbids every role but AGENCY from submitting, and writes nothing', async () => {
    const before = await f.rowCounts();
    for (const role of ['ANALYST', 'POLICY', 'PARTNER', 'WAREHOUSE'] as const) {
      const r = await f.call(await f.tokens.token(role), SUBMIT, { input: feedInput([cell('ARRESTS', 1)]) });
      expect(errorCode(r), role).toBe('FORBIDDEN');
    }
    expect(await f.rowCounts()).toEqual(before);
  });

  const badInputs: [string, Record<string, unknown>, string, RegExp][] = [
    ['an unknown action period', feedInput([cell('ARRESTS', 1)], { periodId: 'JPA9' }), 'input.periodId', /unknown period "JPA9"/],
    ['a malformed period id', feedInput([cell('ARRESTS', 1)], { periodId: '2019-13' }), 'input.periodId', /unknown period "2019-13"/],
    ['a period that has not started', feedInput([cell('ARRESTS', 1)], { periodId: '2049' }), 'input.periodId', /starts on 2049-01-01/],
    ['a negative value', feedInput([cell('ARRESTS', 3), cell('ARRESTS', -1, { sex: 'MALE' })]), 'input.values[1].value', /must not be negative/],
    ['a fractional count', feedInput([cell('CONVICTIONS', 1.5)]), 'input.values[0].value', /CONVICTIONS is a count/],
    ['a duplicate cell', feedInput([cell('ARRESTS', 1, { sex: 'MALE' }), cell('ARRESTS', 2, { sex: 'MALE' })]), 'input.values[1]', /repeats the cell of input.values\[0\]/],
    [
      'a breakdown above its total',
      feedInput([cell('VICTIMS_IDENTIFIED', 10), cell('VICTIMS_IDENTIFIED', 8, { ageGroup: 'MINOR' }), cell('VICTIMS_IDENTIFIED', 4, { ageGroup: 'ADULT' })]),
      'input.values[1].value',
      /add up to 12, above their ALL total 10/,
    ],
    ['more than 500 values', feedInput(Array.from({ length: 501 }, () => cell('ARRESTS', 1))), 'input.values', /at most 500 values/],
    ['no values', feedInput([]), 'input.values', /at least one value/],
    ['a note over 2,000 characters', feedInput([cell('ARRESTS', 1)], { note: 'n'.repeat(2001) }), 'input.note', /at most 2000 characters/],
    ['a credibility outside 1–6', feedInput([cell('ARRESTS', 1)], { informationCredibility: 9 }), 'input.informationCredibility', /from 1 to 6/],
  ];

  for (const [what, input, field, message] of badInputs) {
    it(`refuses ${what} with BAD_USER_INPUT naming ${field}, writing nothing`, async () => {
      const before = await f.rowCounts();
      const r = await f.call(thAgency, SUBMIT, { input });
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.extensions!.field).toBe(field);
      expect(r.errors![0]!.message.startsWith(`${field}: `)).toBe(true);
      expect(r.errors![0]!.message).toMatch(message);
      expect(await f.rowCounts()).toEqual(before);
    });
  }

  it('refuses a value outside the schema’s enums before any resolver runs', async () => {
    const before = await f.rowCounts();
    const r = await f.call(thAgency, SUBMIT, { input: feedInput([cell('ARRESTS', 1, { sex: 'WOMAN' })]) });
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toMatch(/WOMAN/);
    expect(await f.rowCounts()).toEqual(before);
  });

  it('accepts a calendar period and keeps it apart from the action period', async () => {
    const r = await f.call(thAgency, SUBMIT, { input: feedInput([cell('ARRESTS', 2)], { periodId: '2019-Q3' }) });
    expect(r.errors).toBeUndefined();
    expect(r.data.submitIndicatorFeed).toMatchObject({ id: 'th-police:2019-Q3', revision: 1, period: { id: '2019-Q3' } });
  });

  it('offers no field that could carry personal data, only aggregates and a note', () => {
    const doc = parse(readFileSync(new URL('../../subgraphs/agency/schema.graphql', import.meta.url), 'utf8'));
    const fieldsOf = (name: string) => {
      const def = doc.definitions.find((d) => 'name' in d && d.name?.value === name) as InputObjectTypeDefinitionNode | ObjectTypeDefinitionNode;
      return (def.fields ?? []).map((field) => field.name.value);
    };
    expect(fieldsOf('SubmitIndicatorFeedInput')).toEqual(['periodId', 'countryCode', 'sourceReliability', 'informationCredibility', 'values', 'note']);
    expect(fieldsOf('IndicatorValueInput')).toEqual(['indicator', 'crimeType', 'exploitation', 'sex', 'ageGroup', 'value']);
    expect(fieldsOf('IndicatorValue')).toEqual(['indicator', 'crimeType', 'exploitation', 'sex', 'ageGroup', 'value', 'suppressed']);
  });
});
