/**
 * Partner isolation on the real, seeded stack (DESIGN §5), audit paths: partner org-globex tries to reach
 * org-acme's audits by id, through lists, filters and counts, Supplier.audits (also under Country.suppliers),
 * Supplier.correctiveActionCounts, corrective-action updates, entity references on the audits subgraph directly,
 * and alerts (query, stream). Every answer globex gets is recorded; none may hold an acme audit id, finding id or
 * finding text. The insights and idempotency paths are in partner-isolation-insights.e2e.test.ts; each file runs
 * its own world (fixtures/isolation-world.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.js';
import {
  ACME,
  GLOBEX,
  acme,
  acmeOnly,
  demo,
  globexFindings,
  normalised,
  setUpIsolationWorld,
  shared,
  type IsolationWorld,
} from './fixtures/isolation-world.js';
import { expectNoAcmeSecretsSeen } from './partner-isolation-scan.js';

describe('partner isolation: org-globex never learns about org-acme audits (audit paths)', () => {
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
    for (const id of [[...acme.auditIds][0]!, w.marker.auditId])
      expect(normalised(await w.asGlobex(query, { id }), id)).toEqual(missing);
  });

  it('keeps acme audits out of the audits list, its filters and every totalCount', async () => {
    const page = `query ($after: String) { audits(first: 50, after: $after)
      { totalCount pageInfo { hasNextPage endCursor }
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

    const count = async (filter: string) =>
      (await w.asGlobex(`{ audits(filter: ${filter}) { totalCount } }`)).data.audits.totalCount;
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
    expect(
      new Set(both.data.supplier.audits.edges.map((e: { node: { partnerOrgId: string } }) => e.node.partnerOrgId)),
    ).toEqual(new Set([GLOBEX]));
    const sole = await w.asGlobex(query, { id: acmeOnly });
    const none = await w.asGlobex(query, { id: w.unaudited });
    expect(sole.data.supplier.audits).toEqual({ totalCount: 0, edges: [] });
    expect(none.data.supplier.audits).toEqual(sole.data.supplier.audits);

    const { country, sector } = both.data.supplier;
    const nested =
      await w.asGlobex(`{ country(code: "${country.code}") { suppliers(first: 10, sector: ${sector}) { edges { node { id
      audits(first: 10) { totalCount edges { node { partnerOrgId findings { id description } } } } } } } } }`);
    expect(nested.errors).toBeUndefined();
    const partners = nested.data.country.suppliers.edges.flatMap((e: any) =>
      e.node.audits.edges.map((a: any) => a.node.partnerOrgId),
    );
    expect(new Set(partners)).toEqual(new Set([GLOBEX]));
  });

  it('counts only globex corrective actions in Supplier.correctiveActionCounts', async () => {
    const query = `query ($id: ID!) { supplier(id: $id) { correctiveActionCounts { open overdue }
      audits(first: 50) { totalCount edges { node { findings { correctiveAction { status isOverdue } } } } } } }`;
    const counts = async (id: string, token?: string) => {
      const response = token ? await gql(w.stack.gateway, query, { id }, token) : await w.asGlobex(query, { id });
      expect(response.errors).toBeUndefined();
      return response.data.supplier;
    };
    const both = await counts(shared);
    expect(both.audits.edges).toHaveLength(both.audits.totalCount);
    const open = both.audits.edges
      .flatMap((e: any) => e.node.findings.map((f: any) => f.correctiveAction))
      .filter((a: any) => a && a.status !== 'CLOSED' && a.status !== 'VERIFIED');
    expect(both.correctiveActionCounts).toEqual({
      open: open.length,
      overdue: open.filter((a: any) => a.isOverdue).length,
    });
    // acme's open actions exist (an analyst counts them) and change nothing globex is told.
    const all = await counts(acmeOnly, w.token.analyst);
    expect(all.correctiveActionCounts.open).toBeGreaterThan(0);
    expect((await counts(shared, w.token.analyst)).correctiveActionCounts.open).toBeGreaterThan(open.length);
    expect((await counts(acmeOnly)).correctiveActionCounts).toEqual({ open: 0, overdue: 0 });
    expect((await counts(w.unaudited)).correctiveActionCounts).toEqual({ open: 0, overdue: 0 });
  });

  it('refuses updateCorrectiveAction on acme corrective actions just like a missing id, changing nothing', async () => {
    const mutation =
      'mutation ($id: ID!) { updateCorrectiveAction(id: $id, input: { status: IN_PROGRESS }) { id status ' +
      'description } }';
    const missing = normalised(await w.asGlobex(mutation, { id: 'cap-999999' }), 'cap-999999');
    expect(missing.data).toBeNull();
    expect(missing.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['NOT_FOUND']);
    const open = acme.correctiveActions.find((c) => c.status === 'OPEN')!;
    const verified = acme.correctiveActions.find((c) => c.status === 'VERIFIED')!;
    for (const id of [open.id, verified.id, w.marker.correctiveActionId])
      expect(normalised(await w.asGlobex(mutation, { id }), id)).toEqual(missing);
    const after = await gql(
      w.stack.gateway,
      `{ audit(id: "${w.marker.auditId}") { findings { correctiveAction { status } } } }`,
      {},
      w.token.analyst,
    );
    expect(after.data.audit.findings[0].correctiveAction.status).toBe('OPEN');
  });

  it('resolves entity references on the audits subgraph directly with the same row rule', async () => {
    const suppliers = `query ($r: [_Any!]!) { _entities(representations: $r)
      { ... on Supplier { id audits(first: 50) { totalCount edges { node { id partnerOrgId } } } } } }`;
    const direct = await w.asGlobex(
      suppliers,
      {
        r: [
          { __typename: 'Supplier', id: shared },
          { __typename: 'Supplier', id: acmeOnly },
        ],
      },
      w.stack.urls.audits,
    );
    expect(direct.errors).toBeUndefined();
    const [both, sole] = direct.data._entities;
    expect(both.audits.totalCount).toBe(demo.auditCount(GLOBEX, shared));
    expect(new Set(both.audits.edges.map((e: { node: { partnerOrgId: string } }) => e.node.partnerOrgId))).toEqual(
      new Set([GLOBEX]),
    );
    expect(sole.audits).toEqual({ totalCount: 0, edges: [] });

    const audits = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
    const missing = normalised(
      await w.asGlobex(audits, { r: [{ __typename: 'Audit', id: 'aud-99999' }] }, w.stack.urls.audits),
      'aud-99999',
    );
    expect(missing.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    for (const id of [[...acme.auditIds][1]!, w.marker.auditId]) {
      expect(
        normalised(await w.asGlobex(audits, { r: [{ __typename: 'Audit', id }] }, w.stack.urls.audits), id),
      ).toEqual(missing);
    }
  });

  it('keeps acme alerts from globex: the alerts query, acknowledging by id, and the live stream', async () => {
    const fields = 'id cursor kind partnerOrgId auditId findingId correctiveActionId iloIndicator supplier { id name }';
    // The scan below would see the acme alert: the analyst's view holds the marker's audit and finding.
    const analyst = await gql(
      w.stack.gateway,
      `{ alerts(first: 200) { edges { node { ${fields} } } } }`,
      {},
      w.token.analyst,
    );
    const marker = analyst.data.alerts.edges
      .map((e: { node: any }) => e.node)
      .find((a: any) => a.findingId === w.marker.findingId);
    expect(marker).toMatchObject({ kind: 'ZERO_TOLERANCE_FINDING', auditId: w.marker.auditId, partnerOrgId: ACME });

    const globex = await w.asGlobex(`{ alerts(first: 200) { unacknowledgedCount edges { node { ${fields} } } } }`);
    expect(globex.errors).toBeUndefined();
    for (const { node } of globex.data.alerts.edges)
      expect(node.partnerOrgId === GLOBEX || node.kind === 'SUPPLIER_SEVERE').toBe(true);
    const ack = 'mutation ($id: ID!) { acknowledgeAlert(id: $id) { id auditId } }';
    const missing = normalised(await w.asGlobex(ack, { id: 'alert-99999' }), 'alert-99999');
    expect(normalised(await w.asGlobex(ack, { id: marker.id }), marker.id)).toEqual(missing);

    // The stream from the first cursor, for a second: every event globex receives is recorded for the scan.
    const response = await fetch(new URL('/graphql/stream', w.stack.gateway), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${w.token.globex}`,
        accept: 'text/event-stream',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ query: `subscription { alertRaised(after: "0") { ${fields} } }` }),
      signal: AbortSignal.timeout(1_500),
    });
    expect(response.status).toBe(200);
    let streamed = '';
    try {
      for await (const chunk of response.body!.pipeThrough(new TextDecoderStream())) streamed += chunk;
    } catch {
      // the timeout ends the stream
    }
    w.seen.push(streamed);
    const events = streamed.split('\n').filter((line) => line.startsWith('data:'));
    // At least what the query showed: a warehouse build may deliver a SEVERE alert meanwhile.
    expect(events.length).toBeGreaterThanOrEqual(globex.data.alerts.edges.length);
  });

  it('never shows globex an acme audit id, finding id or finding description, on any of these paths', async () => {
    // 3 + 5 + 4 + 4 + 4 + 4 calls: the audits list takes one page or more.
    await expectNoAcmeSecretsSeen(w, 24);
  });
});
