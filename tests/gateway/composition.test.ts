import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { afterAll, describe, expect, it } from 'vitest';
import { composeSupergraph, CompositionError } from '../../gateway/compose.js';
import { readCostMetadata } from '../../gateway/limits/cost-metadata.js';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE, subgraphNamesOf } from '../../gateway/supergraph-file.js';
import { makeTempDir } from '../helpers/tmp.js';

describe('gateway: composition', () => {
  const composed = composeSupergraph();
  const tmp = makeTempDir('tidemark-compose-');
  afterAll(() => tmp.remove());

  it('has checked-in supergraph and API schema files that match the subgraphs (run `npm run compose`)', () => {
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composed.supergraphSdl);
    expect(readFileSync(API_SCHEMA_FILE, 'utf8')).toBe(composed.apiSchemaSdl);
  });

  it('routes to every subgraph with a schema, on its default loopback port', () => {
    expect(subgraphNamesOf(composed.supergraphSdl)).toEqual(composed.subgraphs);
    expect(composed.subgraphs).toEqual(expect.arrayContaining(['agency', 'audits', 'campaigns']));
    expect(composed.supergraphSdl).toContain('url: "http://127.0.0.1:4001/graphql"');
  });

  it('keeps the cost annotations where the limiter reads them', () => {
    const metadata = readCostMetadata(composed.supergraphSdl);
    expect(composed.supergraphSdl).toContain('@link(url: "https://specs.apollo.dev/cost/v0.1"');
    expect(metadata.listSizes.size).toBeGreaterThan(5);
    for (const [field, rule] of metadata.listSizes) {
      expect(rule.assumedSize ?? rule.slicingArguments.length, field).toBeTruthy();
    }
  });

  it('is accepted by @apollo/gateway, cost spec link included', async () => {
    const gateway = new ApolloGateway({
      supergraphSdl: composed.supergraphSdl,
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    });
    const { schema } = await gateway.load();
    expect(schema.getQueryType()?.name).toBe('Query');
    await gateway.stop();
  });

  it('publishes no federation plumbing or @inaccessible fields in the API schema', () => {
    expect(composed.apiSchemaSdl).not.toMatch(/_entities|_service|join__|link__/);
    expect(composed.apiSchemaSdl).not.toMatch(/export\w+Changes/);
  });

  it('reports composition errors readably', () => {
    const shared = 'type Thing @key(fields: "id") { id: ID! label: String }';
    for (const name of ['one', 'two']) {
      mkdirSync(join(tmp.dir, name));
      const query = name === 'one' ? 'type Query { thing: Thing }' : 'type Query { other: Thing }';
      writeFileSync(
        join(tmp.dir, name, 'schema.graphql'),
        `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])\n${query}\n${shared}`,
      );
    }
    let error: unknown;
    try {
      composeSupergraph(tmp.dir, (name) => `http://127.0.0.1:9/${name}`);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CompositionError);
    expect((error as CompositionError).problems.join('\n')).toMatch(/INVALID_FIELD_SHARING: .*Thing\.label/);
  });
});
