/**
 * SUPPLIER_SEVERE alerts: the warehouse loop records the suppliers whose band became SEVERE in a build and
 * delivers them to the real audits subgraph's outbox, once per (supplier, build), only on a change of band.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPublishedBuild } from '../../lib/snapshot-reader.js';
import { querySql } from '../../warehouse/db.js';
import { startWarehouseLoop, type WarehouseLoop } from '../../warehouse/loop.js';
import { gql } from '../helpers/graphql.js';
import { makeTempDir } from '../helpers/tmp.js';
import { tokenFactory } from '../helpers/tokens.js';
import { startSources, writeSourceRows, type RunningSources } from './helpers/sources.js';
import { readPublishedBuild } from '../../lib/snapshot-contract.js';

const AS_OF = '2025-12-31';
const tmp = makeTempDir('tidemark-severe-');
let sources: RunningSources;
let loop: WarehouseLoop;
let analyst: string;

async function severeAlerts(): Promise<{ supplierId: string; buildId: string }[]> {
  const out: { supplierId: string; buildId: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = await gql(
      sources.urls.audits,
      `query ($after: String) { alerts(after: $after, first: 200) {
        pageInfo { hasNextPage endCursor } edges { node { kind buildId supplier { id } } } } }`,
      { after },
      analyst,
    );
    expect(page.errors).toBeUndefined();
    for (const { node } of page.data.alerts.edges)
      if (node.kind === 'SUPPLIER_SEVERE') out.push({ supplierId: node.supplier.id, buildId: node.buildId });
    if (!page.data.alerts.pageInfo.hasNextPage) return out;
    after = page.data.alerts.pageInfo.endCursor;
  }
}

async function bands(): Promise<Map<string, string>> {
  const reader = await openPublishedBuild<any>(join(tmp.dir, 'wh'), readPublishedBuild(join(tmp.dir, 'wh'))!);
  try {
    return new Map(
      (
        await querySql<{ supplier_id: string; band: string }>(
          reader.db,
          'SELECT supplier_id, band FROM mart_supplier_risk',
        )
      ).map((r) => [r.supplier_id, r.band]),
    );
  } finally {
    await reader.close();
  }
}

beforeAll(async () => {
  sources = await startSources(tmp.dir, { seedDemo: true });
  analyst = await tokenFactory(tmp.dir).token('ANALYST');
  loop = await startWarehouseLoop({
    dataDir: join(tmp.dir, 'wh'),
    subgraphUrls: sources.urls,
    tokenProvider: sources.tokenProvider,
    intervalSeconds: 3600,
    asOf: () => AS_OF,
  });
}, 180_000);

afterAll(async () => {
  await loop?.stop();
  await sources?.stop();
  tmp.remove();
});

describe('warehouse: SUPPLIER_SEVERE alerts', () => {
  it('alerts once for each supplier SEVERE at the first build, and not again while nothing changes', async () => {
    const severe = [...(await bands())]
      .filter(([, band]) => band === 'SEVERE')
      .map(([id]) => id)
      .sort();
    expect(severe.length).toBeGreaterThan(0);
    const first = await severeAlerts();
    expect(first.map((a) => a.supplierId).sort()).toEqual(severe);
    expect(new Set(first.map((a) => a.buildId))).toEqual(new Set([readPublishedBuild(join(tmp.dir, 'wh'))!.buildId]));
    await loop.tick();
    expect(await severeAlerts()).toHaveLength(first.length);
  }, 120_000);

  it('alerts for a supplier whose band becomes SEVERE at a later build, and only for it', async () => {
    const before = await bands();
    const [supplierId] = [...before].find(([, band]) => band !== 'SEVERE')!;
    const alertsBefore = await severeAlerts();
    await sources.writeTo('audits', async (db) => {
      await writeSourceRows(db, 'audits', [
        {
          audit_id: 'aud-severe',
          supplier_id: supplierId,
          partner_org_id: 'org-globex',
          scheme: 'AMFORI_BSCI',
          audit_type: 'FOLLOW_UP',
          announcement: 'UNANNOUNCED',
          audit_date: '2025-12-01',
          workers_interviewed: 30,
          submitted_at: '2025-12-02T09:00:00Z',
        },
      ]);
      await writeSourceRows(db, 'findings', [
        {
          finding_id: 'fnd-severe',
          audit_id: 'aud-severe',
          ilo_indicator: 'DEBT_BONDAGE',
          scheme_severity: 'Zero tolerance',
          severity: 'S4',
          description: 'Recruitment debt of six months pay',
        },
      ]);
    });
    const result = await loop.tick();
    expect(result?.error).toBeUndefined();
    expect((await bands()).get(supplierId)).toBe('SEVERE');
    const added = (await severeAlerts()).slice(alertsBefore.length);
    expect(added).toEqual([{ supplierId, buildId: result!.snapshot!.buildId }]);
  }, 120_000);
});
