import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../demo/seed.js';
import { openDatabase } from '../../lib/duckdb/database.js';
import { makeTempDir } from '../helpers/tmp.js';

/** Every table the seeder writes, with its primary key (for a stable read-back order). */
const TABLES: Record<string, Record<string, string>> = {
  audits: {
    suppliers: 'supplier_id',
    audits: 'audit_id',
    findings: 'finding_id',
    corrective_actions: 'corrective_action_id',
  },
  agency: {
    countries: 'country_code',
    action_periods: 'period_id',
    indicator_feeds: 'feed_id, revision',
    indicator_values: 'feed_id, revision, indicator, crime_type, exploitation, sex, age_group',
  },
  campaigns: { campaigns: 'campaign_id', campaign_metrics: 'campaign_id, metric_date, channel' },
};

type Snapshot = Record<string, Record<string, unknown>[]>;

async function readBack(dataDir: string): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const [file, tables] of Object.entries(TABLES)) {
    const store = await openDatabase<any>(join(dataDir, `${file}.duckdb`), { readOnly: true });
    try {
      for (const [table, key] of Object.entries(tables)) {
        let query = store.db.selectFrom(table).selectAll();
        for (const column of key.split(', ')) query = query.orderBy(column);
        out[table] = (await query.execute()) as Record<string, unknown>[];
      }
    } finally {
      await store.close();
    }
  }
  return out;
}

const hash = (rows: unknown) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');

const first = makeTempDir('tidemark-demo-a-');
const second = makeTempDir('tidemark-demo-b-');
let a: Snapshot;
let b: Snapshot;
let summary: Record<string, number>;

beforeAll(async () => {
  summary = await seedDemoData(first.dir, { seed: 42 });
  await seedDemoData(second.dir, { seed: 42 });
  a = await readBack(first.dir);
  b = await readBack(second.dir);
}, 180_000);
afterAll(() => {
  first.remove();
  second.remove();
});

describe('demo seeder: store files', () => {
  it('writes byte-identical rows for the same seed, change_seq included', () => {
    for (const table of Object.keys(a)) expect(hash(b[table]), table).toBe(hash(a[table]));
  });

  it('writes every generated row into the table contract, counts in the expected ranges', () => {
    for (const [table, n] of Object.entries(summary)) expect(a[table], table).toHaveLength(n);
    expect(a.suppliers).toHaveLength(500);
    expect(a.audits!.length).toBeGreaterThan(1700);
    expect(a.audits!.length).toBeLessThan(2400);
    expect(a.countries).toHaveLength(249);
    expect(a.action_periods!.map((p) => p.period_id).sort()).toEqual([
      'JPA10',
      'JPA11',
      'JPA4',
      'JPA5',
      'JPA6',
      'JPA7',
      'JPA8',
      'JPA9',
    ]);
    expect(a.campaign_metrics!.length).toBeGreaterThan(5000);
    expect(a.suppliers![0]).toMatchObject({ supplier_id: 'sup-0001', is_deleted: false });
    expect(Array.isArray(a.suppliers![0]!.goods)).toBe(true);
  });

  it('stamps every consumed row with a distinct change_seq per file', () => {
    for (const [file, tables] of Object.entries(TABLES)) {
      const seqs = Object.keys(tables).flatMap((t) => a[t]!.map((r) => r.change_seq));
      expect(
        seqs.every((s) => typeof s === 'number' && s > 0),
        file,
      ).toBe(true);
      expect(new Set(seqs).size, file).toBe(seqs.length);
    }
  });

  it('stores unique supplier match keys, every ILO indicator and every corrective-action status', () => {
    expect(new Set(a.suppliers!.map((s) => s.match_key)).size).toBe(500);
    expect(new Set(a.findings!.map((f) => f.ilo_indicator).filter(Boolean)).size).toBe(11);
    expect([...new Set(a.corrective_actions!.map((c) => c.status))].sort()).toEqual([
      'CLOSED',
      'IN_PROGRESS',
      'OPEN',
      'VERIFIED',
    ]);
  });

  it('refuses to seed a data dir that already has suppliers, and changes nothing', async () => {
    await expect(seedDemoData(first.dir, { seed: 42 })).rejects.toThrow(/already has 500 suppliers/);
    const after = await readBack(first.dir);
    for (const table of Object.keys(a)) expect(hash(after[table]), table).toBe(hash(a[table]));
  });
});
