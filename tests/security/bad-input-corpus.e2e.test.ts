/**
 * A corpus of malformed and hostile requests against the gateway of the real stack (real subgraphs, real
 * DuckDB files). None gets a 500, every answer carries a coded error or data and no stack trace or path, and a
 * refused request writes nothing (row counts read by an analyst before and after). Injection-looking and
 * unusual Unicode text is stored as data and read back exactly as sent. Every mutation takes an idempotency key:
 * a retry returns the first answer and writes nothing more; the same key with other arguments is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';
import { feedInput, LITERALS, PROBES, REGISTER, SUBMIT_FEED, supplierInput } from './fixtures/bad-input-probes.js';
import { codesOf, expectCodedAnswer, expectNoInternals } from './fixtures/response-checks.js';

const COUNTS = '{ suppliers(first: 1) { totalCount } audits(first: 1) { totalCount } campaigns(first: 1) { totalCount } ' +
    'indicatorFeeds(first: 1) { totalCount } }';
const SUBMIT = `mutation ($input: SubmitAuditInput!) { submitAudit(input: $input) {
  audit { id supplier { id name address goods } findings { schemeSeverity description correctiveAction { description } }
    } } }`;

describe('bad input through the gateway: never a 500, never a trace, nothing written when refused', () => {
  let stack: TestStack;
  let partner: string;
  let analyst: string;
  let agency: string;

  const rowCounts = async () => {
    const response = await gql(stack.gateway, COUNTS, {}, analyst);
    expect(response.errors).toBeUndefined();
    return response.data;
  };

  beforeAll(async () => {
    stack = await startTestStack({ without: ['warehouse', 'insights', 'dashboards'] });
    partner = await stack.tokens.token('PARTNER');
    analyst = await stack.tokens.token('ANALYST');
    agency = await stack.tokens.token('AGENCY');
    // A supplier to start from, so a stray write or delete would show in the counts.
    expect((await gql(stack.gateway, REGISTER, { input: supplierInput() }, partner)).errors).toBeUndefined();
  }, 180_000);

  afterAll(async () => {
    await stack?.close();
  });

  for (const probe of PROBES) {
    const expected = `${probe.status ?? 'a client status'}${probe.code ? ` ${probe.code}` : ''}`;
    it(`answers ${probe.name} with ${expected}`, async () => {
      const before = await rowCounts();
      const token = { PARTNER: partner, AGENCY: agency, ANALYST: analyst }[probe.role ?? 'PARTNER'];
      const headers: Record<string, string> = { authorization: `${probe.scheme ?? 'Bearer'} ${token}`, 'apollo-require-preflight': 'true' };
      if (probe.contentType !== null) headers['content-type'] = probe.contentType ?? 'application/json';
      const method = probe.method ?? 'POST';
      const bytes = typeof probe.body === 'string' ? Buffer.from(probe.body) : probe.body;
      // A stream body goes out with Transfer-Encoding: chunked, in 64 KB pieces.
      const payload =
        probe.chunked && bytes
          ? new ReadableStream({
              start(controller) {
                for (let at = 0; at < bytes.length; at += 65_536) controller.enqueue(bytes.subarray(at, at + 65_536));
                controller.close();
              },
            })
          : bytes;
      const init = { method, headers, body: method === 'GET' ? undefined : payload, ...(probe.chunked ? { duplex: 'half' } : {}) };
      const response = await fetch(`${stack.gateway}${probe.search ?? ''}`, init as RequestInit);
      const text = await response.text();
      expect(response.status, text.slice(0, 300)).toBeLessThan(500);
      if (probe.status) expect(response.status, text.slice(0, 300)).toBe(probe.status);
      expectNoInternals(text);
      const body = JSON.parse(text);
      for (const answer of Array.isArray(body) ? body : [body]) expectCodedAnswer(answer);
      if (probe.code) expect(codesOf(Array.isArray(body) ? body[0] : body)[0], text.slice(0, 300)).toBe(probe.code);
      if (probe.message) expect(body.errors?.[0]?.message, text.slice(0, 300)).toMatch(probe.message);
      if (probe.ok) expect(body.errors, text.slice(0, 300)).toBeUndefined();
      if (probe.refused) {
        for (const answer of Array.isArray(body) ? body : [body]) expect(codesOf(answer).length, text.slice(0, 300)).toBeGreaterThan(0);
        expect(await rowCounts()).toEqual(before);
      }
    });
  }

  it('stores injection-looking and unusual Unicode supplier text as data and returns it literally', async () => {
    const before = await rowCounts();
    for (const [i, literal] of LITERALS.entries()) {
      const input = supplierInput({ name: `${literal} #${i}`, address: literal, goods: [literal] });
      const registered = await gql(stack.gateway, REGISTER, { input }, partner);
      expect(registered.errors, literal).toBeUndefined();
      const read = await gql(stack.gateway, 'query ($id: ID!) { supplier(id: $id) { name address goods } }', { id: registered.data.registerSupplier.supplier.id }, analyst);
      expect(read.data.supplier, literal).toEqual({ name: `${literal} #${i}`, address: literal, goods: [literal] });
      const found = await gql(stack.gateway, 'query ($s: String) { suppliers(filter: { search: $s }) { totalCount } }', { s: `${literal} #${i}` }, analyst);
      expect(found.errors, literal).toBeUndefined();
    }
    const after = await rowCounts();
    expect(after.suppliers.totalCount).toBe(before.suppliers.totalCount + LITERALS.length);
    expect(after.audits).toEqual(before.audits);
  });

  it('stores injection-looking audit text as data and returns it literally', async () => {
    const findings = LITERALS.map((literal) => ({
      iloIndicator: 'RETENTION_OF_IDENTITY_DOCUMENTS',
      schemeSeverity: literal,
      severity: 'S2',
      description: literal,
      correctiveAction: { description: literal, dueDate: '2025-12-31' },
    }));
    const input = {
      supplier: supplierInput({ name: "Injection Audit Co'; --", address: '<img src=x onerror=alert(1)>' }),
      scheme: 'SMETA',
      type: 'INITIAL',
      announcement: 'ANNOUNCED',
      auditDate: '2025-03-14',
      workersInterviewed: 30,
      findings,
    };
    const submitted = await gql(stack.gateway, SUBMIT, { input }, partner);
    expect(submitted.errors).toBeUndefined();
    const read = await gql(stack.gateway, `query ($id: ID!) { audit(id: $id) { supplier { name address } findings
        { schemeSeverity description correctiveAction { description } } } }`, { id: submitted.data.submitAudit.audit.id }, partner);
    expect(read.data.audit.supplier).toEqual({ name: "Injection Audit Co'; --", address: '<img src=x onerror=alert(1)>' });
    const byText = (a: { description: string }, b: { description: string }) => (a.description < b.description ? -1 : 1);
    const expected = LITERALS.map((literal) => ({ schemeSeverity: literal, description: literal, correctiveAction: { description: literal } }));
    expect([...read.data.audit.findings].sort(byText)).toEqual(expected.sort(byText));
  });

  describe('idempotency keys on every mutation', () => {
    const REUSED = 'IDEMPOTENCY_KEY_REUSED';
    const revisionsOf = async (feedId: string) => {
      const read = await gql(stack.gateway, '{ indicatorFeeds(first: 10) { edges { node { id revisions { revision } } } } }', {}, analyst);
      expect(read.errors).toBeUndefined();
      return read.data.indicatorFeeds.edges.find((e: any) => e.node.id === feedId)?.node.revisions.length ?? 0;
    };

    it('submitIndicatorFeed: a retry gets its revision, concurrent ones write once, a new body refused', async () => {
      const first = await gql(stack.gateway, SUBMIT_FEED, { input: feedInput(11), key: 'feed-retry-1' }, agency);
      expect(first.errors).toBeUndefined();
      const feedId = first.data.submitIndicatorFeed.id;
      const revisions = await revisionsOf(feedId);
      const retries = await Promise.all(Array.from({ length: 8 }, () => gql(stack.gateway, SUBMIT_FEED, { input: feedInput(11), key: 'feed-retry-1' }, agency)));
      for (const retry of retries) expect(retry.data?.submitIndicatorFeed, JSON.stringify(retry.errors)).toEqual(first.data.submitIndicatorFeed);
      const reused = await gql(stack.gateway, SUBMIT_FEED, { input: feedInput(12), key: 'feed-retry-1' }, agency);
      expect(reused.errors?.[0]?.extensions).toMatchObject({ code: REUSED, field: 'idempotencyKey' });
      expect(await revisionsOf(feedId)).toBe(revisions);
      // Without a key, a second submission is a new revision, as documented.
      expect((await gql(stack.gateway, SUBMIT_FEED, { input: feedInput(12) }, agency)).data.submitIndicatorFeed.revision).toBe(first.data.submitIndicatorFeed.revision + 1);
      const badKey = await gql(stack.gateway, SUBMIT_FEED, { input: feedInput(13), key: 'has spaces' }, agency);
      expect(badKey.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
      expect(await revisionsOf(feedId)).toBe(revisions + 1);
    });

    it('createActionPeriod: a retry returns the created period instead of "already exists"', async () => {
      const CREATE = 'mutation ($input: CreateActionPeriodInput!, $key: String) { createActionPeriod(input: $input, ' +
          'idempotencyKey: $key) { id startDate } }';
      const input = { number: 40, startDate: '2040-01-01', endDate: '2040-06-30' };
      const first = await gql(stack.gateway, CREATE, { input, key: 'period-40' }, analyst);
      expect(first.errors).toBeUndefined();
      expect((await gql(stack.gateway, CREATE, { input, key: 'period-40' }, analyst)).data).toEqual(first.data);
      const reused = await gql(stack.gateway, CREATE, { input: { ...input, endDate: '2040-07-31' }, key: 'period-40' }, analyst);
      expect(reused.errors?.[0]?.extensions?.code).toBe(REUSED);
      expect((await gql(stack.gateway, CREATE, { input }, analyst)).errors?.[0]?.message).toMatch(/JPA40 already exists/);
    });

    it('createCampaign/upsertCampaignMetrics: retries get the first answer, write nothing; bounds', async () => {
      const CREATE = 'mutation ($input: CreateCampaignInput!, $key: String) { createCampaign(input: $input, idempotencyKey: ' +
          '$key) { id name } }';
      const UPSERT = `mutation ($id: ID!, $metrics: [CampaignMetricInput!]!, $key: String) {
        upsertCampaignMetrics(campaignId: $id, metrics: $metrics, idempotencyKey: $key) {
          inserted updated unchanged } }`;
      const input = { name: 'Know your rights', countryCode: 'TH', audience: 'MIGRANT_WORKERS', channels: ['RADIO'], languages: ['my'], startDate: '2024-01-01', endDate: '2024-12-31' };
      const before = await rowCounts();
      const first = await gql(stack.gateway, CREATE, { input, key: 'campaign-1' }, analyst);
      expect(first.errors).toBeUndefined();
      expect((await gql(stack.gateway, CREATE, { input, key: 'campaign-1' }, analyst)).data).toEqual(first.data);
      expect((await gql(stack.gateway, CREATE, { input: { ...input, name: 'Other' }, key: 'campaign-1' }, analyst)).errors?.[0]?.extensions?.code).toBe(REUSED);
      expect((await rowCounts()).campaigns.totalCount).toBe(before.campaigns.totalCount + 1);

      const id = first.data.createCampaign.id;
      const day = { date: '2024-03-01', channel: 'RADIO', impressions: 1000, reach: 800, engagements: 10, hotlineContacts: 3, reportsToAuthorities: 1 };
      const written = await gql(stack.gateway, UPSERT, { id, metrics: [day], key: 'metrics-1' }, analyst);
      expect(written.data.upsertCampaignMetrics).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
      expect((await gql(stack.gateway, UPSERT, { id, metrics: [day], key: 'metrics-1' }, analyst)).data).toEqual(written.data);
      const other = await gql(stack.gateway, UPSERT, { id, metrics: [{ ...day, reach: 900 }], key: 'metrics-1' }, analyst);
      expect(other.errors?.[0]?.extensions?.code).toBe(REUSED);

      // Plausibility bounds on metric counts: fits a GraphQL Int, refused as implausible, nothing written.
      for (const [field, value, bound] of [['impressions', 2_000_000_000, 1_000_000_000], ['hotlineContacts', 5_000_000, 1_000_000]] as const) {
        const refused = await gql(stack.gateway, UPSERT, { id, metrics: [{ ...day, date: '2024-03-02', [field]: value }] }, analyst);
        expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `metrics[0].${field}` });
        expect(refused.errors?.[0]?.message).toContain(`at most ${bound}`);
      }
      const totals = await gql(stack.gateway, 'query ($id: ID!) { campaign(id: $id) { totals { impressions } } }', { id }, analyst);
      expect(totals.data.campaign.totals.impressions).toBe(1000);
    });
  });

  it('still serves ordinary requests after the corpus', async () => {
    const counts = await rowCounts();
    expect(counts.suppliers.totalCount).toBeGreaterThan(LITERALS.length);
    expect(counts.audits.totalCount).toBe(1);
  });
});
