/** Control and bidi formatting characters in audits mutation inputs, through the real server (lib/text-safety.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctiveActionPatchSchema } from '../../subgraphs/audits/validation.js';
import { errorCode, gql } from '../helpers/graphql.js';
import { makeTempDir } from '../helpers/tmp.js';
import { PARTNER_A } from '../helpers/tokens.js';
import { auditInput, countRows, facility, finding, startServer, SUBMIT } from './fixtures.js';

const REGISTER = `mutation($i: SupplierInput!) { registerSupplier(input: $i)
  { matchedExisting supplier { name address } } }`;
const BATCH = `mutation($inputs: [SubmitAuditBatchItem!]!) { submitAudits(inputs: $inputs)
  { results { audit { id } } } }`;
const ca = { description: 'Cap weekly hours', dueDate: '2024-06-30' };

/** Each unsafe string, the submission carrying it, the field the error must name and the code point it must quote. */
const BAD_SUBMISSIONS: [string, Record<string, unknown>, string, string][] = [
  ['a NUL byte in the supplier name', auditInput({ supplier: facility({ name: 'PT. Ungaran\u0000 Indah' }) }), 'input.supplier.name', 'U+0000'],
  ['a right-to-left override in the address', auditInput({ supplier: facility({ address: 'Jl. \u202e532 .oN' }) }), 'input.supplier.address', 'U+202E'],
  ['a leading vertical tab that trim() would drop', auditInput({ supplier: facility({ name: '\u000bPT. Ungaran' }) }), 'input.supplier.name', 'U+000B'],
  ['a bell in a good', auditInput({ supplier: facility({ goods: ['Garments', 'Shoes\u0007'] }) }), 'input.supplier.goods[1]', 'U+0007'],
  ['a left-to-right isolate in a finding description', auditInput({ findings: [finding({ description: 'hours \u2066ok\u2069' })] }), 'input.findings[0].description', 'U+2066'],
  ['a form feed in the scheme grading', auditInput({ findings: [finding({ schemeSeverity: 'Major\u000c' })] }), 'input.findings[0].schemeSeverity', 'U+000C'],
  ['DEL in a corrective action', auditInput({ findings: [finding({ correctiveAction: { ...ca, description: 'Fix\u007f' } })] }), 'input.findings[0].correctiveAction.description', 'U+007F'],
  ['an unknown supplier id with a control character', auditInput({ supplier: null, supplierId: 'sup-\u0001' }), 'input.supplierId', 'U+0001'],
];

describe('audits subgraph: control and bidi characters over HTTP', () => {
  const tmp = makeTempDir('audits-http-text-safety-');
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

  it.each(BAD_SUBMISSIONS)('submitAudit refuses %s as BAD_USER_INPUT naming the field, writing nothing', async (_name, input, field, codePoint) => {
    const before = await countRows(ctx.server.db);
    const res = await gql(ctx.url, SUBMIT, { input }, partner);
    expect(errorCode(res), JSON.stringify(res.errors)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions!.field).toBe(field);
    const message = res.errors![0]!.message;
    expect(message.startsWith(`${field}: must not contain control characters or bidirectional formatting controls (found ` +
            `${codePoint} at position `)).toBe(true);
    expect(await countRows(ctx.server.db)).toEqual(before);
  });

  it('refuses a whole batch when one item holds a control character, naming the item', async () => {
    const before = await countRows(ctx.server.db);
    const inputs = [{ input: auditInput() }, { input: auditInput({ supplier: facility({ name: 'Second\u001f Mill' }) }) }];
    const res = await gql(ctx.url, BATCH, { inputs }, partner);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs[1].input.supplier.name' });
    expect(await countRows(ctx.server.db)).toEqual(before);
  });

  it('registerSupplier refuses a bidi override, writing nothing', async () => {
    const before = await countRows(ctx.server.db);
    const res = await gql(ctx.url, REGISTER, { i: facility({ name: 'Acme \u202dMill' }) }, partner);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(res.errors![0]!.message).toContain('U+202D at position 5');
    expect(await countRows(ctx.server.db)).toEqual(before);
  });

  it('stores tab, newline, carriage return and right-to-left text as sent', async () => {
    const description = 'Overtime:\r\n\t60+ hours, שעות נוספות\u200f, ساعات إضافية';
    const res = await gql(ctx.url, SUBMIT, { input: auditInput({ supplier: facility({ name: 'Mill \u0e42\u0e23\u0e07' }), findings: [finding({ description })] }) }, partner);
    expect(res.errors).toBeUndefined();
    const stored = await ctx.server.db.selectFrom('findings').select('description').where('description', '=', description).execute();
    expect(stored).toHaveLength(1);
    const supplier = await gql(ctx.url, REGISTER, { i: facility({ name: 'Line\tMill', address: 'Road 1\nUnit 2' }) }, partner);
    expect(supplier.errors).toBeUndefined();
    expect(supplier.data.registerSupplier.supplier).toEqual({ name: 'Line\tMill', address: 'Road 1\nUnit 2' });
  });
});

describe('audits: control characters in a corrective action patch', () => {
  it('refuses them in the schema the resolver uses (GraphQL Date scalars stop them first over HTTP)', () => {
    const result = correctiveActionPatchSchema.safeParse({ status: 'CLOSED', closedDate: '2024-05-01\u202e' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['closedDate'], message: expect.stringContaining('U+202E at position 10') });
    expect(correctiveActionPatchSchema.parse({ status: 'CLOSED', closedDate: '2024-05-01' })).toMatchObject({ status: 'CLOSED' });
  });
});
