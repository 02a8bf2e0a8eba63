/**
 * The foundation end to end: real subgraph processes and the real gateway on loopback. An audit submitted
 * through the gateway is read back across subgraphs (supplier → audits → findings → country), idempotency
 * holds, and each class of bad input is refused with BAD_USER_INPUT while nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, gql } from '../helpers/graphql.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

let stack: TestStack;
let partner: string;
let analyst: string;

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitAuditInput!, $key: String) {
    submitAudit(input: $input, idempotencyKey: $key) {
      replayed
      audit {
        id
        supplier {
          id
        }
        findings {
          id
        }
      }
    }
  }
`;

const READ_BACK = /* GraphQL */ `
  query ReadBack($id: ID!) {
    supplier(id: $id) {
      name
      country {
        code
        name
        region
      }
      audits(first: 10) {
        totalCount
        edges {
          node {
            scheme
            auditDate
            findings {
              iloIndicator
              severity
              correctiveAction {
                status
                dueDate
              }
            }
          }
        }
      }
    }
  }
`;

function auditInput(overrides: Record<string, unknown> = {}) {
  return {
    supplier: {
      name: 'PT. Ungaran Indah Busana',
      address: 'Jl. Gatot Subroto 12, Ungaran',
      countryCode: 'ID',
      sector: 'GARMENTS',
      goods: ['Garments'],
      workerCount: 1200,
      migrantWorkerShare: 0.1,
      tier: 1,
    },
    scheme: 'SMETA',
    type: 'INITIAL',
    announcement: 'UNANNOUNCED',
    auditDate: '2025-03-14',
    workersInterviewed: 40,
    findings: [
      {
        iloIndicator: 'RETENTION_OF_IDENTITY_DOCUMENTS',
        schemeSeverity: 'Non-compliance',
        severity: 'S3',
        description: 'Passports held by the dormitory office',
        correctiveAction: { description: 'Return passports; lockers', dueDate: '2025-12-31', status: 'OPEN' },
      },
    ],
    ...overrides,
  };
}

async function countAudits(): Promise<number> {
  const response = await gql(stack.gateway, '{ audits(first: 1) { totalCount } }', {}, analyst);
  return response.data.audits.totalCount;
}

beforeAll(async () => {
  stack = await startTestStack({ without: ['warehouse', 'insights', 'dashboards'] });
  partner = await stack.tokens.token('PARTNER', { org_id: 'org-acme' });
  analyst = await stack.tokens.token('ANALYST');
}, 120_000);

afterAll(async () => {
  await stack?.close();
});

describe('foundation: an audit through the gateway', () => {
  it('is read back across subgraphs: supplier → audits → findings → country', async () => {
    const submitted = await gql(stack.gateway, SUBMIT, { input: auditInput(), key: 'e2e-1' }, partner);
    expect(submitted.errors).toBeUndefined();
    const supplierId = submitted.data.submitAudit.audit.supplier.id;

    const read = await gql(stack.gateway, READ_BACK, { id: supplierId }, partner);
    expect(read.errors).toBeUndefined();
    expect(read.data.supplier).toMatchObject({
      name: 'PT. Ungaran Indah Busana',
      country: { code: 'ID', name: 'Indonesia', region: 'Asia' },
      audits: {
        totalCount: 1,
        edges: [
          {
            node: {
              scheme: 'SMETA',
              auditDate: '2025-03-14',
              findings: [
                {
                  iloIndicator: 'RETENTION_OF_IDENTITY_DOCUMENTS',
                  severity: 'S3',
                  correctiveAction: { status: 'OPEN', dueDate: '2025-12-31' },
                },
              ],
            },
          },
        ],
      },
    });
  });

  it('matches the same facility written differently instead of creating a duplicate', async () => {
    const first = await gql(stack.gateway, SUBMIT, { input: auditInput({ auditDate: '2025-05-01' }) }, partner);
    const renamed = auditInput({ auditDate: '2025-06-01' });
    (renamed.supplier as Record<string, unknown>).name = 'Ungaran Indah Busana PT';
    const second = await gql(stack.gateway, SUBMIT, { input: renamed }, partner);
    expect(second.errors).toBeUndefined();
    expect(second.data.submitAudit.audit.supplier.id).toBe(first.data.submitAudit.audit.supplier.id);
  });

  it('honours the idempotency key: same body replays, another body is refused', async () => {
    const before = await countAudits();
    const a = await gql(
      stack.gateway,
      SUBMIT,
      { input: auditInput({ auditDate: '2025-07-01' }), key: 'e2e-idem' },
      partner,
    );
    const b = await gql(
      stack.gateway,
      SUBMIT,
      { input: auditInput({ auditDate: '2025-07-01' }), key: 'e2e-idem' },
      partner,
    );
    expect(b.data.submitAudit).toMatchObject({ replayed: true, audit: { id: a.data.submitAudit.audit.id } });
    const c = await gql(
      stack.gateway,
      SUBMIT,
      { input: auditInput({ auditDate: '2025-07-02' }), key: 'e2e-idem' },
      partner,
    );
    expect(errorCode(c)).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await countAudits()).toBe(before + 1);
  });

  const badInputs: [string, Record<string, unknown>, string][] = [
    ['an unknown ISO country', { supplier: { ...auditInput().supplier, countryCode: 'XX' } }, 'countryCode'],
    ['a future audit date', { auditDate: '2999-01-01' }, 'auditDate'],
    ['a negative worker count', { workersInterviewed: -1 }, 'workersInterviewed'],
    [
      'a migrant share above 1',
      { supplier: { ...auditInput().supplier, migrantWorkerShare: 1.5 } },
      'migrantWorkerShare',
    ],
    ['an over-long name', { supplier: { ...auditInput().supplier, name: 'x'.repeat(5000) } }, 'name'],
    ['an impossible calendar date', { auditDate: '2025-02-30' }, 'auditDate'],
  ];
  for (const [label, overrides, field] of badInputs) {
    it(`refuses ${label} with BAD_USER_INPUT naming the field, writing nothing`, async () => {
      const before = await countAudits();
      const response = await gql(stack.gateway, SUBMIT, { input: auditInput(overrides) }, partner);
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.message).toContain(field);
      expect(await countAudits()).toBe(before);
    });
  }

  it('refuses an unknown enum value before any subgraph is called', async () => {
    const response = await gql(stack.gateway, SUBMIT, { input: auditInput({ scheme: 'NOT_A_SCHEME' }) }, partner);
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });
});
