import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditScope } from '../../subgraphs/audits/audit-scope.js';
import { submitAudits } from '../../subgraphs/audits/intake.js';
import { findAuditById, listAudits } from '../../subgraphs/audits/store/audits.js';
import { listSuppliers } from '../../subgraphs/audits/store/suppliers.js';
import { auditFilterSchema, supplierFilterSchema } from '../../subgraphs/audits/validation.js';
import { makeTempDir } from '../helpers/tmp.js';
import { auditInput, facility, openStore } from './fixtures.js';

const ALL: AuditScope = { kind: 'all' };
const ACME: AuditScope = { kind: 'partner', partnerOrgId: 'org-acme' };
const GLOBEX: AuditScope = { kind: 'partner', partnerOrgId: 'org-globex' };
const auditFilter = (f: Record<string, unknown> = {}) => auditFilterSchema.parse(f);
const supplierFilter = (f: Record<string, unknown> = {}) => supplierFilterSchema.parse(f);

describe('audits store: lists, filters and pagination', () => {
  const tmp = makeTempDir('audits-queries-');
  let store: Awaited<ReturnType<typeof openStore>>;
  const garments = facility();
  const shrimp = facility({
    name: 'Mahachai Shrimp',
    address: '9 Soi 3, Mahachai',
    countryCode: 'TH',
    sector: 'SEAFOOD_PROCESSING',
  });
  const boats = facility({ name: 'Songkhla Fleet', address: 'Pier 4, Songkhla', countryCode: 'TH', sector: 'FISHING' });

  beforeAll(async () => {
    store = await openStore(tmp.dir);
    const dates = ['2024-01-05', '2024-02-05', '2024-03-05', '2024-04-05', '2024-05-05'];
    await submitAudits(
      store.intake,
      'org-acme',
      dates.map((d) => ({ input: auditInput({ supplier: garments, auditDate: d }) })),
    );
    await submitAudits(store.intake, 'org-acme', [
      { input: auditInput({ supplier: shrimp, auditDate: '2024-02-20' }) },
    ]);
    await submitAudits(store.intake, 'org-globex', [
      { input: auditInput({ supplier: shrimp, auditDate: '2024-03-20' }) },
      { input: auditInput({ supplier: boats, auditDate: '2024-04-20' }) },
    ]);
  });
  afterAll(async () => {
    await store.close();
    tmp.remove();
  });

  it('pages audits newest first with a cursor and a total count', async () => {
    const first = await listAudits(store.db, auditFilter(), ALL, 3, null);
    expect(first.totalCount).toBe(8);
    expect(first.edges.map((e) => e.node.audit_date)).toEqual(['2024-05-05', '2024-04-20', '2024-04-05']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await listAudits(store.db, auditFilter(), ALL, 3, first.pageInfo.endCursor);
    expect(second.edges.map((e) => e.node.audit_date)).toEqual(['2024-03-20', '2024-03-05', '2024-02-20']);
    const third = await listAudits(store.db, auditFilter(), ALL, 3, second.pageInfo.endCursor);
    expect(third.edges.map((e) => e.node.audit_date)).toEqual(['2024-02-05', '2024-01-05']);
    expect(third.pageInfo).toEqual({ hasNextPage: false, endCursor: third.edges[1]!.cursor });
  });

  it('limits a partner to its own audits in lists, counts and lookups', async () => {
    const acme = await listAudits(store.db, auditFilter(), ACME, 50, null);
    const globex = await listAudits(store.db, auditFilter(), GLOBEX, 50, null);
    expect(acme.totalCount).toBe(6);
    expect(globex.totalCount).toBe(2);
    expect(globex.edges.every((e) => e.node.partner_org_id === 'org-globex')).toBe(true);
    const acmeAuditId = acme.edges[0]!.node.audit_id;
    expect(await findAuditById(store.db, acmeAuditId, ACME)).toBeDefined();
    expect(await findAuditById(store.db, acmeAuditId, GLOBEX)).toBeUndefined();
    // Asking for another partner's audits by filter yields nothing, not an error.
    expect((await listAudits(store.db, auditFilter({ partnerOrgId: 'org-acme' }), GLOBEX, 50, null)).totalCount).toBe(
      0,
    );
  });

  it('filters audits by country, sector, supplier, partner and date range', async () => {
    const count = async (f: Record<string, unknown>) =>
      (await listAudits(store.db, auditFilter(f), ALL, 50, null)).totalCount;
    expect(await count({ countryCode: 'TH' })).toBe(3);
    expect(await count({ countryCode: 'th', sector: 'FISHING' })).toBe(1);
    expect(await count({ sector: 'GARMENTS' })).toBe(5);
    expect(await count({ partnerOrgId: 'org-globex' })).toBe(2);
    expect(await count({ from: '2024-02-01', to: '2024-03-31' })).toBe(4);
    const shrimpId = (await listSuppliers(store.db, supplierFilter({ search: 'shrimp' }), 10, null)).edges[0]!.node
      .supplier_id;
    expect(await count({ supplierId: shrimpId })).toBe(2);
  });

  it('lists suppliers by name with country, sector and text filters', async () => {
    const all = await listSuppliers(store.db, supplierFilter(), 2, null);
    expect(all.totalCount).toBe(3);
    expect(all.edges.map((e) => e.node.name)).toEqual(['Mahachai Shrimp', 'PT. Ungaran Indah Busana']);
    const rest = await listSuppliers(store.db, supplierFilter(), 2, all.pageInfo.endCursor);
    expect(rest.edges.map((e) => e.node.name)).toEqual(['Songkhla Fleet']);
    expect((await listSuppliers(store.db, supplierFilter({ countryCode: 'TH' }), 10, null)).totalCount).toBe(2);
    expect((await listSuppliers(store.db, supplierFilter({ sector: 'FISHING' }), 10, null)).totalCount).toBe(1);
    expect((await listSuppliers(store.db, supplierFilter({ search: 'PIER 4' }), 10, null)).totalCount).toBe(1);
    expect((await listSuppliers(store.db, supplierFilter({ search: '%' }), 10, null)).totalCount).toBe(0);
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(listAudits(store.db, auditFilter(), ALL, 3, 'bm90LWEtY3Vyc29y')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
    const forged = Buffer.from(JSON.stringify(['not-a-date', 'x'])).toString('base64url');
    await expect(listAudits(store.db, auditFilter(), ALL, 3, forged)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  });
});
