/**
 * Supplier.risk through the real insights subgraph over a real warehouse build of rows stated in full; every
 * expected number is worked out by hand (decay d(age) = 0.5^(age / 365), DESIGN §3), scored at 2025-06-30.
 *
 * sup-shared: Germany 1 + ELECTRONICS 2 → I = 3. Audited by
 *   - acme 2025-03-31 (announced, age 91): f-acme S3 RETENTION_OF_IDENTITY_DOCUMENTS, open:
 *     c = 0.5 × 0.841296 = 0.420648;
 *   - globex 2025-05-20 (unannounced, age 41): f-globex-s4 S4 DEBT_BONDAGE, closed not verified:
 *     c = 0.9 × 0.925094 × 0.5 = 0.416292 (and an override); f-globex-note S4 without an ILO indicator: neither
 *     evidence nor override.
 * Exact (analyst): C = 0.925094; E = 1 − 0.579352 × 0.583708 = 0.661828; b = 0.21 × (1 − 0.462547) = 0.112865;
 *   score = 100 × (1 − 0.887135 × 0.338172) = 69.9995 → 70.0, HIGH by score, SEVERE by the override.
 *   Drivers 3.762, 7.524 (11.286 split 1:2), f-acme 29.559, f-globex-s4 29.154: tenths 37 + 75 + 295 + 291 = 698 of
 *   700 → the largest remainders (.622 country, .593 f-acme) get one each → 3.8, 7.5, 29.6, 29.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode } from '../helpers/graphql.js';
import { action, audit, finding, supplier } from '../warehouse/helpers/raw-rows.js';
import { buildFromRawRows, type RawBuild } from './fixtures/raw-build.js';
import { startInsights, type InsightsFixture } from './fixtures/server.js';

const AS_OF = '2025-06-30';
let build: RawBuild;
let fx: InsightsFixture;

beforeAll(async () => {
  build = await buildFromRawRows(
    'tidemark-supplier-risk-',
    {
      suppliers: [
        supplier('sup-shared', { country_code: 'DE', sector: 'ELECTRONICS' }),
        supplier('sup-acme-only', { country_code: 'DE', sector: 'ELECTRONICS' }),
        supplier('sup-nobody', { country_code: 'DE', sector: 'ELECTRONICS' }),
      ],
      audits: [
        audit('aud-acme', {
          supplier_id: 'sup-shared',
          audit_date: '2025-03-31',
          announcement: 'ANNOUNCED',
          partner_org_id: 'org-acme',
        }),
        audit('aud-globex', {
          supplier_id: 'sup-shared',
          audit_date: '2025-05-20',
          announcement: 'UNANNOUNCED',
          partner_org_id: 'org-globex',
        }),
        audit('aud-acme-only', {
          supplier_id: 'sup-acme-only',
          audit_date: '2025-05-31',
          announcement: 'ANNOUNCED',
          partner_org_id: 'org-acme',
        }),
      ],
      findings: [
        finding('f-acme', { audit_id: 'aud-acme', severity: 'S3', ilo_indicator: 'RETENTION_OF_IDENTITY_DOCUMENTS' }),
        finding('f-globex-s4', { audit_id: 'aud-globex', severity: 'S4', ilo_indicator: 'DEBT_BONDAGE' }),
        finding('f-globex-note', { audit_id: 'aud-globex', severity: 'S4', ilo_indicator: null }),
      ],
      actions: [
        action('ca-acme', { finding_id: 'f-acme', status: 'OPEN', due_date: '2025-09-30' }),
        action('ca-globex-s4', {
          finding_id: 'f-globex-s4',
          status: 'CLOSED',
          due_date: '2025-08-31',
          closed_date: '2025-06-15',
        }),
        action('ca-globex-note', { finding_id: 'f-globex-note', status: 'OPEN', due_date: '2025-08-31' }),
      ],
    },
    AS_OF,
  );
  fx = await startInsights({ dataDir: build.dataDir });
}, 120_000);
afterAll(async () => {
  await fx?.stop();
  build?.remove();
});

const RISK = `query($ids: [_Any!]!, $asOf: Date) { _entities(representations: $ids)
  { ... on Supplier { id risk(asOf: $asOf) {
  score band override overrideFindingIds confidence inherentPart evidencePart asOf
  drivers { kind contribution findingId iloIndicator severity auditDate } } } } }`;
const refs = (...ids: string[]) => ids.map((id) => ({ __typename: 'Supplier', id }));
const tenths = (drivers: { contribution: number }[]) =>
  drivers.reduce((n, d) => n + Math.round(d.contribution * 10), 0);

async function riskOf(caller: Parameters<InsightsFixture['call']>[0], id: string, asOf?: string) {
  const res = await fx.call(caller, RISK, { ids: refs(id), ...(asOf ? { asOf } : {}) });
  expect(res.errors).toBeUndefined();
  return res.data._entities[0].risk;
}

describe('insights: Supplier.risk', () => {
  it('gives an analyst every finding, the override and the finding behind it; drivers sum to the score', async () => {
    const risk = await riskOf('ANALYST', 'sup-shared');
    expect(risk).toMatchObject({
      score: 70,
      band: 'SEVERE',
      override: 'S4_UNVERIFIED_WITHIN_365D',
      overrideFindingIds: ['f-globex-s4'],
      asOf: AS_OF,
    });
    expect(risk.confidence).toBeCloseTo(0.925094, 6);
    expect(risk.drivers.map((d: any) => [d.kind, d.contribution, d.findingId])).toEqual([
      ['FINDING', 29.6, 'f-acme'],
      ['FINDING', 29.1, 'f-globex-s4'],
      ['SECTOR', 7.5, null],
      ['COUNTRY', 3.8, null],
    ]);
    expect(risk.drivers[1]).toMatchObject({ iloIndicator: 'DEBT_BONDAGE', severity: 'S4', auditDate: '2025-05-20' });
    expect(tenths(risk.drivers)).toBe(700);
    expect([risk.inherentPart, risk.evidencePart]).toEqual([11.3, 58.7]);
  });

  it("shows acme its finding, others' evidence as one driver, at month ends, no other partner's override", async () => {
    // Partner view: globex's audit counts as dated 2025-06-01 (age 29), and its closure (2025-06-15) only from
    // 2025-07-01, so the action is open at 2025-06-30: C = 0.946417, c = 0.9 × 0.946417 × 1.0 = 0.851775;
    // E = 1 − 0.579352 × 0.148225 = 0.914126; b = 0.21 × (1 − 0.473209) = 0.110626;
    // score = 100 × (1 − 0.889374 × 0.085874) = 92.363 → 92.4. Drivers 3.688, 7.375, f-acme 18.077, other 63.223:
    // tenths 36 + 73 + 180 + 632 = 921 of 924 → remainders .875, .772, .751 → 3.7, 7.4, 18.1, 63.2.
    const risk = await riskOf('PARTNER_ACME', 'sup-shared');
    expect(risk).toMatchObject({
      score: 92.4,
      band: 'SEVERE',
      override: 'S4_UNVERIFIED_WITHIN_365D',
      overrideFindingIds: [],
    });
    expect(risk.confidence).toBeCloseTo(0.946417, 6);
    expect(risk.drivers.map((d: any) => [d.kind, d.contribution, d.findingId])).toEqual([
      ['OTHER_PARTNERS_EVIDENCE', 63.2, null],
      ['FINDING', 18.1, 'f-acme'],
      ['SECTOR', 7.4, null],
      ['COUNTRY', 3.7, null],
    ]);
    expect(risk.drivers[0]).toMatchObject({ iloIndicator: null, severity: null, auditDate: null });
    expect(JSON.stringify(risk)).not.toMatch(/globex|DEBT_BONDAGE|2025-05-20/);
  });

  it('names to globex its own finding behind the override, with acme audits as of month boundaries', async () => {
    // Acme's audit counts as dated 2025-04-01 (age 90): c = 0.5 × 0.842888 = 0.421444 (C still from globex's own
    // audit). E = 1 − 0.578556 × 0.583708 = 0.662294 → score 100 × (1 − 0.887135 × 0.337706) = 70.041 → 70.0.
    // Drivers 3.762, 7.524, f-globex-s4 29.137, other 29.617: tenths 37 + 75 + 291 + 296 = 699 of 700 → .622 → 3.8.
    const risk = await riskOf('PARTNER_GLOBEX', 'sup-shared');
    expect(risk).toMatchObject({ score: 70, band: 'SEVERE', overrideFindingIds: ['f-globex-s4'] });
    expect(risk.drivers.map((d: any) => [d.kind, d.contribution, d.findingId])).toEqual([
      ['OTHER_PARTNERS_EVIDENCE', 29.6, null],
      ['FINDING', 29.1, 'f-globex-s4'],
      ['SECTOR', 7.5, null],
      ['COUNTRY', 3.8, null],
    ]);
  });

  it('gives a policy officer the score with all findings as one AUDIT_EVIDENCE driver and no finding ids', async () => {
    // 29.559 + 29.154 = 58.713: tenths 37 + 75 + 587 = 699 of 700 → .622 (country) → 3.8, 7.5, 58.7.
    const risk = await riskOf('POLICY', 'sup-shared');
    expect(risk).toMatchObject({ score: 70, band: 'SEVERE', overrideFindingIds: [] });
    expect(risk.drivers.map((d: any) => [d.kind, d.contribution, d.findingId])).toEqual([
      ['AUDIT_EVIDENCE', 58.7, null],
      ['SECTOR', 7.5, null],
      ['COUNTRY', 3.8, null],
    ]);
  });

  it('answers null to a partner for suppliers it has not audited, exactly as for missing suppliers', async () => {
    const res = await fx.call('PARTNER_GLOBEX', RISK, {
      ids: refs('sup-acme-only', 'sup-nobody', 'no-such-supplier', 'sup-shared'),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data._entities.map((e: any) => [e.id, e.risk?.score ?? null])).toEqual([
      ['sup-acme-only', null],
      ['sup-nobody', null],
      ['no-such-supplier', null],
      ['sup-shared', 70],
    ]);
    // Acme's own supplier: announced 2025-05-31, age 30: C = 0.661235, b = 0.21 × (1 − 0.330618) → 14.057 → 14.1.
    expect((await riskOf('PARTNER_ACME', 'sup-acme-only')).score).toBe(14.1);
  });

  it('re-scores at an earlier date for an analyst: before globex audited, acme alone counts', async () => {
    // At 2025-04-30: acme's audit is 30 days old: C = 0.7 × 0.944621 = 0.661235; c = 0.5 × 0.944621 = 0.472311 = E;
    // b = 0.21 × (1 − 0.330618) = 0.140570; score = 100 × (1 − 0.859430 × 0.527689) = 54.648 → 54.6, HIGH.
    const risk = await riskOf('ANALYST', 'sup-shared', '2025-04-30');
    expect(risk).toMatchObject({
      score: 54.6,
      band: 'HIGH',
      override: null,
      overrideFindingIds: [],
      asOf: '2025-04-30',
    });
    expect(tenths(risk.drivers)).toBe(546);
  });

  it('refuses Supplier.risk to agencies and the warehouse service, and an asOf after the build', async () => {
    for (const caller of ['AGENCY', 'WAREHOUSE'] as const)
      expect(errorCode(await fx.call(caller, RISK, { ids: refs('sup-shared') }))).toBe('FORBIDDEN');
    const late = await fx.call('ANALYST', RISK, { ids: refs('sup-shared'), asOf: '2025-07-01' });
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(late.errors![0]!.message).toMatch(/^asOf: must be on or before 2025-06-30/);
  });
});
