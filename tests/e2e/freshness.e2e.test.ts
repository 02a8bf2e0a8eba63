/**
 * Freshness in the running stack: an audit submitted through the gateway shows in `Supplier.risk` after the
 * warehouse's next sync + build + snapshot swap, with every service a real process and the demo data loaded.
 * (How long it takes is measured in bench/, not asserted here; the test allows a generous bound.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../demo/seed.js';
import { gql } from '../helpers/graphql.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

let stack: TestStack;
let analyst: string;
let partner: string;

const RISK = /* GraphQL */ `
  query Risk($id: ID!) {
    supplier(id: $id) {
      id
      risk {
        score
        band
        override
        asOf
        drivers {
          kind
          contribution
        }
      }
    }
  }
`;

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  stack = await startTestStack({
    without: ['dashboards'],
    syncIntervalSeconds: 2,
    before: (dir) => seedDemoData(dir, { seed: 42 }),
  });
  analyst = await stack.tokens.token('ANALYST');
  partner = await stack.tokens.token('PARTNER', { org_id: 'org-acme' });
  // The first build is published shortly after start.
  await waitFor(async () => {
    const r = await gql(stack.gateway, '{ warehouseStatus { buildId } }', {}, analyst);
    return r.data?.warehouseStatus?.buildId ?? undefined;
  }, 90_000);
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

describe('freshness: audit submitted → risk visible', () => {
  it('reflects a new open S4 finding in Supplier.risk after the next warehouse tick', async () => {
    const page = await gql(
      stack.gateway,
      '{ suppliers(first: 100) { edges { node { id risk { band override } } } } }',
      {},
      analyst,
    );
    expect(page.errors).toBeUndefined();
    const target = page.data.suppliers.edges
      .map((e: any) => e.node)
      .find((n: any) => n.risk && n.risk.override === null && n.risk.band !== 'SEVERE');
    expect(target).toBeDefined();

    const today = new Date().toISOString().slice(0, 10);
    const submitted = await gql(
      stack.gateway,
      `mutation($input: SubmitAuditInput!) { submitAudit(input: $input) { audit { id } } }`,
      {
        input: {
          supplierId: target.id,
          scheme: 'AMFORI_BSCI',
          type: 'FOLLOW_UP',
          announcement: 'UNANNOUNCED',
          auditDate: today,
          workersInterviewed: 25,
          findings: [
            {
              iloIndicator: 'DEBT_BONDAGE',
              schemeSeverity: 'Zero tolerance',
              severity: 'S4',
              description: 'Recruitment fees deducted from wages',
              correctiveAction: { description: 'Repay fees', dueDate: today, status: 'OPEN' },
            },
          ],
        },
      },
      partner,
    );
    expect(submitted.errors).toBeUndefined();
    const submittedAt = Date.now();

    const risk = await waitFor(async () => {
      const r = await gql(stack.gateway, RISK, { id: target.id }, analyst);
      const value = r.data?.supplier?.risk;
      return value && value.band === 'SEVERE' && value.override ? value : undefined;
    }, 60_000);
    const seconds = (Date.now() - submittedAt) / 1000;
    console.log(`freshness: risk visible ${seconds.toFixed(1)} s after the audit was acknowledged`);
    expect(risk.drivers.reduce((sum: number, d: any) => sum + d.contribution, 0)).toBeCloseTo(risk.score, 0);
  });
});
