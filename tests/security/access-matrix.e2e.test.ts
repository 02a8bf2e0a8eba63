/**
 * Role × operation matrix, generated from the schemas. Every field of every subgraph has a rule (a new field
 * without one fails here and stops its service); then every root Query and Mutation field of the public API is
 * sent by every role to the real, seeded stack: roles its rule forbids get FORBIDDEN and no data, roles it
 * allows are never refused for who they are.
 */
import { buildSchema, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAccessRules, fieldsWithoutRule, ruleFor, type AccessRule } from '../../lib/access.js';
import { ROLES, type Role } from '../../lib/identity.js';
import { gql } from '../helpers/graphql.js';
import type { TestStack } from '../helpers/stack.js';
import { minimalOperation, rootFields, type PlausibleValues, type RootOperation } from './fixtures/operations.js';
import { codesOf } from './fixtures/response-checks.js';
import { startSeededStack } from '../helpers/seeded-stack.js';
import { API_SDL, buildSchemaOf, SUBGRAPHS, type SubgraphDefinition } from './fixtures/subgraphs.js';

const built = SUBGRAPHS.map((subgraph) => ({ subgraph, schema: buildSchemaOf(subgraph.sdl, subgraph.resolvers) }));
const rolesOf = (rule: AccessRule): readonly Role[] => (rule === 'ANY' ? ROLES : rule);

describe('access matrix: every field has a rule', () => {
  for (const { subgraph, schema } of built) {
    it(`${subgraph.name}: every field of the schema has a rule, and every rule names a field`, () => {
      expect(fieldsWithoutRule(schema, subgraph.access)).toEqual([]);
      const stale = Object.keys(subgraph.access).filter((key) => {
        const [type, field] = key.split('.') as [string, string];
        const fields = (schema.getType(type) as { getFields?: () => Record<string, unknown> } | undefined)?.getFields?.();
        return !fields || (field !== '*' && !(field in fields));
      });
      expect(stale).toEqual([]);
    });
  }

  it('reports a field added without a rule, and the service would refuse to start', () => {
    const audits = SUBGRAPHS.find((s) => s.name === 'audits')!;
    const notes = 'type Query {\n  """Added by the test."""\n  supplierNotes(id: ID!): [SupplierNote!]!\n';
    const sdl = `${audits.sdl.replace('type Query {', notes)}
"""Added by the test."""
type SupplierNote {
  """Added by the test."""
  text: String!
}
extend type Supplier {
  """Added by the test."""
  internalRating: Int
}
`;
    const schema = buildSchemaOf(sdl, audits.resolvers);
    expect(fieldsWithoutRule(schema, audits.access).sort()).toEqual(['Query.supplierNotes', 'Supplier.internalRating', 'SupplierNote.text']);
    expect(() => applyAccessRules(schema, audits.access)).toThrow(/access rules missing for: .*Query\.supplierNotes/);
  });

  it('gives the WAREHOUSE role nothing but its own mutations (change feeds, SEVERE alerts), for it alone', () => {
    for (const { subgraph, schema } of built) {
      for (const type of ['Query', 'Mutation'] as const) {
        for (const field of rootFields(schema, type)) {
          if (field.startsWith('_')) continue; // federation plumbing: _service is documented as open to any token
          const roles = rolesOf(ruleFor(subgraph.access, type, field)!);
          const warehouseOnly = /^export\w+Changes$/.test(field) || field === 'recordSevereBandAlerts';
          if (warehouseOnly) expect(roles, `${subgraph.name} ${field}`).toEqual(['WAREHOUSE']);
          else expect(roles, `${subgraph.name} ${type}.${field}`).not.toContain('WAREHOUSE');
        }
      }
    }
  });
});

interface MatrixRow {
  operation: RootOperation;
  owner: SubgraphDefinition;
  allowed: readonly Role[];
}

function planMatrix(api: GraphQLSchema, plausible: PlausibleValues): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const type of ['Query', 'Mutation'] as const) {
    for (const field of rootFields(api, type)) {
      const owners = built.filter(({ schema }) => rootFields(schema, type).includes(field));
      expect(owners.map((o) => o.subgraph.name), `${type}.${field} has one owner`).toHaveLength(1);
      const owner = owners[0]!.subgraph;
      rows.push({ operation: minimalOperation(api, type, field, plausible), owner, allowed: rolesOf(ruleFor(owner.access, type, field)!) });
    }
  }
  return rows;
}

function printMatrix(rows: readonly MatrixRow[], cells: Map<string, string>): void {
  const width = Math.max(...rows.map((r) => `${r.operation.type}.${r.operation.field} (${r.owner.name})`.length));
  const header = ['operation'.padEnd(width), ...ROLES.map((role) => role.padEnd(18))].join(' | ');
  const lines = rows.map((r) =>
    [`${r.operation.type}.${r.operation.field} (${r.owner.name})`.padEnd(width), ...ROLES.map((role) => cells.get(`${r.operation.field}|${role}`)!.padEnd(18))].join(' | '),
  );
  console.log(['', 'role × operation matrix (allowed: data or input error; refused: FORBIDDEN)', header, '-'.repeat(header.length), ...lines].join('\n'));
}

/** Codes an allowed role may still get: its input was wrong, not its role. */
const INPUT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'IDEMPOTENCY_KEY_REUSED']);

describe('access matrix: every public root field × every role, on the real stack', () => {
  let stack: TestStack;
  const tokens = {} as Record<Role, string>;
  let plausible: PlausibleValues;

  beforeAll(async () => {
    stack = await startSeededStack({ without: ['dashboards'], syncIntervalSeconds: 1 });
    for (const role of ROLES) tokens[role] = await stack.tokens.token(role);
    const demo = await gql(
      stack.gateway,
      `{ audits(first: 1, filter: { partnerOrgId: "org-acme" }) { edges
        { node { id supplier { id } findings { correctiveAction { id } } } } }
         campaigns(first: 1, filter: { countryCode: "TH" }) { edges { node { id } } } }`,
      {},
      tokens.ANALYST,
    );
    expect(demo.errors).toBeUndefined();
    const audit = demo.data.audits.edges[0].node;
    const campaignId = demo.data.campaigns.edges[0].node.id;
    plausible = {
      'supplier.id': audit.supplier.id,
      'audit.id': audit.id,
      'campaign.id': campaignId,
      'reportingPeriod.id': 'JPA5',
      'reportingPeriods.kind': 'ACTION_PERIOD',
      'country.code': 'TH',
      'compare.current': 'JPA5',
      'series.kind': 'QUARTER',
      'series.from': '2019-01-01',
      'series.to': '2019-12-31',
      'updateCorrectiveAction.id': audit.findings.find((f: { correctiveAction: unknown }) => f.correctiveAction)?.correctiveAction.id ?? 'cap-000001',
      'upsertCampaignMetrics.campaignId': campaignId,
      // AGENCY tokens here report for TH: keep every country argument inside the agency's own row rule.
      countryCode: 'TH',
      periodId: 'JPA5',
      languages: ['th'],
      name: 'Security matrix probe',
      startDate: '2019-07-02',
      endDate: '2019-12-31',
    };
  }, 240_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('refuses forbidden roles with FORBIDDEN and no data, and never refuses allowed roles for their role', async () => {
    const api = buildSchema(API_SDL);
    const rows = planMatrix(api, plausible);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    const cells = new Map<string, string>();
    const failures: string[] = [];
    for (const row of rows) {
      await Promise.all(
        ROLES.map(async (role) => {
          const response = await gql(stack.gateway, row.operation.query, row.operation.variables, tokens[role]);
          const codes = codesOf(response);
          const value = response.data?.[row.operation.field];
          const where = `${row.operation.type}.${row.operation.field} as ${role}: ${response.status} ` +
            `${JSON.stringify(response.errors ?? response.data).slice(0, 200)}`;
          if (row.allowed.includes(role)) {
            cells.set(`${row.operation.field}|${role}`, codes.length === 0 ? 'ok: data' : `ok: ${codes[0]}`);
            if (response.status !== 200 || codes.some((c) => !INPUT_CODES.has(c)) || (codes.length === 0 && value === undefined)) failures.push(`allowed ${where}`);
          } else {
            cells.set(`${row.operation.field}|${role}`, codes[0] === 'FORBIDDEN' ? 'refused: FORBIDDEN' : `LEAK? ${codes[0] ?? 'data'}`);
            if (codes[0] !== 'FORBIDDEN' || (value !== undefined && value !== null)) failures.push(`forbidden ${where}`);
          }
        }),
      );
    }
    printMatrix(rows, cells);
    expect(failures).toEqual([]);
    // The matrix is not trivially open or closed: every role is refused somewhere, every human role served somewhere.
    for (const role of ROLES) expect([...cells].some(([k, v]) => k.endsWith(`|${role}`) && v.startsWith('refused')), role).toBe(true);
    for (const role of ROLES.filter((r) => r !== 'WAREHOUSE')) expect([...cells].some(([k, v]) => k.endsWith(`|${role}`) && v === 'ok: data'), role).toBe(true);
  });
});
