/**
 * Graceful degradation on the real stack (demo data, every service its own process): each subgraph is stopped
 * in turn and every documented query (tests/e2e/documented-queries.ts) is asked again. The answer keeps `data`,
 * keeps every part the other subgraphs serve (compared with the answer while all were up), nulls only fields the
 * stopped subgraph serves or completes (gateway/degradation-audit.ts), and carries SUBGRAPH_UNAVAILABLE errors
 * naming it.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsLostWith } from '../../gateway/degradation-audit.js';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../../gateway/supergraph-file.js';
import { startSeededStack } from '../helpers/seeded-stack.js';
import { gql } from '../helpers/graphql.js';
import type { TestStack } from '../helpers/stack.js';
import { documentedQueries, type DocumentedQuery } from './documented-queries.js';

const SUBGRAPHS = ['audits', 'agency', 'campaigns', 'insights'] as const;
/** A short subgraph deadline and breaker timings, so a hung subgraph is found in seconds. */
const TIMEOUT_MS = 3_000;
const BREAKER_ENV = {
  GATEWAY_SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
  GATEWAY_BREAKER_FAILURES: '2',
  GATEWAY_BREAKER_OPEN_MS: '500',
  GATEWAY_BREAKER_PROBE_TIMEOUT_MS: '500',
};
const schema = buildSchema(readFileSync(API_SCHEMA_FILE, 'utf8'));
const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');

/**
 * Walks the degraded answer along the query and the baseline: returns the coordinates (`Type.field`) where a
 * baseline value became null, and any place where a non-null degraded value has a different shape or a
 * field went missing (something other than a null-out was lost).
 */
function compareAnswers(query: string, baseline: unknown, degraded: unknown): { nulled: string[]; lost: string[] } {
  const operation = parse(query).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const nulled: string[] = [];
  const lost: string[] = [];
  const walkValue = (
    type: GraphQLOutputType,
    before: unknown,
    after: unknown,
    set: SelectionSetNode | undefined,
    at: string,
  ) => {
    if (before === null || before === undefined) return;
    if (after === null || after === undefined) {
      lost.push(at);
      return;
    }
    const unwrapped = isNonNullType(type) ? type.ofType : type;
    if (isListType(unwrapped)) {
      if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length)
        return void lost.push(`${at} (list length)`);
      before.forEach((item, i) => walkItem(unwrapped.ofType, item, after[i], set, `${at}[${i}]`));
      return;
    }
    if (isObjectType(unwrapped) && set)
      walkObject(unwrapped, before as Record<string, unknown>, after as Record<string, unknown>, set, at);
  };
  const walkItem = (
    type: GraphQLOutputType,
    before: unknown,
    after: unknown,
    set: SelectionSetNode | undefined,
    at: string,
  ) => {
    if (before !== null && after === null) nulled.push(`${getNamedType(type).name} item at ${at}`);
    else walkValue(type, before, after, set, at);
  };
  const walkObject = (
    type: GraphQLObjectType,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
    set: SelectionSetNode,
    at: string,
  ) => {
    for (const selection of set.selections) {
      if (selection.kind !== Kind.FIELD) continue;
      const key = selection.alias?.value ?? selection.name.value;
      const field = type.getFields()[selection.name.value];
      if (!field) continue;
      if (!(key in after)) {
        lost.push(`${at}.${key} (missing)`);
        continue;
      }
      if (before[key] !== null && after[key] === null) nulled.push(`${type.name}.${field.name}`);
      else walkValue(field.type, before[key], after[key], selection.selectionSet, `${at}.${key}`);
    }
  };
  walkObject(
    schema.getQueryType()!,
    baseline as Record<string, unknown>,
    degraded as Record<string, unknown>,
    operation.selectionSet,
    'data',
  );
  return { nulled, lost };
}

describe('degradation: each real subgraph stopped in turn, every documented query; a hung one trips a breaker', () => {
  let stack: TestStack;
  let analyst: string;
  let queries: DocumentedQuery[];
  const baselines = new Map<string, { data: unknown; errors: unknown }>();

  beforeAll(async () => {
    stack = await startSeededStack({ extraEnv: BREAKER_ENV, without: ['dashboards'] });
    analyst = await stack.tokens.token('ANALYST');
    queries = documentedQueries();
    expect(queries.length).toBeGreaterThanOrEqual(10);
    for (const q of queries) {
      const answer = await gql(stack.gateway, q.query, {}, analyst);
      expect(answer.errors, q.name).toBeUndefined();
      baselines.set(q.name, { data: answer.data, errors: answer.errors });
    }
  }, 240_000);

  afterAll(async () => {
    stack?.children.get('agency')?.kill('SIGCONT');
    await stack?.close();
  });

  for (const subgraph of SUBGRAPHS) {
    it(`keeps every other part, with an error naming ${subgraph}, while ${subgraph} is stopped`, async () => {
      const mayLose = fieldsLostWith(supergraph, subgraph);
      await stack.stopService(subgraph);
      let affected = 0;
      try {
        for (const q of queries) {
          const answer = await gql(stack.gateway, q.query, {}, analyst);
          const context = `${q.name} with ${subgraph} down: ${JSON.stringify(answer).slice(0, 400)}`;
          expect(answer.status, context).toBe(200);
          expect(answer.data, context).toBeTruthy();
          const { nulled, lost } = compareAnswers(q.query, baselines.get(q.name)!.data, answer.data);
          expect(lost, context).toEqual([]);
          for (const coordinate of nulled) {
            const field = coordinate.includes(' item at ') ? null : coordinate;
            expect(field === null || mayLose.has(field), `${context}\n${coordinate} is not ${subgraph}'s to lose`).toBe(
              true,
            );
          }
          if (nulled.length === 0) {
            expect(answer.errors, context).toBeUndefined();
            continue;
          }
          affected += 1;
          expect(answer.errors?.length, context).toBeGreaterThan(0);
          for (const error of answer.errors!) {
            expect(error.extensions, context).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph });
            expect(error.message, context).toContain(subgraph);
          }
        }
      } finally {
        await stack.startService(subgraph);
      }
      // Every subgraph serves part of some documented query.
      expect(affected).toBeGreaterThan(0);
      const back = await gql(stack.gateway, queries[0]!.query, {}, analyst);
      expect(back.errors).toBeUndefined();
    }, 120_000);
  }

  // A subgraph that stops answering: the real agency process is stopped with SIGSTOP, then resumed.
  const README_QUERY = '{ suppliers(first: 3) { totalCount edges { node { name sector country { name } } } } }';
  const circuitState = async (subgraph: string): Promise<number | undefined> => {
    const text = await (
      await fetch(stack.gateway.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${analyst}` } })
    ).text();
    const line = text
      .split('\n')
      .find((l) => l.startsWith(`tidemark_gateway_subgraph_circuit_state{subgraph="${subgraph}"`));
    return line === undefined ? undefined : Number(line.split(' ').at(-1));
  };
  const reasonOf = (answer: Awaited<ReturnType<typeof gql>>) =>
    answer.errors?.[0]?.extensions?.reason as string | undefined;

  it('trips after the timeouts, then answers at once without the hung subgraph until a probe finds it up', async () => {
    const agency = stack.children.get('agency')!;
    expect((await gql(stack.gateway, README_QUERY, {}, analyst)).errors).toBeUndefined();
    agency.kill('SIGSTOP');
    try {
      // Two fetches without an answer within the deadline open agency's breaker.
      for (let i = 0; i < 2; i++) {
        const slow = await gql(stack.gateway, README_QUERY, {}, analyst);
        expect(reasonOf(slow)).toBe('timeout');
        expect(slow.data.suppliers.edges[0].node.country).toBeNull();
      }
      expect(await circuitState('agency')).toBe(1);
      // Open: agency's part fails at once; the audits part is all there. Later probes (every 500 ms) still
      // find agency silent, so this holds for as long as it is stopped.
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const fast = await gql(stack.gateway, README_QUERY, {}, analyst);
        const ms = performance.now() - started;
        expect(reasonOf(fast), JSON.stringify(fast.errors)).toBe('circuit_open');
        expect(fast.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'agency' });
        expect(fast.data.suppliers.totalCount).toBeGreaterThan(0);
        expect(fast.data.suppliers.edges[0].node.name).toEqual(expect.any(String));
        expect(fast.data.suppliers.edges[0].node.country).toBeNull();
        expect(ms, 'a request past an open breaker does not wait for the deadline').toBeLessThan(1_000);
        await new Promise((r) => setTimeout(r, 700));
      }
      expect(await circuitState('agency')).not.toBe(0);
    } finally {
      agency.kill('SIGCONT');
    }
    // The next probe sees agency healthy and closes the breaker; answers are whole again.
    const deadline = Date.now() + 15_000;
    let whole = await gql(stack.gateway, README_QUERY, {}, analyst);
    while (whole.errors && Date.now() < deadline) {
      expect(reasonOf(whole)).toBe('circuit_open');
      await new Promise((r) => setTimeout(r, 200));
      whole = await gql(stack.gateway, README_QUERY, {}, analyst);
    }
    expect(whole.errors).toBeUndefined();
    expect(whole.data.suppliers.edges[0].node.country.name).toEqual(expect.any(String));
    expect(await circuitState('agency')).toBe(0);
  }, 120_000);
});
