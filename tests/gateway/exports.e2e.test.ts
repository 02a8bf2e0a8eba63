/**
 * Standard exports through the real stack: each file is parsed with an independent CSV parser (csv-parse) and
 * every cell is compared with what the API answers the same caller.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchStack, type RunningStack } from '../../scripts/stack.js';
import { osIdCheckSymbol } from '../../subgraphs/audits/os-id.js';
import { gql } from '../helpers/graphql.js';
import { makeTempDir } from '../helpers/tmp.js';
import { PARTNER_A, PARTNER_B, tokenFactory, type TokenFactory } from '../helpers/tokens.js';

const SEX = { ALL: '_T', FEMALE: 'F', MALE: 'M', OTHER: '_O', UNKNOWN: '_U' } as Record<string, string>;
const AGE = { ALL: '_T', MINOR: 'Y0T17', ADULT: 'Y_GE18' } as Record<string, string>;
const ALPHA3: Record<string, string> = { TH: 'THA', VN: 'VNM' };
const PERIODS = ['2019', '2020'];

const c = (indicator: string, value: number, dims: Record<string, string> = {}) => ({ indicator, value, ...dims });
const FEEDS: Record<string, { periodId: string; values: unknown[] }[]> = {
  TH: [
    {
      periodId: '2019',
      values: [
        c('ARRESTS', 40),
        c('VICTIMS_IDENTIFIED', 23),
        c('VICTIMS_IDENTIFIED', 20, { crimeType: 'TRAFFICKING' }),
        c('VICTIMS_IDENTIFIED', 12, { crimeType: 'TRAFFICKING', exploitation: 'LABOUR' }),
        c('VICTIMS_IDENTIFIED', 3, { sex: 'FEMALE' }), // under 5: withheld, and MALE with it (complementary)
        c('VICTIMS_IDENTIFIED', 20, { sex: 'MALE' }),
        c('INFO_RESPONSE_DAYS_MEDIAN', 12.5),
      ],
    },
    {
      periodId: '2020',
      values: [
        c('ARRESTS', 51),
        c('VICTIMS_REFERRED', 7),
        c('VICTIMS_REFERRED', 2, { ageGroup: 'MINOR' }),
        c('VICTIMS_REFERRED', 5, { ageGroup: 'ADULT' }),
      ],
    },
  ],
  VN: [
    {
      periodId: '2019',
      values: [c('PROSECUTIONS', 9), c('VICTIMS_IDENTIFIED', 30, { crimeType: 'TRAFFICKING', exploitation: 'SEXUAL' })],
    },
  ],
};

const API_VALUES = `query ($code: ID!, $period: ID!) {
  latestIndicatorValues(countryCode: $code, periodId: $period) {
    indicator crimeType exploitation sex ageGroup value suppressed
  }
}`;

interface ApiCell {
  indicator: string;
  crimeType: string;
  exploitation: string;
  sex: string;
  ageGroup: string;
  value: number | null;
  suppressed: boolean;
}

describe('gateway: standard exports', () => {
  const tmp = makeTempDir('tidemark-exports-');
  let stack: RunningStack;
  let tokens: TokenFactory;
  let base: string;
  let gateway: string;

  const download = async (path: string, token: string | null) => {
    const response = await fetch(new URL(path, base), { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { response, text: await response.text() };
  };

  /** The API's answer for every country and period, in export order. */
  async function apiCells(token: string): Promise<{ country: string; period: string; cell: ApiCell }[]> {
    const out: { country: string; period: string; cell: ApiCell }[] = [];
    for (const country of ['TH', 'VN']) {
      for (const period of PERIODS) {
        const answer = await gql(gateway, API_VALUES, { code: country, period }, token);
        expect(answer.errors).toBeUndefined();
        for (const cell of answer.data.latestIndicatorValues as ApiCell[]) out.push({ country, period, cell });
      }
    }
    return out;
  }

  beforeAll(async () => {
    tokens = tokenFactory(tmp.dir);
    stack = await launchStack({ dataDir: tmp.dir, ports: 'free', without: ['warehouse', 'dashboards'] });
    gateway = stack.urls.gateway!;
    base = new URL('/', gateway).toString();
    for (const [country, feeds] of Object.entries(FEEDS)) {
      const agency = await tokens.token('AGENCY', { agency_id: `${country.toLowerCase()}-police`, country });
      for (const feed of feeds) {
        const submitted = await gql(
          gateway,
          'mutation ($input: SubmitIndicatorFeedInput!) { submitIndicatorFeed(input: $input) { revision } }',
          { input: { ...feed, sourceReliability: 'B', informationCredibility: 2 } },
          agency,
        );
        expect(submitted.errors).toBeUndefined();
      }
    }
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    tmp.remove();
  });

  const path = (format: string) => `/exports/indicators.csv?format=${format}&from=2019&to=2020&countries=TH,VN`;

  for (const role of ['POLICY', 'ANALYST', 'AGENCY'] as const) {
    it(`SDG, SDMX and HXL files hold exactly the API's cells for ${role}, suppression included`, async () => {
      const token = await tokens.token(role);
      const expected = await apiCells(token);
      expect(expected.length).toBeGreaterThan(10);
      const withheld = expected.filter((e) => e.cell.suppressed).length;
      if (role === 'ANALYST') expect(withheld).toBe(0);
      else expect(withheld).toBeGreaterThanOrEqual(4); // FEMALE 3 and MALE 20; MINOR 2 and ADULT 5

      for (const format of ['sdg', 'sdmx', 'hxl']) {
        const { response, text } = await download(path(format), token);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
        expect(response.headers.get('content-disposition')).toBe(
          `attachment; filename="tidemark-indicators-${format}-2019-01-01_2020-12-31.csv"`,
        );
        const records: string[][] = parse(text, { relax_column_count: false });
        const header = records[0]!;
        const body = records.slice(format === 'hxl' ? 2 : 1);
        expect(body).toHaveLength(expected.length);
        const col = (name: string) => header.indexOf(name);
        body.forEach((row, i) => {
          const { country, period, cell } = expected[i]!;
          const value = cell.suppressed ? '' : String(cell.value);
          if (format === 'sdg') {
            expect(header.slice(0, 3)).toEqual(['SERIES_CODE', 'SDG_INDICATOR', 'INDICATOR']);
            expect(row[col('INDICATOR')]).toBe(cell.indicator);
            expect(row[col('REF_AREA')]).toBe(ALPHA3[country]);
            expect(row[col('TIME_PERIOD')]).toBe(period);
            expect(row[col('SEX')]).toBe(SEX[cell.sex]);
            expect(row[col('AGE')]).toBe(AGE[cell.ageGroup]);
            expect(row[col('CRIME_TYPE')]).toBe(cell.crimeType);
            expect(row[col('EXPLOITATION')]).toBe(cell.exploitation);
            expect(row[col('OBS_VALUE')]).toBe(value);
            expect(row[col('SUPPRESSED')]).toBe(String(cell.suppressed));
            const trafficking = cell.indicator === 'VICTIMS_IDENTIFIED' && cell.crimeType === 'TRAFFICKING';
            const series = {
              ALL: 'VC_HTF_DETV',
              LABOUR: 'VC_HTF_DETVFL',
              SEXUAL: 'VC_HTF_DETVSX',
              OTHER: 'VC_HTF_DETVOP',
            }[cell.exploitation];
            expect(row[col('SERIES_CODE')]).toBe(trafficking ? series : '');
          } else if (format === 'sdmx') {
            expect(header.slice(0, 3)).toEqual(['STRUCTURE', 'STRUCTURE_ID', 'ACTION']);
            expect(row.slice(0, 3)).toEqual(['dataflow', 'TIDEMARK:DF_AGENCY_INDICATORS(1.0)', 'I']);
            expect([row[col('REF_AREA')], row[col('TIME_PERIOD')], row[col('INDICATOR')]]).toEqual([
              ALPHA3[country],
              period,
              cell.indicator,
            ]);
            expect([row[col('CRIME_TYPE')], row[col('EXPLOITATION')], row[col('SEX')], row[col('AGE')]]).toEqual([
              cell.crimeType,
              cell.exploitation,
              SEX[cell.sex],
              AGE[cell.ageGroup],
            ]);
            expect(row[col('OBS_VALUE')]).toBe(value);
            expect(row[col('CONF_STATUS')]).toBe(cell.suppressed ? 'C' : 'F');
          } else {
            const tags = records[1]!;
            expect(tags).toContain('#country+code');
            expect(tags).toContain('#date+year');
            expect(tags).toContain('#indicator+num');
            const tag = (t: string) => tags.indexOf(t);
            expect([row[tag('#country+code')], row[tag('#date+year')], row[tag('#indicator+code')]]).toEqual([
              ALPHA3[country],
              period,
              cell.indicator,
            ]);
            expect([
              row[tag('#meta+crime_type')],
              row[tag('#meta+exploitation')],
              row[tag('#meta+sex')],
              row[tag('#meta+age')],
            ]).toEqual([cell.crimeType, cell.exploitation, cell.sex, cell.ageGroup]);
            expect(row[tag('#indicator+num')]).toBe(value);
            expect(row[tag('#meta+suppressed')]).toBe(String(cell.suppressed));
          }
        });
      }
    }, 60_000);
  }

  it('refuses roles that may not read the indicators, missing tokens and bad parameters, as JSON', async () => {
    const partner = await download(path('sdg'), await tokens.token('PARTNER'));
    expect(partner.response.status).toBe(403);
    expect(JSON.parse(partner.text).errors[0].extensions.code).toBe('FORBIDDEN');
    // The graph agrees: the same role cannot read the values there either.
    const viaApi = await gql(gateway, API_VALUES, { code: 'TH', period: '2019' }, await tokens.token('PARTNER'));
    expect(viaApi.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await download(path('sdg'), null)).response.status).toBe(401);
    const policy = await tokens.token('POLICY');
    for (const [query, field] of [
      ['format=xlsx&from=2019&to=2020&countries=TH', 'format'],
      ['format=sdg&from=2019&to=2018&countries=TH', 'to'],
      ['format=sdg&from=2019&to=2020&countries=ZZ', 'countries'],
      ['format=sdg&from=2019&to=2020', 'countries'],
      ['format=sdg&from=19&to=2020&countries=TH', 'from'],
    ]) {
      const bad = await download(`/exports/indicators.csv?${query}`, policy);
      expect(bad.response.status, query).toBe(400);
      expect(JSON.parse(bad.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('lists the exports each role may download', async () => {
    const list = async (role: 'POLICY' | 'PARTNER') =>
      (await gql(gateway, '{ dataExports { id path formats } }', {}, await tokens.token(role))).data.dataExports;
    expect(await list('POLICY')).toEqual([
      { id: 'indicators', path: '/exports/indicators.csv', formats: ['sdg', 'sdmx', 'hxl'] },
      { id: 'suppliers', path: '/exports/suppliers.csv', formats: ['osh'] },
    ]);
    expect((await list('PARTNER')).map((e: { id: string }) => e.id)).toEqual(['suppliers']);
  });

  it('exports the registry as an Open Supply Hub upload: partners only the suppliers of their own audits', async () => {
    const osId = (prefix: string) => prefix + osIdCheckSymbol(prefix);
    const submit = async (partner: typeof PARTNER_A, supplier: Record<string, unknown>) => {
      const r = await gql(
        gateway,
        'mutation ($input: SubmitAuditInput!) { submitAudit(input: $input) { audit { id } } }',
        {
          input: {
            supplier: { sector: 'GARMENTS', ...supplier },
            scheme: 'SMETA',
            type: 'INITIAL',
            announcement: 'UNANNOUNCED',
            auditDate: '2024-03-01',
            workersInterviewed: 30,
            findings: [],
          },
        },
        await tokens.token('PARTNER', partner),
      );
      expect(r.errors).toBeUndefined();
    };
    await submit(PARTNER_A, {
      name: 'Mekong Garments, "Unit 2"',
      address: '12 Road 5, Long An',
      countryCode: 'VN',
      osId: osId('VN2022150M0N1P'),
    });
    await submit(PARTNER_B, {
      name: 'Ayutthaya Seafood',
      address: '3 River Rd',
      countryCode: 'TH',
      sector: 'SEAFOOD_PROCESSING',
    });

    const rowsFor = async (token: string) => {
      const { response, text } = await download('/exports/suppliers.csv', token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(
        'filename="tidemark-suppliers-open-supply-hub.csv"',
      );
      const records: string[][] = parse(text);
      expect(records[0]).toEqual(['country', 'name', 'address', 'sector', 'os_id']);
      return records.slice(1);
    };
    const acme = await rowsFor(await tokens.token('PARTNER', PARTNER_A));
    expect(acme).toEqual([
      ['VN', 'Mekong Garments, "Unit 2"', '12 Road 5, Long An', 'Garments', osId('VN2022150M0N1P')],
    ]);
    const analyst = await tokens.token('ANALYST');
    const all = await rowsFor(analyst);
    const registry = await gql(
      gateway,
      '{ suppliers(first: 200) { edges { node { name address sector osId country { code } } } } }',
      {},
      analyst,
    );
    expect(all).toEqual(
      registry.data.suppliers.edges.map(({ node }: any) => [
        node.country.code,
        node.name,
        node.address,
        node.sector.charAt(0) + node.sector.slice(1).toLowerCase().replaceAll('_', ' '),
        node.osId ?? '',
      ]),
    );
    expect(all.map((r) => r[1])).toContain('Ayutthaya Seafood');
  });
});
