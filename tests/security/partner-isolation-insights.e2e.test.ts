/**
 * Partner isolation on the real, seeded stack (DESIGN §5), derived and write paths: partner org-globex looks
 * for org-acme's audits in risk drivers (through the gateway and the insights subgraph directly), hotspots,
 * country risk profiles and idempotency keys. Every answer globex gets is recorded; none may hold an acme
 * audit id, finding id or finding text. The audit paths are in partner-isolation-audits.e2e.test.ts; each file
 * runs its own world (fixtures/isolation-world.ts).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from '../helpers/graphql.js';
import {
  GLOBEX, HOTSPOTS, RISK, SUBMIT, acme, acmeOnly, auditInput, demo, globexFindings, setUpIsolationWorld, shared, type IsolationWorld,
} from './fixtures/isolation-world.js';
import { codesOf } from './fixtures/response-checks.js';
import { expectNoAcmeSecretsSeen } from './partner-isolation-scan.js';

describe('partner isolation: org-globex never learns about org-acme audits (risk, hotspots, idempotency)', () => {
  let w: IsolationWorld;

  beforeAll(async () => {
    w = await setUpIsolationWorld();
  }, 240_000);

  afterAll(async () => {
    await w?.stack.close();
  });

  it("shows acme's findings in Supplier.risk only as one aggregate OTHER_PARTNERS_EVIDENCE driver", async () => {
    const analyst = await gql(w.stack.gateway, RISK, { id: shared }, w.token.analyst);
    expect(analyst.data.supplier.risk.drivers.map((d: { findingId: string }) => d.findingId)).toContain(w.marker.findingId);
    const viaGateway = await w.asGlobex(RISK, { id: shared });
    const viaInsights = await w.asGlobex(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Supplier { risk { score band drivers { ' +
        'kind label contribution findingId iloIndicator severity auditDate } } } } }',
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

  it('shows globex hotspots and country profiles only where 2 other partners back them, analyst figures', async () => {
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
      const profile = `{ country(code: "${cell.country.code}") { riskProfile
        { suppliers audited partners bands { low medium high severe } topDrivers { kind iloIndicator label } } } }`;
      const theirs = (await w.asGlobex(profile)).data.country.riskProfile;
      if (!visible.has(cell.country.code)) expect(theirs, cell.country.code).toBeNull();
      else expect(theirs, cell.country.code).toMatchObject({ suppliers: cell.suppliers, audited: cell.auditedSuppliers, partners: cell.partners, bands: cell.bands });
    }
  });

  it("scopes idempotency keys per partner: reusing acme's key neither replays its audit nor reveals it", async () => {
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

  it('never shows globex an acme audit id, finding id or finding description, on any of these paths', async () => {
    // 4 + 4 + 3 calls: the hotspots test asks for at least one country profile.
    await expectNoAcmeSecretsSeen(w, 11);
  });
});
