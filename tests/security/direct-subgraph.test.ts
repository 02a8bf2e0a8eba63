/**
 * A subgraph port reached directly, past the gateway, grants nothing: every subgraph answers 401
 * UNAUTHENTICATED to a missing, malformed, expired, foreign or wrong-audience token, `_service` and
 * `_entities` included; a WAREHOUSE token reaches the change feed (and
 * the warehouse's SEVERE-band alert write) and nothing else.
 */
import { GraphQLUnionType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateSecret, mintToken } from '../../lib/auth.js';
import type { RunningServer } from '../../lib/http-server.js';
import { createLogger } from '../../lib/logger.js';
import { start as startAgency } from '../../subgraphs/agency/server.js';
import { start as startAudits } from '../../subgraphs/audits/server.js';
import { start as startCampaigns } from '../../subgraphs/campaigns/server.js';
import { start as startInsights } from '../../subgraphs/insights/server.js';
import { gql } from '../helpers/graphql.js';
import { makeTempDir } from '../helpers/tmp.js';
import { tokenFactory, type TokenFactory } from '../helpers/tokens.js';
import { minimalOperation, rootFields } from './fixtures/operations.js';
import { codesOf, expectNoInternals } from './fixtures/response-checks.js';
import { buildSchemaOf, SUBGRAPHS, type SubgraphName } from './fixtures/subgraphs.js';

const bearer = (token: string) => `Bearer ${token}`;

/** Representations by entity type: a new entity type must be added here, so it is probed too. */
const REPRESENTATIONS: Record<string, Record<string, string>> = {
  Supplier: { id: 'sup-0001' },
  Country: { code: 'TH' },
  Campaign: { id: 'cmp-th-01' },
  ReportingPeriod: { id: 'JPA5' },
};
/** The warehouse's other writes: reached with a WAREHOUSE token (their input is validated like any other). */
const WAREHOUSE_WRITES = ['recordSevereBandAlerts'];
/** A table each change feed exports. */
const FEED_TABLES: Record<string, string> = { exportAuditsChanges: 'suppliers', exportAgencyChanges: 'countries', exportCampaignsChanges: 'campaigns' };

const schemas = new Map(SUBGRAPHS.map((s) => [s.name, buildSchemaOf(s.sdl, s.resolvers)]));

function entityProbe(name: SubgraphName): { query: string; variables: Record<string, unknown> } {
  const union = schemas.get(name)!.getType('_Entity') as GraphQLUnionType;
  const types = union.getTypes();
  for (const type of types) expect(REPRESENTATIONS, `representation for entity ${type.name}`).toHaveProperty(type.name);
  const fragments = types.map((type) => `... on ${type.name} { ${Object.keys(REPRESENTATIONS[type.name]!)[0]} }`).join(' ');
  return {
    query: `query ($r: [_Any!]!) { _entities(representations: $r) { __typename ${fragments} } }`,
    variables: { r: types.map((type) => ({ __typename: type.name, ...REPRESENTATIONS[type.name] })) },
  };
}

describe('direct subgraph access', () => {
  const tmp = makeTempDir('tidemark-direct-');
  const log = createLogger('direct-subgraph-test', 'silent');
  const servers = new Map<SubgraphName, RunningServer>();
  let tokens: TokenFactory;
  let secret: Uint8Array;

  beforeAll(async () => {
    tokens = tokenFactory(tmp.dir);
    secret = loadOrCreateSecret(tokens.secretFile);
    const options = { port: 0, dataDir: tmp.dir, log };
    servers.set('audits', await startAudits(options));
    servers.set('agency', await startAgency(options));
    servers.set('campaigns', await startCampaigns(options));
    servers.set('insights', await startInsights(options));
  }, 120_000);

  afterAll(async () => {
    for (const server of servers.values()) await server.stop();
    tmp.remove();
  });

  const secondsAgo = (s: number) => Math.floor(Date.now() / 1000) - s;
  const badCredentials: [string, () => Promise<Record<string, string>>][] = [
    ['no token', async () => ({})],
    ['a Basic header', async () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a Bearer header without a token', async () => ({ authorization: 'Bearer' })],
    ['a bearer value that is no JWT', async () => ({ authorization: 'Bearer not.a.jwt' })],
    ['an expired token', async () => ({ authorization: bearer(await mintToken(secret, { sub: 'a', role: 'ANALYST' }, { expiresIn: secondsAgo(60) })) })],
    ['a token signed with another secret', async () => ({ authorization: bearer(await mintToken(new TextEncoder().encode('y'.repeat(43)), { sub: 'a', role: 'ANALYST' })) })],
    ['a token for another audience', async () => ({ authorization: bearer(await mintToken(secret, { sub: 'a', role: 'ANALYST' }, { audience: 'other-api' })) })],
  ];

  for (const { name } of SUBGRAPHS) {
    it(`${name}: answers 401 UNAUTHENTICATED to bad credentials on a root field, _service and _entities`, async () => {
      const url = servers.get(name)!.url;
      const schema = schemas.get(name)!;
      const root = minimalOperation(schema, 'Query', rootFields(schema, 'Query').find((f) => !f.startsWith('_'))!);
      const probes = [root, { query: '{ _service { sdl } }', variables: {} }, entityProbe(name)];
      for (const [label, headers] of badCredentials) {
        for (const probe of probes) {
          const response = await gql(url, probe.query, probe.variables, null, await headers());
          const where = `${label}: ${probe.query.slice(0, 60)}`;
          expect(response.status, where).toBe(401);
          expect(codesOf(response), where).toEqual(['UNAUTHENTICATED']);
          expect(response.data, where).toBeUndefined();
          expectNoInternals(JSON.stringify(response));
        }
      }
    });
  }

  for (const { name } of SUBGRAPHS) {
    it(`${name}: gives a WAREHOUSE token the change feed and nothing else`, async () => {
      const url = servers.get(name)!.url;
      const schema = schemas.get(name)!;
      const warehouse = await tokens.token('WAREHOUSE');
      const served: string[] = [];
      for (const type of ['Query', 'Mutation'] as const) {
        for (const field of rootFields(schema, type).filter((f) => !f.startsWith('_'))) {
          const plausible = { table: FEED_TABLES[field] ?? 'security-probe', afterSeq: 0, countryCode: 'TH', periodId: 'JPA5' };
          const operation = minimalOperation(schema, type, field, plausible);
          const response = await gql(url, operation.query, operation.variables, warehouse);
          if (WAREHOUSE_WRITES.includes(field)) expect(codesOf(response), `${type}.${field}`).not.toContain('FORBIDDEN');
          else if (codesOf(response).length === 0 && response.data?.[field]) served.push(field);
          else expect(codesOf(response), `${type}.${field}`).toEqual(['FORBIDDEN']);
        }
      }
      expect(served).toEqual(Object.keys(FEED_TABLES).filter((f) => rootFields(schema, 'Mutation').includes(f)));
      const entities = entityProbe(name);
      const resolved = await gql(url, entities.query, entities.variables, warehouse);
      expect(new Set(codesOf(resolved))).toEqual(new Set(['FORBIDDEN']));
      expect(JSON.stringify(resolved.data)).not.toMatch(/"(id|code)":"/);
    });
  }

  for (const { name } of SUBGRAPHS) {
    it(`${name}: refuses a representation of an unknown or non-entity type as BAD_USER_INPUT`, async () => {
      const url = servers.get(name)!.url;
      const analyst = await tokens.token('ANALYST');
      const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
      for (const representation of [{ __typename: 'Audit', id: 'aud-00001' }, { __typename: 'NoSuchType', id: 'x' }, { id: 'x' }, 'x']) {
        const response = await gql(url, query, { r: [representation] }, analyst);
        expect(codesOf(response), JSON.stringify(representation)).toEqual(['BAD_USER_INPUT']);
        expect(response.errors?.[0]?.message).toBe('representations[0].__typename: must name an entity type of this subgraph');
        expectNoInternals(JSON.stringify(response));
      }
    });
  }
});
