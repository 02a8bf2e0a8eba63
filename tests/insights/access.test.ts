import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsWithoutRule, listFields } from '../../lib/access.js';
import { access } from '../../subgraphs/insights/access.js';
import { resolvers } from '../../subgraphs/insights/resolvers.js';
import { SCHEMA_FILE } from '../../subgraphs/insights/server.js';
import { errorCode, gql } from '../helpers/graphql.js';
import { publishSnapshot } from './fixtures/marts.js';
import { AS_OF, sampleMarts } from './fixtures/sample-marts.js';
import { startInsights, type InsightsFixture } from './fixtures/server.js';

let fx: InsightsFixture;

beforeAll(async () => {
  fx = await startInsights();
  await publishSnapshot(fx.dataDir, 'b1', sampleMarts(), { asOf: AS_OF });
  await fx.snapshots.refresh();
});
afterAll(() => fx.stop());

describe('insights: access rules', () => {
  it('has a rule for every field of the schema, and documents every type and field', () => {
    const schema = buildSubgraphSchema({ typeDefs: parse(readFileSync(SCHEMA_FILE, 'utf8')), resolvers: resolvers as never });
    expect(fieldsWithoutRule(schema, access)).toEqual([]);
    expect(listFields(schema).length).toBeGreaterThan(100);
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (/^(_|federation__|link__)/.test(type.name) || ['String', 'Int', 'Float', 'Boolean', 'ID', 'FieldSet'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      const fields = 'getFields' in type ? Object.values((type as any).getFields()) : [];
      for (const field of fields as any[]) if (!field.description && !field.name.startsWith('_')) undocumented.push(`${type.name}.${field.name}`);
    }
    expect(undocumented).toEqual([]);
  });

  it('answers nothing without a token', async () => {
    const res = await gql(fx.url, '{ measures { id } }', {}, null);
    expect(res.status).toBe(401);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });

  it('gives the warehouse service nothing', async () => {
    for (const query of ['{ measures { id } }', '{ warehouseStatus { buildId } }', '{ riskHotspots(groupBy: COUNTRY) { asOf } }']) {
      expect(errorCode(await fx.call('WAREHOUSE', query))).toBe('FORBIDDEN');
    }
  });

  it('lets agencies read aggregates but not supplier scores', async () => {
    const res = await fx.call('AGENCY', '{ riskHotspots(groupBy: COUNTRY) { cells { country { code } } } compare(measures: [AGENCY_ARRESTS], ' +
        'current: "JPA5") { current } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.compare[0].current).toBe(55);
  });
});
