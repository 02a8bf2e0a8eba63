/**
 * Supplier.correctiveActionCounts through the real gateway: the stack starts on an audits store holding
 * action-counts-world.ts (two partners' audits of one shared supplier, tombstoned rows), and each role asks for
 * the counts of every supplier in one request. A partner is told only about its own audits' actions (the
 * privacy rule), an analyst about all; agencies and policy officers are refused as for Supplier.audits; tombstoned
 * rows count for nothing; "overdue" is what CorrectiveAction.isOverdue says; the counts follow an update.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../lib/store/open-store.js';
import type { DB } from '../../subgraphs/audits/db-types.js';
import { IntakeQueue } from '../../subgraphs/audits/store/intake/queue.js';
import { gql, errorCode } from '../helpers/graphql.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';
import { PARTNER_A, PARTNER_B } from '../helpers/tokens.js';
import { EXPECTED, writeActionCountsWorld, type ActionCountsWorld, type Counts } from './action-counts-world.js';

const MIGRATIONS = fileURLToPath(new URL('../../subgraphs/audits/migrations', import.meta.url));
const SUPPLIERS = ['shared', 'acmeOnly', 'globexOnly', 'allDone'] as const;

const COUNTS = `{ suppliers(first: 50) { edges { node { id correctiveActionCounts { open overdue } } } } }`;
/** Every action the caller may see, with the API's own overdue flag, to count by hand. */
const ACTIONS = `query ($id: ID!) { supplier(id: $id) { audits(first: 20) { totalCount edges { node {
  partnerOrgId findings { correctiveAction { id status isOverdue } } } } } } }`;

interface ActionSeen {
  id: string;
  status: string;
  isOverdue: boolean;
}

describe('Supplier.correctiveActionCounts through the gateway', () => {
  let stack: TestStack;
  let world: ActionCountsWorld;
  const tokens: Record<'acme' | 'globex' | 'analyst' | 'agency' | 'policy', string> = {} as never;

  beforeAll(async () => {
    stack = await startTestStack({
      without: ['warehouse', 'dashboards'],
      // Written as a DuckDB file before the services start (moved to PostgreSQL under npm run test:postgres).
      before: async (dataDir) => {
        const store = await openStore<DB>({ service: 'audits', dataDir, migrationsDir: MIGRATIONS });
        try {
          world = await writeActionCountsWorld(new IntakeQueue(store.db), store.db);
        } finally {
          await store.close();
        }
      },
    });
    tokens.acme = await stack.tokens.token('PARTNER', PARTNER_A);
    tokens.globex = await stack.tokens.token('PARTNER', PARTNER_B);
    tokens.analyst = await stack.tokens.token('ANALYST');
    tokens.agency = await stack.tokens.token('AGENCY');
    tokens.policy = await stack.tokens.token('POLICY');
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
  });

  async function countsFor(token: string): Promise<Record<string, Counts>> {
    const response = await gql(stack.gateway, COUNTS, {}, token);
    expect(response.errors).toBeUndefined();
    const edges = response.data.suppliers.edges as { node: { id: string; correctiveActionCounts: Counts } }[];
    return Object.fromEntries(edges.map((e) => [e.node.id, e.node.correctiveActionCounts]));
  }

  async function actionsSeen(token: string, supplierId: string): Promise<ActionSeen[]> {
    const response = await gql(stack.gateway, ACTIONS, { id: supplierId }, token);
    expect(response.errors).toBeUndefined();
    const { edges, totalCount } = response.data.supplier.audits;
    expect(edges).toHaveLength(totalCount);
    return edges.flatMap((e: { node: { findings: { correctiveAction: ActionSeen | null }[] } }) =>
      e.node.findings.flatMap((f) => (f.correctiveAction ? [f.correctiveAction] : [])),
    );
  }

  it('tells each partner about its own audits only and an analyst about all, tombstones left out', async () => {
    for (const caller of ['acme', 'globex', 'analyst'] as const) {
      const counts = await countsFor(tokens[caller]);
      for (const supplier of SUPPLIERS)
        expect(counts[world[supplier]], `${caller} on ${supplier}`).toEqual(EXPECTED[caller][supplier]);
    }
  });

  it('counts exactly the open actions the caller can list, and as overdue those whose isOverdue is true', async () => {
    for (const caller of ['acme', 'globex', 'analyst'] as const) {
      const counts = await countsFor(tokens[caller]);
      for (const supplier of SUPPLIERS) {
        const open = (await actionsSeen(tokens[caller], world[supplier])).filter(
          (a) => a.status !== 'CLOSED' && a.status !== 'VERIFIED',
        );
        expect(counts[world[supplier]], `${caller} on ${supplier}`).toEqual({
          open: open.length,
          overdue: open.filter((a) => a.isOverdue).length,
        });
      }
    }
  });

  it('refuses agencies and policy officers, as Supplier.audits does', async () => {
    const query = `query ($id: ID!) { supplier(id: $id) { id correctiveActionCounts { open overdue } } }`;
    for (const caller of ['agency', 'policy'] as const) {
      const response = await gql(stack.gateway, query, { id: world.shared }, tokens[caller]);
      expect(errorCode(response), caller).toBe('FORBIDDEN');
      expect(response.errors![0]!.path).toEqual(['supplier', 'correctiveActionCounts']);
      expect(JSON.stringify(response.data)).not.toMatch(/"open"|"overdue"/);
    }
  });

  it('follows an update: an overdue action its partner closes leaves both counts, for that partner only', async () => {
    const overdue = (await actionsSeen(tokens.acme, world.shared)).find((a) => a.isOverdue)!;
    const update = `mutation ($id: ID!, $input: UpdateCorrectiveActionInput!) {
      updateCorrectiveAction(id: $id, input: $input) { status isOverdue } }`;
    const today = new Date().toISOString().slice(0, 10);
    const closed = await gql(
      stack.gateway,
      update,
      { id: overdue.id, input: { status: 'CLOSED', closedDate: today } },
      tokens.acme,
    );
    expect(closed.data?.updateCorrectiveAction).toEqual({ status: 'CLOSED', isOverdue: false });
    const before = EXPECTED.acme.shared;
    expect((await countsFor(tokens.acme))[world.shared]).toEqual({
      open: before.open - 1,
      overdue: before.overdue - 1,
    });
    expect((await countsFor(tokens.globex))[world.shared]).toEqual(EXPECTED.globex.shared);
    const all = EXPECTED.analyst.shared;
    expect((await countsFor(tokens.analyst))[world.shared]).toEqual({ open: all.open - 1, overdue: all.overdue - 1 });
  });
});
