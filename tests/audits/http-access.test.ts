import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, gql } from '../helpers/graphql.js';
import { PARTNER_A, PARTNER_B } from '../helpers/tokens.js';
import { makeTempDir } from '../helpers/tmp.js';
import { auditInput, startServer, SUBMIT } from './fixtures.js';

describe('audits subgraph: roles and partner isolation over HTTP', () => {
  const tmp = makeTempDir('audits-http-access-');
  let ctx: Awaited<ReturnType<typeof startServer>>;
  const token: Record<string, string> = {};
  let auditA: string;
  let supplierId: string;

  beforeAll(async () => {
    ctx = await startServer(tmp.dir);
    token.a = await ctx.tokens.token('PARTNER', PARTNER_A);
    token.b = await ctx.tokens.token('PARTNER', PARTNER_B);
    for (const role of ['ANALYST', 'POLICY', 'AGENCY', 'WAREHOUSE'] as const) token[role] = await ctx.tokens.token(role);
    const res = await gql(ctx.url, SUBMIT, { input: auditInput() }, token.a);
    expect(res.errors).toBeUndefined();
    auditA = res.data.submitAudit.audit.id;
    supplierId = res.data.submitAudit.audit.supplier.id;
  });
  afterAll(async () => {
    await ctx.server.stop();
    tmp.remove();
  });

  it('records the partner from the token as the submitter', async () => {
    const res = await gql(ctx.url, `query($id: ID!) { audit(id: $id) { partnerOrgId findings { severity correctiveAction { status } } } }`, { id: auditA }, token.a);
    expect(res.data.audit).toEqual({
      partnerOrgId: PARTNER_A.org_id,
      findings: [{ severity: 'S3', correctiveAction: { status: 'OPEN' } }, { severity: 'S0', correctiveAction: null }],
    });
  });

  it("answers partner B's lookup of partner A's audit exactly like a missing id", async () => {
    const theirs = await gql(ctx.url, `query($id: ID!) { audit(id: $id) { id } }`, { id: auditA }, token.b);
    const missing = await gql(ctx.url, `query($id: ID!) { audit(id: $id) { id } }`, { id: 'no-such-audit' }, token.b);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data).toEqual({ audit: null });
    expect(missing.data).toEqual({ audit: null });
  });

  it("keeps partner A's audit out of partner B's lists, counts and Supplier.audits", async () => {
    const query = `query($s: ID!) {
      audits(first: 50) { totalCount edges { node { id } } }
      filtered: audits(filter: { partnerOrgId: "${PARTNER_A.org_id}" }) { totalCount }
      supplier(id: $s) { name audits { totalCount edges { node { id } } } }
    }`;
    const b = await gql(ctx.url, query, { s: supplierId }, token.b);
    expect(b.errors).toBeUndefined();
    expect(b.data.audits).toEqual({ totalCount: 0, edges: [] });
    expect(b.data.filtered.totalCount).toBe(0);
    expect(b.data.supplier).toEqual({ name: 'PT. Ungaran Indah Busana', audits: { totalCount: 0, edges: [] } });
    const a = await gql(ctx.url, query, { s: supplierId }, token.a);
    expect(a.data.audits.totalCount).toBe(1);
    expect(a.data.supplier.audits.edges).toEqual([{ node: { id: auditA } }]);
  });

  it('applies the same rule when the supplier is resolved as a federation entity', async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps)
      { ... on Supplier { id audits { totalCount } } } }`;
    const reps = [{ __typename: 'Supplier', id: supplierId }];
    expect((await gql(ctx.url, query, { reps }, token.b)).data._entities).toEqual([{ id: supplierId, audits: { totalCount: 0 } }]);
    expect((await gql(ctx.url, query, { reps }, token.a)).data._entities).toEqual([{ id: supplierId, audits: { totalCount: 1 } }]);
    const country = `query($reps: [_Any!]!) { _entities(representations: $reps)
      { ... on Country { code suppliers(sector: GARMENTS) { totalCount } } } }`;
    expect((await gql(ctx.url, country, { reps: [{ __typename: 'Country', code: 'ID' }] }, token.POLICY)).data._entities).toEqual([
      { code: 'ID', suppliers: { totalCount: 1 } },
    ]);
  });

  it('lets analysts read every audit', async () => {
    await gql(ctx.url, SUBMIT, { input: auditInput({ auditDate: '2024-03-02' }) }, token.b);
    const res = await gql(ctx.url, `{ audits { totalCount } }`, {}, token.ANALYST);
    expect(res.data.audits.totalCount).toBe(2);
  });

  it('gives policy officers and agencies the supplier registry but no audit details', async () => {
    for (const role of ['POLICY', 'AGENCY']) {
      const registry = await gql(ctx.url, `{ suppliers { totalCount edges { node { name country { code } } } } }`, {}, token[role]);
      expect(registry.errors).toBeUndefined();
      expect(registry.data.suppliers.totalCount).toBe(1);
      expect(errorCode(await gql(ctx.url, `{ audits { totalCount } }`, {}, token[role]))).toBe('FORBIDDEN');
      expect(errorCode(await gql(ctx.url, `query($id: ID!) { audit(id: $id) { id } }`, { id: auditA }, token[role]))).toBe('FORBIDDEN');
      expect(errorCode(await gql(ctx.url, `query($s: ID!) { supplier(id: $s) { audits { totalCount } } }`, { s: supplierId }, token[role]))).toBe('FORBIDDEN');
    }
  });

  it('lets only partners write', async () => {
    for (const role of ['ANALYST', 'POLICY', 'AGENCY', 'WAREHOUSE']) {
      expect(errorCode(await gql(ctx.url, SUBMIT, { input: auditInput() }, token[role]))).toBe('FORBIDDEN');
    }
    const register = `mutation($i: SupplierInput!) { registerSupplier(input: $i) { matchedExisting } }`;
    expect(errorCode(await gql(ctx.url, register, { i: auditInput().supplier }, token.ANALYST))).toBe('FORBIDDEN');
    expect((await gql(ctx.url, register, { i: auditInput().supplier }, token.b)).data).toEqual({ registerSupplier: { matchedExisting: true } });
  });

  it('gives the warehouse nothing but its change feed', async () => {
    expect(errorCode(await gql(ctx.url, `{ suppliers { totalCount } }`, {}, token.WAREHOUSE))).toBe('FORBIDDEN');
    expect(errorCode(await gql(ctx.url, `{ audits { totalCount } }`, {}, token.WAREHOUSE))).toBe('FORBIDDEN');
  });

  it("lets partner B change none of partner A's corrective actions, answering like a missing id", async () => {
    const row = await ctx.server.db.selectFrom('corrective_actions').select('corrective_action_id').executeTakeFirstOrThrow();
    const update = `mutation($id: ID!) { updateCorrectiveAction(id: $id, input: { status: IN_PROGRESS }) { status } }`;
    const res = await gql(ctx.url, update, { id: row.corrective_action_id }, token.b);
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(res.errors![0]!.message).toBe(`CorrectiveAction ${row.corrective_action_id} does not exist or is not visible to you`);
  });

  it('answers callers without a valid token UNAUTHENTICATED', async () => {
    const none = await gql(ctx.url, `{ suppliers { totalCount } }`);
    expect(none.status).toBe(401);
    expect(errorCode(none)).toBe('UNAUTHENTICATED');
    const forged = await gql(ctx.url, `{ suppliers { totalCount } }`, {}, `${token.a!.slice(0, -4)}AAAA`);
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
  });
});
