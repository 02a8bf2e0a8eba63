/**
 * The warehouse loop of `npm start` against the real subgraphs (processes, demo data): sync + build + publish at
 * start, a new snapshot within seconds of a source change, no build when nothing changed, no overlapping ticks, and
 * a tick that built followed at once by the next.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openPublishedBuild } from '../../lib/snapshot-reader.js';
import { querySql } from '../../warehouse/db.js';
import { startWarehouseLoop, type WarehouseLoop } from '../../warehouse/loop.js';
import { makeTempDir } from '../helpers/tmp.js';
import { startSources, writeSourceRows, type RunningSources } from './helpers/sources.js';
import { readPublishedBuild } from '../../lib/snapshot-contract.js';

const AS_OF = '2025-12-31';
const tmp = makeTempDir('tidemark-loop-');
let sources: RunningSources;

const startLoop = (dir: string, intervalSeconds: number) =>
  startWarehouseLoop({
    dataDir: join(tmp.dir, dir),
    subgraphUrls: sources.urls,
    tokenProvider: sources.tokenProvider,
    intervalSeconds,
    asOf: () => AS_OF,
  });

beforeAll(async () => {
  sources = await startSources(tmp.dir, { seedDemo: true });
}, 120_000);

afterAll(async () => {
  await sources?.stop();
  tmp.remove();
});

describe('warehouse loop', () => {
  it('publishes a snapshot at start, then skips the build while nothing changes; never overlaps ticks', async () => {
    const loop = await startLoop('manual', 3600);
    try {
      const first = readPublishedBuild(join(tmp.dir, 'manual'))!;
      expect(first.asOf).toBe(AS_OF);
      expect(first.watermarks.find((w) => w.table === 'findings')!.seq).toBeGreaterThan(0);
      expect(loop.ticksRun).toBe(1);

      const quiet = await loop.tick();
      expect(quiet).toMatchObject({ build: null, snapshot: null });
      expect(quiet!.sync!.rowsLoaded).toBe(0);
      expect(readPublishedBuild(join(tmp.dir, 'manual'))!.buildId).toBe(first.buildId);

      const [a, b] = await Promise.all([loop.tick(), loop.tick()]);
      expect(a).not.toBeNull();
      expect(b).toBeNull();
      expect(loop.ticksSkipped).toBe(1);
    } finally {
      await loop.stop();
    }
  });

  it('publishes a source change on the next timed tick', async () => {
    const loop: WarehouseLoop = await startLoop('timed', 1);
    try {
      const before = readPublishedBuild(join(tmp.dir, 'timed'))!;
      await sources.writeTo('audits', (db) =>
        writeSourceRows(db, 'audits', [
          {
            audit_id: 'aud-loop',
            supplier_id: 'sup-0001',
            partner_org_id: 'org-globex',
            scheme: 'RBA_VAP',
            audit_type: 'FOLLOW_UP',
            announcement: 'UNANNOUNCED',
            audit_date: '2025-12-20',
            workers_interviewed: 30,
            submitted_at: '2025-12-21T09:00:00Z',
          },
        ]),
      );
      const deadline = Date.now() + 15_000;
      let after = before;
      while (after.buildId === before.buildId && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        after = readPublishedBuild(join(tmp.dir, 'timed'))!;
      }
      expect(after.buildId).not.toBe(before.buildId);
      const reader = await openPublishedBuild<any>(join(tmp.dir, 'timed'), after);
      try {
        const rows = await querySql<{ supplier_id: string; latest_audit_id: string }>(
          reader.db,
          "SELECT supplier_id, latest_audit_id FROM mart_supplier_risk WHERE supplier_id = 'sup-0001'",
        );
        expect(rows).toEqual([{ supplier_id: 'sup-0001', latest_audit_id: 'aud-loop' }]);
      } finally {
        await reader.close();
      }
    } finally {
      await loop.stop();
    }
  }, 60_000);

  it('follows a tick that built with the next at once, and stops at the first that finds nothing', async () => {
    // An hour's interval: every tick after the start-up one is this test's or follows one of them.
    const loop = await startLoop('chained', 3600);
    try {
      await sources.writeTo('audits', (db) =>
        writeSourceRows(db, 'audits', [
          {
            audit_id: 'aud-chained',
            supplier_id: 'sup-0002',
            partner_org_id: 'org-globex',
            scheme: 'RBA_VAP',
            audit_type: 'FOLLOW_UP',
            announcement: 'UNANNOUNCED',
            audit_date: '2025-12-22',
            workers_interviewed: 30,
            submitted_at: '2025-12-23T09:00:00Z',
          },
        ]),
      );
      const built = await loop.tick();
      expect(built!.build).not.toBeNull();
      await vi.waitFor(() => expect(loop.ticksRun).toBe(3), { timeout: 15_000, interval: 50 });
      const quiet = await loop.tick();
      expect(quiet).toMatchObject({ build: null, snapshot: null });
      await new Promise((r) => setTimeout(r, 500));
      expect(loop.ticksRun).toBe(4);
    } finally {
      await loop.stop();
    }
  }, 60_000);
});
