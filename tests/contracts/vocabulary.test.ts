/**
 * One home per concept, checked where it crosses into SDL or SQL: the shared TypeScript lists (lib/domain,
 * lib/analytics/measures.ts, subgraphs/agency/periods.ts) against the enums every subgraph's schema.graphql
 * declares, the accepted values and literals of the warehouse models, and the risk parameters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../lib/analytics/measures.js';
import {
  AGE_GROUPS,
  AGENCY_INDICATORS,
  CRIME_TYPES,
  EXPLOITATIONS,
  SEXES,
} from '../../lib/domain/agency-indicators.js';
import { ILO_INDICATORS, RISK_OVERRIDES, SEVERITIES } from '../../lib/domain/audit-vocabulary.js';
import { SECTORS } from '../../lib/domain/sectors.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  monthPeriod,
  previousCalendarPeriod,
  quarterPeriod,
  yearPeriod,
} from '../../subgraphs/agency/periods.js';
import { CELL_MEASURES } from '../../subgraphs/insights/store/measure-facts.js';
import { parseModelFile } from '../../warehouse/models/model-file.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Subgraph → the values of `enumName` in its schema.graphql, for every subgraph that declares it. */
function sdlEnum(enumName: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const subgraph of readdirSync(`${REPO}subgraphs`).sort()) {
    let sdl: string;
    try {
      sdl = readFileSync(`${REPO}subgraphs/${subgraph}/schema.graphql`, 'utf8');
    } catch {
      continue;
    }
    for (const definition of parse(sdl).definitions) {
      if (definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === enumName) {
        found.set(
          subgraph,
          (definition.values ?? []).map((value) => value.name.value),
        );
      }
    }
  }
  return found;
}

function expectEnumEverywhere(enumName: string, values: readonly string[], subgraphs: string[]): void {
  const found = sdlEnum(enumName);
  expect([...found.keys()].sort(), `subgraphs declaring enum ${enumName}`).toEqual([...subgraphs].sort());
  for (const [subgraph, declared] of found) expect(declared, `${subgraph}: enum ${enumName}`).toEqual([...values]);
}

const model = (path: string) =>
  parseModelFile(`${REPO}warehouse/models/${path}`, path.startsWith('marts') ? 'marts' : 'staging');

describe('one home per concept: SDL and SQL agree with the TypeScript lists', () => {
  it('agency indicators: lib/domain/agency-indicators.ts is enum Indicator in agency and insights', () => {
    expectEnumEverywhere('Indicator', AGENCY_INDICATORS, ['agency', 'insights']);
  });

  it('agency breakdowns: lib/domain/agency-indicators.ts is each dimension enum in agency and insights', () => {
    expectEnumEverywhere('CrimeType', CRIME_TYPES, ['agency', 'insights']);
    expectEnumEverywhere('Exploitation', EXPLOITATIONS, ['agency', 'insights']);
    expectEnumEverywhere('Sex', SEXES, ['agency', 'insights']);
    expectEnumEverywhere('AgeGroup', AGE_GROUPS, ['agency', 'insights']);
  });

  it('finding vocabulary: lib/domain/audit-vocabulary.ts is enum IloIndicator, Severity and RiskOverride', () => {
    expectEnumEverywhere('IloIndicator', ILO_INDICATORS, ['audits', 'insights']);
    expectEnumEverywhere('Severity', SEVERITIES, ['audits', 'insights']);
    expectEnumEverywhere('RiskOverride', RISK_OVERRIDES, ['insights']);
  });

  it('sectors: lib/domain/sectors.ts is enum Sector and the sector points of the risk parameters', () => {
    expectEnumEverywhere('Sector', SECTORS, ['audits', 'insights']);
    const csv = readFileSync(`${REPO}warehouse/risk/risk-parameters.csv`, 'utf8');
    const versions = new Set([...csv.matchAll(/^([^,\n]+),sector\./gm)].map((m) => m[1]!));
    expect(versions.size).toBeGreaterThan(0);
    for (const version of versions) {
      const sectors = [...csv.matchAll(new RegExp(`^${version},sector\\.([A-Z_]+),`, 'gm'))].map((m) => m[1]!);
      expect(sectors, `${version} sector points`).toEqual([...SECTORS]);
    }
  });

  it('measure ids: the catalogue is enum MeasureId, and its cell measures are what mart_measure_cells accepts', () => {
    expectEnumEverywhere(
      'MeasureId',
      MEASURES.map((m) => m.id),
      ['insights'],
    );
    const cells = model('marts/mart_measure_cells.sql');
    const accepted = cells.tests.find((t) => t.kind === 'accepted_values' && t.column === 'measure_id');
    expect(accepted && 'values' in accepted ? accepted.values : null).toEqual([...CELL_MEASURES]);
    const literals = new Set([...cells.sql.matchAll(/SELECT '([A-Z0-9_]+)'/g)].map((m) => m[1]!));
    expect(literals).toEqual(new Set(CELL_MEASURES));
    for (const id of CELL_MEASURES)
      expect(
        MEASURES.some((m) => m.id === id),
        id,
      ).toBe(true);
  });

  it(`calendar periods: mart_periods has the agency's months, quarters, years ${MIN_YEAR}–${MAX_YEAR}`, async () => {
    const expected: Record<string, string | null>[] = [];
    for (let year = MIN_YEAR; year <= MAX_YEAR; year++) {
      const periods = [
        ...Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1)),
        ...Array.from({ length: 4 }, (_, i) => quarterPeriod(year, i + 1)),
        yearPeriod(year),
      ];
      for (const p of periods) {
        expected.push({
          period_id: p.id,
          kind: p.kind,
          label: p.label,
          start_date: p.startDate,
          end_date: p.endDate,
          previous_period_id: previousCalendarPeriod(p)?.id ?? null,
        });
      }
    }
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      await conn.run(
        'CREATE TABLE stg_agency__action_periods ' +
          '(period_id VARCHAR, label VARCHAR, start_date DATE, end_date DATE, period_number INTEGER)',
      );
      const reader = await conn.runAndReadAll(
        `SELECT period_id, kind, label, start_date::VARCHAR AS start_date, end_date::VARCHAR AS end_date,
           previous_period_id
         FROM (${model('marts/mart_periods.sql').sql}) ORDER BY period_id`,
      );
      const rows = reader.getRowObjectsJson() as Record<string, string | null>[];
      const byId = (a: Record<string, string | null>, b: Record<string, string | null>) =>
        a.period_id! < b.period_id! ? -1 : 1;
      expect(rows).toEqual(expected.sort(byId));
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});
