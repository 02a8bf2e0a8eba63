/**
 * Partner isolation on the real, seeded stack (DESIGN §5): partner org-globex tries every path to org-acme's
 * audits — lookups by id, lists and counts, Supplier.audits, findings and corrective actions, entity
 * references on the subgraphs directly, risk drivers, hotspots and profiles, error messages and idempotency
 * keys. Every answer globex gets is recorded; none may hold an acme audit id, finding id or finding text.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.js';
import {
  ACME, GLOBEX, HOTSPOTS, RISK, SUBMIT, acme, acmeOnly, acmeSecretsIn, auditInput, demo, globexFindings, normalised, setUpIsolationWorld, shared,
  type IsolationWorld,
} from './fixtures/isolation-world.js';
import { codesOf } from './fixtures/response-checks.js';

describe('partner isolation: org-globex never learns about org-acme audits', () => {
  let w: IsolationWorld;

  beforeAll(async () => {
    w = await setUpIsolationWorld();
  }, 240_000);

  afterAll(async () => {
    await w?.stack.close();
  });

  it('answers audit(id) for an acme audit exactly like a missing id', async () => {
    const query = 'query ($id: ID!) { audit(id: $id) { id partnerOrgId findings { id description } } }';
    const missing = normalised(await w.asGlobex(query, { id: 'aud-99999' }), 'aud-99999');
    expect(missing).toEqual({ data: { audit: null } });
    for (const id of [[...acme.auditIds][0]!, w.marker.auditId]) expect(normalised(await w.asGlobex(query, { id }), id)).toEqual(missing);
  });

  it('keeps acme audits out of the audits list, its filters and every totalCount', async () => {
    const page = `query ($after: String) { audits(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { id partnerOrgId findings { id description correctiveAction { id description } } } } } }`;
    const nodes: { partnerOrgId: string; findings: { id: string }[] }[] = [];
    let after: string | null = null;
    let totalCount = 0;
    do {
      const response = await w.asGlobex(page, { after });
      expect(response.errors).toBeUndefined();
      totalCount = response.data.audits.totalCount;
      nodes.push(...response.data.audits.edges.map((e: { node: (typeof nodes)[number] }) => e.node));
      after = response.data.audits.pageInfo.hasNextPage ? response.data.audits.pageInfo.endCursor : null;
    } while (after);
    expect(totalCount).toBe(demo.auditCount(GLOBEX));
    expect(nodes).toHaveLength(totalCount);
    expect(new Set(nodes.map((n) => n.partnerOrgId))).toEqual(new Set([GLOBEX]));
    expect(nodes.flatMap((n) => n.findings.map((f) => f.id)).every((id) => globexFindings.has(id))).toBe(true);

    const count = async (filter: string) => (await w.asGlobex(`{ audits(filter: ${filter}) { totalCount } }`)).data.audits.totalCount;
    expect(await count(`{ partnerOrgId: "${ACME}" }`)).toBe(0);
    expect(await count(`{ partnerOrgId: "${ACME}", supplierId: "${shared}" }`)).toBe(0);
    expect(await count(`{ supplierId: "${shared}" }`)).toBe(demo.auditCount(GLOBEX, shared));
    expect(await count(`{ supplierId: "${acmeOnly}" }`)).toBe(await count(`{ supplierId: "${w.unaudited}" }`));
  });

  it('shows only globex audits under Supplier.audits, also reached through Country.suppliers', async () => {
    const query = `query ($id: ID!) { supplier(id: $id) { country { code } sector
      audits(first: 50) { totalCount edges { node { id partnerOrgId findings { id description } } } } } }`;
    const both = await w.asGlobex(query, { id: shared });
    expect(both.data.supplier.audits.totalCount).toBe(demo.auditCount(GLOBEX, shared));
    expect(new Set(both.data.supplier.audits.edges.map((e: { node: { partnerOrgId: string } }) => e.node.partnerOrgId))).toEqual(new Set([GLOBEX]));
    const sole = await w.asGlobex(query, { id: acmeOnly });
    const none = await w.asGlobex(query, { id: w.unaudited });
    expect(sole.data.supplier.audits).toEqual({ totalCount: 0, edges: [] });
    expect(none.data.supplier.audits).toEqual(sole.data.supplier.audits);

    const { country, sector } = both.data.supplier;
    const nested = await w.asGlobex(`{ country(code: "${country.code}") { suppliers(first: 10, sector: ${sector}) { edges { node { id
      audits(first: 10) { totalCount edges { node { partnerOrgId findings { id description } } } } } } } } }`);
    expect(nested.errors).toBeUndefined();
    const partners = nested.data.country.suppliers.edges.flatMap((e: any) => e.node.audits.edges.map((a: any) => a.node.partnerOrgId));
    expect(new Set(partners)).toEqual(new Set([GLOBEX]));
  });

  it('refuses updateCorrectiveAction on acme corrective actions exactly like a missing id, and changes nothing', async () => {
    const mutation = 'mutation ($id: ID!) { updateCorrectiveAction(id: $id, input: { status: IN_PROGRESS }) { id status description } }';
    const missing = normalised(await w.asGlobex(mutation, { id: 'cap-999999' }), 'cap-999999');
    expect(missing.data).toBeNull();
    expect(missing.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['NOT_FOUND']);
    const open = acme.correctiveActions.find((c) => c.status === 'OPEN')!;
    const verified = acme.correctiveActions.find((c) => c.status === 'VERIFIED')!;
    for (const id of [open.id, verified.id, w.marker.correctiveActionId]) expect(normalised(await w.asGlobex(mutation, { id }), id)).toEqual(missing);
    const after = await gql(w.stack.gateway, `{ audit(id: "${w.marker.auditId}") { findings { correctiveAction { status } } } }`, {}, w.token.analyst);
    expect(after.data.audit.findings[0].correctiveAction.status).toBe('OPEN');
  });

  it('resolves entity references on the audits subgraph directly with the same row rule', async () => {
    const suppliers = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Supplier { id audits(first: 50) { totalCount edges { node { id partnerOrgId } } } } } }`;
    const direct = await w.asGlobex(suppliers, { r: [{ __typename: 'Supplier', id: shared }, { __typename: 'Supplier', id: acmeOnly }] }, w.stack.urls.audits);
    expect(direct.errors).toBeUndefined();
    const [both, sole] = direct.data._entities;
    expect(both.audits.totalCount).toBe(demo.auditCount(GLOBEX, shared));
    expect(new Set(both.audits.edges.map((e: { node: { partnerOrgId: string } }) => e.node.partnerOrgId))).toEqual(new Set([GLOBEX]));
    expect(sole.audits).toEqual({ totalCount: 0, edges: [] });

    const audits = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    const missing = normalised(await w.asGlobex(audits, { r: [{ __typename: 'Audit', id: 'aud-99999' }] }, w.stack.urls.audits), 'aud-99999');
    expect(missing.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    for (const id of [[...acme.auditIds][1]!, w.marker.auditId]) {
      expect(normalised(await w.asGlobex(audits, { r: [{ __typename: 'Audit', id }] }, w.stack.urls.audits), id)).toEqual(missing);
    }
  });

  it("shows acme's findings in Supplier.risk only as one aggregate OTHER_PARTNERS_EVIDENCE driver", async () => {
    const analyst = await gql(w.stack.gateway, RISK, { id: shared }, w.token.analyst);
    expect(analyst.data.supplier.risk.drivers.map((d: { findingId: string }) => d.findingId)).toContain(w.marker.findingId);
    const viaGateway = await w.asGlobex(RISK, { id: shared });
    const viaInsights = await w.asGlobex(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Supplier { risk { score band drivers { kind label contribution findingId iloIndicator severity auditDate } } } } }',
      { r: [{ __typename: 'Supplier', id: shared }] },
      w.stack.urls.insights,
    );
    for (const risk of [viaGateway.data.supplier.risk, viaInsights.data._entities[0].risk]) {
      const others = risk.drivers.filter((d: { kind: string }) => d.kind === 'OTHER_PARTNERS_EVIDENCE');
      expect(others).toHaveLength(1);
      expect(others[0]).toMatchObject({ label: "Findings from other partners' audits", findingId: null, iloIndicator: null, severity: null, auditDate: null });
      expect(others[0].contribution).toBeGreaterThan(0);
      const listed = risk.drivers.filter((d: { findingId: string | null }) => d.findingId !== null);
      expect(listed.every((d: { findingId: string }) => globexFindings.has(d.findingId))).toBe(true);
      expect(risk.drivers.some((d: { kind: string }) => d.kind === 'AUDIT_EVIDENCE')).toBe(false);
    }
    expect(viaInsights.data._entities[0].risk).toEqual(viaGateway.data.supplier.risk);
    const sole = await w.asGlobex(RISK, { id: acmeOnly });
    const none = await w.asGlobex(RISK, { id: w.unaudited });
    expect(sole.data).toEqual({ supplier: { risk: null } });
    expect(none.data).toEqual(sole.data);
  });

  it('shows globex hotspot cells and country profiles only where two other partners stand behind them, with the analyst numbers', async () => {
    for (const grouping of ['COUNTRY', 'COUNTRY_SECTOR'] as const) {
      const key = (c: { country: { code: string } | null; sector: string | null }) => (grouping === 'COUNTRY' ? c.country!.code : `${c.country!.code}|${c.sector}`);
      const all = (await gql(w.stack.gateway, HOTSPOTS, { g: grouping }, w.token.analyst)).data.riskHotspots;
      const mine = (await w.asGlobex(HOTSPOTS, { g: grouping })).data.riskHotspots;
      const partnersByCell = demo.partnersByCell(grouping);
      const analystCells = new Map<string, { partners: number }>(all.cells.map((c: Parameters<typeof key>[0]) => [key(c), c]));
      for (const [cell, value] of analystCells) expect(value.partners, cell).toBe(partnersByCell.get(cell)?.size ?? 0);
      for (const cell of mine.cells) {
        expect(cell).toEqual(analystCells.get(key(cell)));
        const others = [...partnersByCell.get(key(cell))!].filter((p) => p !== GLOBEX);
        expect(cell.auditedSuppliers, key(cell)).toBeGreaterThanOrEqual(3);
        expect(others.length, key(cell)).toBeGreaterThanOrEqual(2);
      }
      expect(mine.withheldCells).toBe(all.cells.length - mine.cells.length);
      if (grouping === 'COUNTRY_SECTOR') expect(mine.withheldCells).toBeGreaterThan(0);
    }
    const countries = (await gql(w.stack.gateway, HOTSPOTS, { g: 'COUNTRY' }, w.token.analyst)).data.riskHotspots.cells;
    const visible = new Set((await w.asGlobex(HOTSPOTS, { g: 'COUNTRY' })).data.riskHotspots.cells.map((c: any) => c.country.code));
    for (const cell of countries) {
      const profile = `{ country(code: "${cell.country.code}") { riskProfile { suppliers audited partners bands { low medium high severe } topDrivers { kind iloIndicator label } } } }`;
      const theirs = (await w.asGlobex(profile)).data.country.riskProfile;
      if (!visible.has(cell.country.code)) expect(theirs, cell.country.code).toBeNull();
      else expect(theirs, cell.country.code).toMatchObject({ suppliers: cell.suppliers, audited: cell.auditedSuppliers, partners: cell.partners, bands: cell.bands });
    }
  });

  it("scopes idempotency keys to the partner: reusing acme's key never replays acme's audit nor reveals it was used", async () => {
    const same = auditInput({ type: 'PERIODIC', announcement: 'ANNOUNCED' });
    const sameKey = `shared-key-${randomUUID()}`;
    const first = await gql(w.stack.gateway, SUBMIT, { input: same, key: sameKey }, w.token.acme);
    const acmeAudit = first.data.submitAudit.audit.id as string;
    acme.auditIds.add(acmeAudit);
    expect((await gql(w.stack.gateway, SUBMIT, { input: same, key: sameKey }, w.token.acme)).data.submitAudit).toMatchObject({ replayed: true, audit: { id: acmeAudit } });

    const theirs = await w.asGlobex(SUBMIT, { input: same, key: sameKey });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data.submitAudit).toMatchObject({ replayed: false, audit: { partnerOrgId: GLOBEX } });
    expect(theirs.data.submitAudit.audit.id).not.toBe(acmeAudit);
    const again = await w.asGlobex(SUBMIT, { input: same, key: sameKey });
    expect(again.data.submitAudit).toMatchObject({ replayed: true, audit: { id: theirs.data.submitAudit.audit.id } });

    const otherKey = `shared-key-${randomUUID()}`;
    acme.auditIds.add((await gql(w.stack.gateway, SUBMIT, { input: same, key: otherKey }, w.token.acme)).data.submitAudit.audit.id);
    const otherBody = await w.asGlobex(SUBMIT, { input: auditInput({ workersInterviewed: 21 }), key: otherKey });
    expect(codesOf(otherBody)).toEqual([]);
    expect(otherBody.data.submitAudit).toMatchObject({ replayed: false, audit: { partnerOrgId: GLOBEX } });
  });

  it('never shows globex an acme audit id, finding id or finding description, on any path', async () => {
    // The scan finds what it looks for: the analyst's view of the shared supplier is full of acme's audits.
    const analyst = await gql(w.stack.gateway, `{ supplier(id: "${shared}") { audits(first: 50) { edges { node { id findings { id description } } } } } }`, {}, w.token.analyst);
    expect(acmeSecretsIn([JSON.stringify(analyst.data)])).toEqual(expect.arrayContaining([w.marker.auditId, w.marker.findingId, w.marker.description]));
    expect(w.seen.length).toBeGreaterThan(40);
    expect(acmeSecretsIn(w.seen)).toEqual([]);
  });
});
