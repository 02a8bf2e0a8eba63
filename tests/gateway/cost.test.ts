import { buildSchema, getOperationAST, parse, validate, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph } from '../../gateway/compose.js';
import { aliasLimitRule } from '../../gateway/limits/aliases.js';
import { readCostMetadata, type CostMetadata } from '../../gateway/limits/cost-metadata.js';
import { computeOperationCost } from '../../gateway/limits/cost.js';
import { depthLimitRule } from '../../gateway/limits/depth.js';
import { rootFieldLimitRule } from '../../gateway/limits/root-fields.js';
import { FIXTURE_DIR } from './fixtures/subgraphs.js';

/** F0 spreads F1 twice, F1 spreads F2 twice, …: 2^40 expansions if walked naively. */
function exponentialFragments(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Widget { parts { ...F${i + 1} ...F${i + 1} } }`);
  return `{ widget(id: "1") { ...F0 } } ${fragments.join(' ')} fragment F${levels} on Widget { name }`;
}

describe('gateway: cost estimate (IBM cost spec)', () => {
  let schema: GraphQLSchema;
  let metadata: CostMetadata;
  beforeAll(() => {
    const composed = composeSupergraph(FIXTURE_DIR, (name) => `http://127.0.0.1:9/${name}`);
    schema = buildSchema(composed.apiSchemaSdl);
    metadata = readCostMetadata(composed.supergraphSdl);
  });

  const cost = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    return computeOperationCost({ schema, document, operation: getOperationAST(document)!, variables, metadata, defaultListSize: 10 });
  };

  it('reads @cost and @listSize from the composed supergraph', () => {
    expect(metadata.listSizes.get('Query.widgets')).toEqual({ assumedSize: 50, slicingArguments: ['first'], sizedFields: ['edges'] });
    expect(metadata.listSizes.get('Query.tags')).toEqual({ assumedSize: 5, slicingArguments: [], sizedFields: [] });
    expect(metadata.fieldWeights.get('Query.expensive')).toBe(100);
  });

  it('charges 1 per object and 0 per scalar', () => {
    expect(cost('{ widget(id: "1") { id name rating } }')).toBe(1);
    expect(cost('{ tags }')).toBe(0);
    expect(cost('{ __typename widget(id: "1") { __typename } }')).toBe(1);
  });

  it('sizes a connection by its slicing argument, applied to the sized field', () => {
    expect(cost('{ widgets(first: 20) { totalCount edges { node { name } } } }')).toBe(1 + 20 * 2);
    expect(cost('query ($n: Int) { widgets(first: $n) { edges { cursor } } }', { n: 7 })).toBe(1 + 7);
  });

  it('falls back to assumedSize when no slicing argument is given', () => {
    expect(cost('{ widgets { edges { node { name } } } }')).toBe(1 + 50 * 2);
    expect(cost('{ widget(id: "1") { parts { name } } }')).toBe(1 + 10);
  });

  it('multiplies nested lists', () => {
    expect(cost('{ widgets(first: 10) { edges { node { parts(first: 3) { parts(first: 2) { name } } } } } }')).toBe(1 + 10 * (1 + 1 + 3 * (1 + 2)));
  });

  it('adds declared field weights', () => {
    expect(cost('{ expensive a: expensive }')).toBe(200);
  });

  it('counts fragments and inline fragments where they are spread', () => {
    expect(cost('{ widgets(first: 4) { ...C } } fragment C on WidgetConnection { edges { node { ... on Widget { ' +
          'parts(first: 2) { id } } } } }')).toBe(
      1 + 4 * (1 + 1 + 2),
    );
  });

  it('does not walk introspection', () => {
    expect(cost('{ __schema { types { fields { name } } } }')).toBe(0);
  });

  it('terminates on fragment cycles', () => {
    const query = '{ widget(id: "1") { ...A } } fragment A on Widget { parts { ...B } } fragment B on Widget { parts { ...A } }';
    expect(Number.isFinite(cost(query))).toBe(true);
  });

  it('walks exponentially spread fragments in linear time', () => {
    const started = performance.now();
    expect(cost(exponentialFragments(40))).toBeGreaterThan(1e12);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('gateway: validation-rule limits on hostile documents', () => {
  let schema: GraphQLSchema;
  beforeAll(() => {
    schema = buildSchema(composeSupergraph(FIXTURE_DIR, (name) => `http://127.0.0.1:9/${name}`).apiSchemaSdl);
  });

  it('run safely on fragment cycles (graphql reports the cycle)', () => {
    const document = parse('{ widget(id: "1") { ...A } } fragment A on Widget { name parts { ...B } } fragment B on Widget { x: name ...A }');
    const errors = validate(schema, document, [depthLimitRule(10), aliasLimitRule(30), rootFieldLimitRule(10)]);
    expect(errors).toEqual([]);
    const withBuiltIns = validate(schema, document).map((e) => e.message);
    expect(withBuiltIns.some((m) => m.includes('Cannot spread fragment "A" within itself'))).toBe(true);
  });

  it('count exponentially spread fragments without expanding them', () => {
    const started = performance.now();
    const errors = validate(schema, parse(exponentialFragments(40)), [depthLimitRule(10), aliasLimitRule(30)]);
    expect(errors.map((e) => e.extensions.limit)).toEqual(['depth']);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
