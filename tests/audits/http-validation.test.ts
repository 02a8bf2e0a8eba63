import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, gql } from '../helpers/graphql.js';
import { PARTNER_A } from '../helpers/tokens.js';
import { makeTempDir } from '../helpers/tmp.js';
import { auditInput, countRows, facility, finding, startServer, SUBMIT } from './fixtures.js';

const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const ca = (o: Record<string, unknown>) => ({ description: 'Fix it', dueDate: '2024-06-30', ...o });

/** Each class of bad input, the submission carrying it, and the field the error must name. */
const BAD_SUBMISSIONS: [string, Record<string, unknown>, string][] = [
  ['unknown country', auditInput({ supplier: facility({ countryCode: 'XX' }) }), 'input.supplier.countryCode'],
  ['future audit date', auditInput({ auditDate: tomorrow }), 'input.auditDate'],
  ['due date before the audit', auditInput({ findings: [finding({ correctiveAction: ca({ dueDate: '2024-02-01' }) })] }), 'input.findings[0].correctiveAction.dueDate'],
  ['negative workers interviewed', auditInput({ workersInterviewed: -1 }), 'input.workersInterviewed'],
  ['too many workers interviewed', auditInput({ workersInterviewed: 100_001 }), 'input.workersInterviewed'],
  ['negative worker count', auditInput({ supplier: facility({ workerCount: -5 }) }), 'input.supplier.workerCount'],
  ['migrant share above 1', auditInput({ supplier: facility({ migrantWorkerShare: 1.5 }) }), 'input.supplier.migrantWorkerShare'],
  ['name too long', auditInput({ supplier: facility({ name: 'n'.repeat(201) }) }), 'input.supplier.name'],
  ['empty name', auditInput({ supplier: facility({ name: '   ' }) }), 'input.supplier.name'],
  ['address too long', auditInput({ supplier: facility({ address: 'a'.repeat(501) }) }), 'input.supplier.address'],
  ['description too long', auditInput({ findings: [finding({ description: 'd'.repeat(2001) })] }), 'input.findings[0].description'],
  ['too many goods', auditInput({ supplier: facility({ goods: Array.from({ length: 51 }, (_, i) => `good ${i}`) }) }), 'input.supplier.goods'],
  ['good name too long', auditInput({ supplier: facility({ goods: ['g'.repeat(101)] }) }), 'input.supplier.goods[0]'],
  ['too many findings', auditInput({ findings: Array.from({ length: 201 }, () => finding()) }), 'input.findings'],
  ['critical grading below S3', auditInput({ findings: [finding({ schemeSeverity: 'Zero Tolerance', severity: 'S2' })] }), 'input.findings[0].severity'],
  ['S0 with a corrective action', auditInput({ findings: [finding({ severity: 'S0', schemeSeverity: 'Compliant' })] }), 'input.findings[0].correctiveAction'],
  ['both supplierId and supplier', auditInput({ supplierId: 'x' }), 'input.supplierId'],
  ['neither supplierId nor supplier', auditInput({ supplier: null }), 'input.supplierId'],
  ['VERIFIED without verified date', auditInput({ findings: [finding({ correctiveAction: ca({ status: 'VERIFIED' }) })] }), 'input.findings[0].correctiveAction.verifiedDate'],
  ['closed date in the future', auditInput({ findings: [finding({ correctiveAction: ca({ status: 'CLOSED', closedDate: tomorrow }) })] }), 'input.findings[0].correctiveAction.closedDate'],
];

describe('audits subgraph: bad input over HTTP', () => {
  const tmp = makeTempDir('audits-http-validation-');
  let ctx: Awaited<ReturnType<typeof startServer>>;
  let partner: string;

  beforeAll(async () => {
    ctx = await startServer(tmp.dir);
    partner = await ctx.tokens.token('PARTNER', PARTNER_A);
    const seed = await gql(ctx.url, SUBMIT, { input: auditInput() }, partner);
    expect(seed.errors).toBeUndefined();
  });
  afterAll(async () => {
    await ctx.server.stop();
    tmp.remove();
  });

  it.each(BAD_SUBMISSIONS)('refuses %s as BAD_USER_INPUT naming the field, writing nothing', async (_name, input, field) => {
    const before = await countRows(ctx.server.db);
    const res = await gql(ctx.url, SUBMIT, { input }, partner);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(res.errors![0]!.message.startsWith(`${field}: `)).toBe(true);
    expect(await countRows(ctx.server.db)).toEqual(before);
  });

  it('refuses a whole batch when one item is bad, naming the item', async () => {
    const before = await countRows(ctx.server.db);
    const batch = `mutation($inputs: [SubmitAuditBatchItem!]!) { submitAudits(inputs: $inputs)
      { results { audit { id } } } }`;
    const inputs = [{ input: auditInput() }, { input: auditInput({ supplier: facility({ countryCode: 'ZZ', name: 'New One' }) }) }];
    const res = await gql(ctx.url, batch, { inputs }, partner);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs[1].input.supplier.countryCode' });
    const tooMany = Array.from({ length: 501 }, () => ({ input: auditInput({ findings: [] }) }));
    expect((await gql(ctx.url, batch, { inputs: tooMany }, partner)).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs' });
    expect(await countRows(ctx.server.db)).toEqual(before);
  });

  it('refuses malformed dates, idempotency keys, page sizes and filters', async () => {
    expect(errorCode(await gql(ctx.url, SUBMIT, { input: auditInput({ auditDate: '2024-02-30' }) }, partner))).toBe('BAD_USER_INPUT');
    const key = await gql(ctx.url, SUBMIT, { input: auditInput(), key: 'has spaces' }, partner);
    expect(key.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect((await gql(ctx.url, `{ audits(first: 201) { totalCount } }`, {}, partner)).errors![0]!.extensions).toMatchObject({ field: 'first' });
    expect((await gql(ctx.url, `{ suppliers(first: 0) { totalCount } }`, {}, partner)).errors![0]!.extensions).toMatchObject({ field: 'first' });
    expect((await gql(ctx.url, `{ suppliers(filter: { countryCode: "Thailand" }) { totalCount } }`, {}, partner)).errors![0]!.extensions).toMatchObject({
      field: 'filter.countryCode',
    });
    expect((await gql(ctx.url, `{ audits(filter: { from: "2024-05-01", to: "2024-01-01" }) { totalCount } }`, {}, partner)).errors![0]!.extensions).toMatchObject({
      field: 'filter.to',
    });
  });

  it('refuses a bad registerSupplier and corrective action update, writing nothing', async () => {
    const before = await countRows(ctx.server.db);
    const register = await gql(ctx.url, `mutation($i: SupplierInput!) { registerSupplier(input: $i) { matchedExisting } }`, { i: facility({ tier: 0 }) }, partner);
    expect(register.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tier' });
    const caRow = await ctx.server.db.selectFrom('corrective_actions').selectAll().executeTakeFirstOrThrow();
    const update = await gql(
      ctx.url,
      `mutation($id: ID!) { updateCorrectiveAction(id: $id, input: { status: VERIFIED }) { status } }`,
      { id: caRow.corrective_action_id },
      partner,
    );
    expect(update.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.verifiedDate' });
    expect(await countRows(ctx.server.db)).toEqual(before);
    const after = await ctx.server.db.selectFrom('corrective_actions').selectAll().where('corrective_action_id', '=', caRow.corrective_action_id).executeTakeFirstOrThrow();
    expect(after).toEqual(caRow);
  });

  it('takes no partnerOrgId from the input', async () => {
    const res = await gql(ctx.url, SUBMIT, { input: { ...auditInput(), partnerOrgId: 'org-evil' } }, partner);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await ctx.server.db.selectFrom('audits').select('partner_org_id').where('partner_org_id', '=', 'org-evil').execute()).toEqual([]);
  });
});
