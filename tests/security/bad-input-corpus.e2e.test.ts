/**
 * A corpus of malformed and hostile requests against the gateway of the real stack (real subgraphs, real
 * DuckDB files). None gets a 500, every answer carries a coded error or data and no stack trace or path, and a
 * refused request writes nothing (row counts read by an analyst before and after). Injection-looking and
 * unusual Unicode text is stored as data and read back exactly as sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';
import { LITERALS, PROBES, REGISTER, supplierInput } from './fixtures/bad-input-probes.js';
import { codesOf, expectCodedAnswer, expectNoInternals } from './fixtures/response-checks.js';

const COUNTS = '{ suppliers(first: 1) { totalCount } audits(first: 1) { totalCount } campaigns(first: 1) { totalCount } indicatorFeeds(first: 1) { totalCount } }';
const SUBMIT = `mutation ($input: SubmitAuditInput!) { submitAudit(input: $input) {
  audit { id supplier { id name address goods } findings { schemeSeverity description correctiveAction { description } } } } }`;

describe('bad input through the gateway: never a 500, never a trace, nothing written when refused', () => {
  let stack: TestStack;
  let partner: string;
  let analyst: string;

  const rowCounts = async () => {
    const response = await gql(stack.gateway, COUNTS, {}, analyst);
    expect(response.errors).toBeUndefined();
    return response.data;
  };

  beforeAll(async () => {
    stack = await startTestStack({ without: ['warehouse', 'insights', 'dashboards'] });
    partner = await stack.tokens.token('PARTNER');
    analyst = await stack.tokens.token('ANALYST');
    // A supplier to start from, so a stray write or delete would show in the counts.
    expect((await gql(stack.gateway, REGISTER, { input: supplierInput() }, partner)).errors).toBeUndefined();
  }, 180_000);

  afterAll(async () => {
    await stack?.close();
  });

  for (const probe of PROBES) {
    it(`answers ${probe.name} with ${probe.status ?? 'a client status'}${probe.code ? ` ${probe.code}` : ''}`, async () => {
      const before = await rowCounts();
      const headers: Record<string, string> = { authorization: `Bearer ${partner}`, 'apollo-require-preflight': 'true' };
      if (probe.contentType !== null) headers['content-type'] = probe.contentType ?? 'application/json';
      const method = probe.method ?? 'POST';
      const response = await fetch(`${stack.gateway}${probe.search ?? ''}`, { method, headers, body: method === 'GET' ? undefined : probe.body });
      const text = await response.text();
      expect(response.status, text.slice(0, 300)).toBeLessThan(500);
      if (probe.status) expect(response.status, text.slice(0, 300)).toBe(probe.status);
      expectNoInternals(text);
      const body = JSON.parse(text);
      for (const answer of Array.isArray(body) ? body : [body]) expectCodedAnswer(answer);
      if (probe.code) expect(codesOf(Array.isArray(body) ? body[0] : body)[0]).toBe(probe.code);
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
    const read = await gql(stack.gateway, `query ($id: ID!) { audit(id: $id) { supplier { name address } findings { schemeSeverity description correctiveAction { description } } } }`, { id: submitted.data.submitAudit.audit.id }, partner);
    expect(read.data.audit.supplier).toEqual({ name: "Injection Audit Co'; --", address: '<img src=x onerror=alert(1)>' });
    const byText = (a: { description: string }, b: { description: string }) => (a.description < b.description ? -1 : 1);
    const expected = LITERALS.map((literal) => ({ schemeSeverity: literal, description: literal, correctiveAction: { description: literal } }));
    expect([...read.data.audit.findings].sort(byText)).toEqual(expected.sort(byText));
  });

  it('still serves ordinary requests after the corpus', async () => {
    const counts = await rowCounts();
    expect(counts.suppliers.totalCount).toBeGreaterThan(LITERALS.length);
    expect(counts.audits.totalCount).toBe(1);
  });
});
