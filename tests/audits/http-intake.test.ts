import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, gql } from '../helpers/graphql.js';
import { PARTNER_A } from '../helpers/tokens.js';
import { makeTempDir } from '../helpers/tmp.js';
import { auditInput, countRows, facility, finding, startServer, SUBMIT } from './fixtures.js';

const BATCH = `mutation($inputs: [SubmitAuditBatchItem!]!) {
  submitAudits(inputs: $inputs) { results { replayed audit { id auditDate findings { id } } } }
}`;

describe('audits subgraph: intake over HTTP', () => {
  const tmp = makeTempDir('audits-http-intake-');
  let ctx: Awaited<ReturnType<typeof startServer>>;
  let partner: string;

  beforeAll(async () => {
    ctx = await startServer(tmp.dir);
    partner = await ctx.tokens.token('PARTNER', PARTNER_A);
  });
  afterAll(async () => {
    await ctx.server.stop();
    tmp.remove();
  });

  it('returns the first audit for a retried idempotency key and refuses the key with another body', async () => {
    const first = await gql(ctx.url, SUBMIT, { input: auditInput(), key: 'retry-1' }, partner);
    const again = await gql(ctx.url, SUBMIT, { input: auditInput(), key: 'retry-1' }, partner);
    expect(first.data.submitAudit.replayed).toBe(false);
    expect(again.data.submitAudit).toEqual({ ...first.data.submitAudit, replayed: true });
    const other = await gql(ctx.url, SUBMIT, { input: auditInput({ workersInterviewed: 3 }), key: 'retry-1' }, partner);
    expect(errorCode(other)).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('writes one audit for concurrent duplicate requests', async () => {
    const before = await countRows(ctx.server.db);
    const responses = await Promise.all(Array.from({ length: 20 }, () => gql(ctx.url, SUBMIT, { input: auditInput({ auditDate: '2024-02-02' }), key: 'dup-http' }, partner)));
    expect(new Set(responses.map((r) => r.data.submitAudit.audit.id)).size).toBe(1);
    expect((await countRows(ctx.server.db)).audits).toBe(before.audits + 1);
  });

  it('shows nested supplier, findings and corrective actions of a submitted audit', async () => {
    const res = await gql(ctx.url, SUBMIT, { input: auditInput() }, partner);
    expect(res.data.submitAudit.audit).toMatchObject({
      partnerOrgId: PARTNER_A.org_id,
      auditDate: '2024-03-01',
      supplier: { name: 'PT. Ungaran Indah Busana', country: { code: 'ID' } },
      findings: [
        { severity: 'S3', iloIndicator: 'EXCESSIVE_OVERTIME', correctiveAction: { status: 'OPEN', dueDate: '2024-06-30', isOverdue: true } },
        { severity: 'S0', iloIndicator: 'DEBT_BONDAGE', correctiveAction: null },
      ],
    });
  });

  it('registers a supplier once and accepts audits by its id', async () => {
    const register = `mutation($i: SupplierInput!) { registerSupplier(input: $i)
      { matchedExisting supplier { id name goods tier } } }`;
    const mill = facility({ name: 'Surat Textile Mills Pvt. Ltd.', address: 'Plot 12, GIDC Sachin, Surat', countryCode: 'IN', goods: ['Cotton', 'Garments'] });
    const created = await gql(ctx.url, register, { i: mill }, partner);
    const matched = await gql(ctx.url, register, { i: { ...mill, name: 'SURAT TEXTILE MILLS' } }, partner);
    expect(created.data.registerSupplier).toMatchObject({ matchedExisting: false, supplier: { name: mill.name, goods: ['Cotton', 'Garments'], tier: 1 } });
    expect(matched.data.registerSupplier).toEqual({ ...created.data.registerSupplier, matchedExisting: true });
    const id = created.data.registerSupplier.supplier.id;
    const audit = await gql(ctx.url, SUBMIT, { input: auditInput({ supplier: null, supplierId: id }) }, partner);
    expect(audit.data.submitAudit.audit.supplier.id).toBe(id);
  });

  it('updates a corrective action through its state rules', async () => {
    const res = await gql(ctx.url, `{ audits(first: 1) { edges { node { findings { correctiveAction { id } } } } } }`, {}, partner);
    const id = res.data.audits.edges[0].node.findings[0].correctiveAction.id;
    const update = `mutation($id: ID!, $input: UpdateCorrectiveActionInput!) {
      updateCorrectiveAction(id: $id, input: $input) { status closedDate verifiedDate isOverdue }
    }`;
    const closed = await gql(ctx.url, update, { id, input: { status: 'CLOSED', closedDate: '2024-05-01' } }, partner);
    expect(closed.data.updateCorrectiveAction).toEqual({ status: 'CLOSED', closedDate: '2024-05-01', verifiedDate: null, isOverdue: false });
    const verified = await gql(ctx.url, update, { id, input: { status: 'VERIFIED', verifiedDate: '2024-05-20' } }, partner);
    expect(verified.data.updateCorrectiveAction).toMatchObject({ status: 'VERIFIED', verifiedDate: '2024-05-20' });
  });

  it('pages the registry and lists a country’s suppliers', async () => {
    const page = await gql(ctx.url, `{ suppliers(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`, {}, partner);
    expect(page.data.suppliers.totalCount).toBe(2);
    expect(page.data.suppliers.pageInfo.hasNextPage).toBe(true);
    const next = await gql(ctx.url, `query($after: String) {
      suppliers(first: 1, after: $after) { edges { node { name } } pageInfo { hasNextPage } } }`, { after: page.data.suppliers.pageInfo.endCursor }, partner);
    expect([page.data.suppliers.edges[0].node.name, next.data.suppliers.edges[0].node.name]).toEqual(['PT. Ungaran Indah Busana', 'Surat Textile Mills Pvt. Ltd.']);
    expect(next.data.suppliers.pageInfo.hasNextPage).toBe(false);
    const search = await gql(ctx.url, `{ suppliers(filter: { search: "surat", countryCode: "IN", sector: GARMENTS }) { totalCount } }`, {}, partner);
    expect(search.data.suppliers.totalCount).toBe(1);
  });

  it('takes a batch of 500 audits with 10 findings each in one request, losing none', async () => {
    const before = await countRows(ctx.server.db);
    const findings = Array.from({ length: 10 }, (_, i) => finding({ description: `Finding ${i}` }));
    const inputs = Array.from({ length: 500 }, (_, i) => ({
      idempotencyKey: `bulk-${i}`,
      input: auditInput({ supplier: facility({ name: `Factory ${i % 50}` }), findings }),
    }));
    const res = await gql(ctx.url, BATCH, { inputs }, partner);
    expect(res.errors).toBeUndefined();
    expect(res.data.submitAudits.results).toHaveLength(500);
    expect(new Set(res.data.submitAudits.results.map((r: any) => r.audit.id)).size).toBe(500);
    expect(res.data.submitAudits.results.every((r: any) => r.audit.findings.length === 10)).toBe(true);
    expect(await countRows(ctx.server.db)).toEqual({
      suppliers: before.suppliers + 50,
      audits: before.audits + 500,
      findings: before.findings + 5000,
      corrective_actions: before.corrective_actions + 5000,
      idempotency_keys: before.idempotency_keys + 500,
    });
    const replay = await gql(ctx.url, BATCH, { inputs: inputs.slice(0, 3) }, partner);
    expect(replay.data.submitAudits.results.map((r: any) => r.replayed)).toEqual([true, true, true]);
    expect(replay.data.submitAudits.results.map((r: any) => r.audit.id)).toEqual(res.data.submitAudits.results.slice(0, 3).map((r: any) => r.audit.id));
  });
});
