/**
 * The day-by-day attack on Supplier.risk(asOf:) (issue 15), played against the real insights subgraph over real
 * warehouse builds. Partner org-acme shares a supplier with org-globex and asks for its risk on each of 26
 * consecutive days in one aliased query. The guarantee (docs/security.md): a partner's answers depend on other
 * partners' audits only through their calendar months. So the test builds worlds that differ only in the DAYS
 * of globex's audits and corrective-action dates (same months, same findings), and one world without globex's
 * June audits: acme's answers must be identical, byte for byte, wherever the guarantee says they are, while an
 * analyst's (exact) answers show the differences an unprotected API would leak.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { action, audit, finding, supplier } from '../warehouse/helpers/raw-rows.js';
import { buildFromRawRows, type RawBuild, type RawRows } from '../insights/fixtures/raw-build.js';
import { startInsights, type Caller, type InsightsFixture } from '../insights/fixtures/server.js';

const BUILD_AS_OF = '2025-07-20';
/** 2025-06-25 … 2025-07-20: 26 consecutive days across a month boundary. */
const DAYS = Array.from({ length: 26 }, (_, i) => new Date(Date.UTC(2025, 5, 25 + i)).toISOString().slice(0, 10));
const SHARED = 'sup-shared';

/** Acme's own audit (the same in every world) and globex's audits on the given days. */
function world(
  globex: { auditDate: string; dueDate: string; closedDate: string; emptyAuditDate: string } | null,
): RawRows {
  const rows: RawRows = {
    suppliers: [
      supplier(SHARED, { country_code: 'TH', sector: 'FISHING', goods: ['Fish'], migrant_worker_share: 0.5 }),
    ],
    audits: [
      audit('aud-acme', {
        supplier_id: SHARED,
        audit_date: '2025-02-14',
        announcement: 'ANNOUNCED',
        partner_org_id: 'org-acme',
      }),
    ],
    findings: [finding('fnd-acme', { audit_id: 'aud-acme', severity: 'S3', ilo_indicator: 'WITHHOLDING_OF_WAGES' })],
    actions: [action('cap-acme', { finding_id: 'fnd-acme', status: 'OPEN', due_date: '2025-12-31' })],
  };
  if (!globex) return rows;
  rows.audits.push(
    audit('aud-globex', {
      supplier_id: SHARED,
      audit_date: globex.auditDate,
      announcement: 'UNANNOUNCED',
      partner_org_id: 'org-globex',
    }),
    // An audit with no findings: before, it showed through confidence the day it happened.
    audit('aud-globex-empty', {
      supplier_id: SHARED,
      audit_date: globex.emptyAuditDate,
      announcement: 'SEMI_ANNOUNCED',
      partner_org_id: 'org-globex',
    }),
  );
  rows.findings!.push(finding('fnd-globex', { audit_id: 'aud-globex', severity: 'S3', ilo_indicator: 'DEBT_BONDAGE' }));
  rows.actions!.push(
    action('cap-globex', {
      finding_id: 'fnd-globex',
      status: 'CLOSED',
      due_date: globex.dueDate,
      closed_date: globex.closedDate,
    }),
  );
  return rows;
}

const WORLDS = {
  a: world({ auditDate: '2025-06-12', dueDate: '2025-06-25', closedDate: '2025-07-03', emptyAuditDate: '2025-06-20' }),
  b: world({ auditDate: '2025-06-02', dueDate: '2025-06-10', closedDate: '2025-07-16', emptyAuditDate: '2025-06-28' }),
  withoutJune: world(null),
};

const ATTACK = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Supplier {
  current: risk { ...all }
  ${DAYS.map((day, i) => `d${i}: risk(asOf: "${day}") { ...all }`).join('\n  ')}
} } }
fragment all on SupplierRisk {
  score band override overrideFindingIds confidence inherent evidence inherentPart evidencePart asOf
  drivers { kind label contribution findingId iloIndicator severity auditDate }
}`;

const servers: Record<string, InsightsFixture> = {};
const builds: RawBuild[] = [];

beforeAll(async () => {
  for (const [name, rows] of Object.entries(WORLDS)) {
    const build = await buildFromRawRows(`tidemark-by-day-${name}-`, rows, BUILD_AS_OF);
    builds.push(build);
    servers[name] = await startInsights({ dataDir: build.dataDir });
  }
}, 180_000);

afterAll(async () => {
  for (const server of Object.values(servers)) await server.stop();
  for (const build of builds) build.remove();
});

/** The 26 daily answers (and the current one) as `caller` gets them in world `name`, by day. */
async function attack(name: keyof typeof WORLDS, caller: Caller): Promise<Record<string, unknown>> {
  const res = await servers[name]!.call(caller, ATTACK, { r: [{ __typename: 'Supplier', id: SHARED }] });
  expect(res.errors).toBeUndefined();
  const entity = res.data._entities[0];
  return Object.fromEntries([['current', entity.current], ...DAYS.map((day, i) => [day, entity[`d${i}`]])]);
}

const june = (answers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(answers).filter(([day]) => day.startsWith('2025-06')));

describe("partner privacy: another partner's audits are visible only by calendar month, whatever asOf is asked", () => {
  it('gives acme the same 26 daily answers whichever June days globex audited and its actions fell due', async () => {
    const a = await attack('a', 'PARTNER_ACME');
    const b = await attack('b', 'PARTNER_ACME');
    expect(b).toEqual(a);
    // The attack is real: the analyst's exact answers differ between the worlds on most days.
    const exactA = await attack('a', 'ANALYST');
    const exactB = await attack('b', 'ANALYST');
    const differing = DAYS.filter((day) => JSON.stringify(exactA[day]) !== JSON.stringify(exactB[day]));
    expect(differing.length).toBeGreaterThan(20);
  }, 120_000);

  it("shows nothing of globex's June audits to acme before 1 July, then shows them as of that day", async () => {
    const a = await attack('a', 'PARTNER_ACME');
    const without = await attack('withoutJune', 'PARTNER_ACME');
    expect(june(a)).toEqual(june(without));
    expect(a['2025-07-01']).not.toEqual(without['2025-07-01']);
    // The analyst saw the June audits from their own days on.
    const exact = await attack('a', 'ANALYST');
    const exactWithout = await attack('withoutJune', 'ANALYST');
    expect(exact['2025-06-25']).not.toEqual(exactWithout['2025-06-25']);
  }, 120_000);

  it('never shows acme a globex finding, audit date or indicator, only one aggregate driver', async () => {
    const a = await attack('a', 'PARTNER_ACME');
    // The dates asked for come back as asOf; anything else dated in June or July would be globex's.
    const text = JSON.stringify(Object.values(a)).replace(/"asOf":"[^"]+"/g, '');
    expect(text).not.toMatch(/fnd-globex|aud-globex|DEBT_BONDAGE|2025-06-(02|10|12|20|25|28)|2025-07-(03|16)/);
    const july = a['2025-07-20'] as { drivers: { kind: string; findingId: string | null }[] };
    expect(july.drivers.filter((d) => d.kind === 'OTHER_PARTNERS_EVIDENCE')).toHaveLength(1);
    expect(july.drivers.filter((d) => d.findingId !== null).map((d) => d.findingId)).toEqual(['fnd-acme']);
  }, 120_000);
});
