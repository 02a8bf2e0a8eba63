/**
 * Sync against the real audits, agency and campaigns subgraphs (processes on free ports, demo data): a full pass, an
 * incremental pass, tombstones, re-runs, lake file retention, and a source that cannot be reached.
 */
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse, querySql } from '../../warehouse/db.js';
import { buildModels } from '../../warehouse/models/runner.js';
import { createHttpBatchFetcher } from '../../warehouse/sync/fetch-batch.js';
import { rawTableOf, SOURCE_TABLES } from '../../warehouse/sync/sources.js';
import { SyncError, syncAll } from '../../warehouse/sync/sync-all.js';
import { readWatermarks } from '../../warehouse/sync/watermarks.js';
import { makeTempDir } from '../helpers/tmp.js';
import { startSources, tombstoneSourceRow, writeSourceRows, type RunningSources } from './helpers/sources.js';

const tmp = makeTempDir('tidemark-sync-');
let sources: RunningSources;
let warehouse: Awaited<ReturnType<typeof openWarehouse>>;
const lakeDir = () => join(tmp.dir, 'lake');
const sync = (retentionHours = 0) =>
  syncAll({
    db: warehouse.db,
    fetchBatch: createHttpBatchFetcher({ urls: sources.urls, tokenProvider: sources.tokenProvider }),
    lakeDir: lakeDir(),
    lakeRetentionHours: retentionHours,
  });

function lakeFiles(): string[] {
  if (!existsSync(lakeDir())) return [];
  return readdirSync(lakeDir(), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

async function sourceStats(source: 'audits' | 'agency' | 'campaigns', table: string) {
  let stats = { n: 0, hi: 0 };
  await sources.writeTo(source, async (db) => {
    const { rows } = await sql<{
      n: number;
      hi: number;
    }>`SELECT count(*) AS n, max(change_seq) AS hi FROM ${sql.table(table)}`.execute(db);
    stats = rows[0]!;
  });
  return stats;
}

beforeAll(async () => {
  sources = await startSources(tmp.dir, { seedDemo: true });
  warehouse = await openWarehouse(join(tmp.dir, 'warehouse'));
});

afterAll(async () => {
  await warehouse?.close();
  await sources?.stop();
  tmp.remove();
});

describe('warehouse sync: against the real subgraphs', () => {
  it('loads every consumed table on the first pass and sets each watermark to the source max(change_seq)', async () => {
    const result = await sync();
    expect(result.tables.map((t) => t.error)).toEqual(SOURCE_TABLES.map(() => undefined));
    for (const target of SOURCE_TABLES.filter((t) =>
      ['suppliers', 'findings', 'indicator_values', 'campaign_metrics'].includes(t.table),
    )) {
      const stats = await sourceStats(target.source, target.table);
      const [raw] = await querySql<{ n: number }>(warehouse.db, `SELECT count(*) AS n FROM ${rawTableOf(target)}`);
      expect(raw!.n, `${target.source}.${target.table}`).toBe(stats.n);
      expect(result.tables.find((t) => t.table === target.table)!.seq).toBe(stats.hi);
    }
    const marks = await readWatermarks(warehouse.db);
    expect(marks).toHaveLength(SOURCE_TABLES.length);
    expect(result.rowsLoaded).toBeGreaterThan(40_000);
  });

  it('deletes each lake file once its rows are committed (retention 0)', () => {
    expect(lakeFiles()).toEqual([]);
  });

  it('loads nothing and changes nothing when re-run with no new changes', async () => {
    const before = await readWatermarks(warehouse.db);
    const result = await sync();
    expect(result.rowsLoaded).toBe(0);
    expect((await readWatermarks(warehouse.db)).map((w) => [w.table, w.seq])).toEqual(
      before.map((w) => [w.table, w.seq]),
    );
  });

  it('loads only the new and changed rows on the next pass, tombstones included', async () => {
    await sources.writeTo('audits', async (db) => {
      await writeSourceRows(db, 'suppliers', [
        {
          supplier_id: 'sup-new',
          name: 'New Facility',
          address: '1 New Road',
          country_code: 'TH',
          sector: 'FISHING',
          goods: ['Fish'],
          worker_count: 50,
          migrant_worker_share: 0.4,
          tier: 1,
          match_key: 'new facility|1 new road|th',
          created_at: '2025-01-01T00:00:00Z',
          updated_at: '2025-01-01T00:00:00Z',
        },
      ]);
      await writeSourceRows(db, 'audits', [
        {
          audit_id: 'aud-new',
          supplier_id: 'sup-new',
          partner_org_id: 'org-acme',
          scheme: 'SMETA',
          audit_type: 'INITIAL',
          announcement: 'UNANNOUNCED',
          audit_date: '2025-06-01',
          workers_interviewed: 12,
          submitted_at: '2025-06-02T00:00:00Z',
        },
      ]);
      await tombstoneSourceRow(db, 'audits', 'audit_id', 'aud-00001');
    });
    const result = await sync();
    expect(result.rowsLoaded).toBe(3);
    expect(result.tables.filter((t) => t.rows > 0).map((t) => [t.table, t.rows])).toEqual([
      ['suppliers', 1],
      ['audits', 2],
    ]);
    const [tomb] = await querySql<{ is_deleted: boolean }>(
      warehouse.db,
      "SELECT is_deleted FROM raw_audits__audits WHERE audit_id = 'aud-00001'",
    );
    expect(tomb!.is_deleted).toBe(true);
    await buildModels(warehouse.db, { asOf: '2025-12-31' });
    const facts = await querySql<{ audit_id: string }>(
      warehouse.db,
      "SELECT audit_id FROM mart_audit_facts WHERE audit_id IN ('aud-00001', 'aud-new')",
    );
    expect(facts.map((f) => f.audit_id)).toEqual(['aud-new']);
    const [risk] = await querySql<{ latest_audit_id: string }>(
      warehouse.db,
      "SELECT latest_audit_id FROM mart_supplier_risk WHERE supplier_id = 'sup-new'",
    );
    expect(risk!.latest_audit_id).toBe('aud-new');
  });

  it('keeps loaded lake files for WAREHOUSE_LAKE_RETENTION_HOURS and sweeps them once older', async () => {
    await sources.writeTo('campaigns', (db) =>
      writeSourceRows(db, 'campaign_metrics', [
        {
          campaign_id: 'cmp-au-01',
          metric_date: '2025-12-30',
          channel: 'RADIO',
          impressions: 10,
          reach: 5,
          engagements: 1,
          hotline_contacts: 0,
          reports_to_authorities: 0,
          updated_at: '2025-12-30T00:00:00Z',
        },
      ]),
    );
    await sync(1);
    const kept = lakeFiles();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toContain(join('campaigns', 'campaign_metrics'));
    // Still younger than an hour: the next pass keeps it.
    await sync(1);
    expect(lakeFiles()).toEqual(kept);
    // Two hours old: swept.
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(kept[0]!, twoHoursAgo, twoHoursAgo);
    await sync(1);
    expect(lakeFiles()).toEqual([]);
  });

  it('syncs the reachable sources and reports the unreachable one by name', async () => {
    await sources.writeTo('audits', (db) =>
      writeSourceRows(db, 'findings', [
        {
          finding_id: 'fnd-new',
          audit_id: 'aud-new',
          ilo_indicator: 'DEBT_BONDAGE',
          scheme_severity: 'Critical',
          severity: 'S4',
          description: 'Recruitment fees owed',
        },
      ]),
    );
    const error = await syncAll({
      db: warehouse.db,
      fetchBatch: createHttpBatchFetcher({
        urls: { ...sources.urls, campaigns: 'http://127.0.0.1:9/graphql' },
        tokenProvider: sources.tokenProvider,
      }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncError);
    const result = (error as SyncError).result;
    const findings = result.tables.find((t) => t.table === 'findings')!;
    expect([findings.rows, findings.error]).toEqual([1, undefined]);
    expect(result.tables.find((t) => t.table === 'campaigns')!.error).toMatch(/cannot reach the campaigns subgraph/);
    expect(result.tables.find((t) => t.table === 'campaign_metrics')!.error).toMatch(/skipped/);
  });

  it('is refused by the subgraph without a WAREHOUSE token', async () => {
    const { tokenFactory } = await import('../helpers/tokens.js');
    const analyst = await tokenFactory(tmp.dir).token('ANALYST');
    const fetchBatch = createHttpBatchFetcher({ urls: sources.urls, tokenProvider: async () => analyst });
    await expect(fetchBatch('audits', 'audits', 0)).rejects.toThrow(/exportAuditsChanges failed.*FORBIDDEN/);
  });
});
