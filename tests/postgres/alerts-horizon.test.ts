/**
 * The alert outbox read by cursor while many writers commit in any order (issue 11: an alert whose transaction
 * commits after one with a later alert_seq must not be skipped by a reader that moved past it). 20 writers, each
 * like a replica with its own intake queue, on one pool: half their alerts come from the real intake path
 * (zero-tolerance findings), half from SUPPLIER_SEVERE writes held open a random 0–6 ms before COMMIT. A reader
 * on a pool of its own (another replica) pages with the cursor throughout, with random page sizes, then drains.
 * It must receive every committed alert exactly once, in cursor order.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresDatabase } from '../../lib/postgres/database.js';
import type { Database } from '../../lib/duckdb/database.js';
import type { Store } from '../../lib/store/open-store.js';
import { submitAudit } from '../../subgraphs/audits/intake.js';
import type { DB } from '../../subgraphs/audits/db-types.js';
import type { AlertTables } from '../../subgraphs/audits/store/alert-tables.js';
import { listAlerts } from '../../subgraphs/audits/store/alert-reads.js';
import { recordSevereBandAlerts } from '../../subgraphs/audits/store/alerts.js';
import { IntakeQueue } from '../../subgraphs/audits/store/intake/queue.js';
import { auditInput, facility, finding, MIGRATIONS } from '../audits/fixtures.js';
import { openTestStore, testDatabaseUrl } from '../helpers/postgres.js';
import { makeTempDir } from '../helpers/tmp.js';

const WRITERS = 20;
const WRITES_PER_WRITER = 100;

const tmp = makeTempDir('tidemark-pg-alerts-');
let readerStore: Store<DB>;
let writers: Database<DB>;

beforeAll(async () => {
  readerStore = await openTestStore<DB>('audits', tmp.dir, MIGRATIONS);
  // The writers' pool: one connection each, so all 20 transactions can be open at once.
  writers = await openPostgresDatabase<DB>((await testDatabaseUrl(tmp.dir))!, {
    schema: 'audits',
    maxConnections: WRITERS,
  });
});
afterAll(async () => {
  await writers?.close();
  await readerStore?.close();
  tmp.remove();
});

const zeroTolerance = finding({
  severity: 'S4',
  schemeSeverity: 'Zero tolerance',
  iloIndicator: 'DEBT_BONDAGE',
  description: 'Recruitment fees of 4 months pay',
});

describe('alert cursor on PostgreSQL with concurrent writers', () => {
  it('hands a paging reader every alert exactly once while 20 writers commit out of seq order', async () => {
    expect(readerStore.engine).toBe('postgres');
    const { audit } = await submitAudit(new IntakeQueue(writers.db), 'org-acme', auditInput());
    const supplierId = audit.supplier_id;

    const severe: { seq: number; order: number }[] = [];
    let commitOrder = 0;
    let writing = true;
    const writer = async (w: number) => {
      const intake = new IntakeQueue(writers.db);
      for (let i = 0; i < WRITES_PER_WRITER; i++) {
        if (i % 2 === 0) {
          const input = auditInput({ supplier: facility({ name: `Mill ${w}-${i}` }), findings: [zeroTolerance] });
          await submitAudit(intake, `org-${w % 3}`, input);
          continue;
        }
        const seq = await writers.db.transaction().execute(async (trx) => {
          // The alert is its transaction's first write: the case 003_alert_seq_order.sql is for.
          await recordSevereBandAlerts(trx, `build-${w}-${i}`, [supplierId], new Date().toISOString());
          const row = await trx
            .withTables<AlertTables>()
            .selectFrom('alerts')
            .select('alert_seq')
            .where('dedupe_key', '=', `SUPPLIER_SEVERE:${supplierId}:build-${w}-${i}`)
            .executeTakeFirstOrThrow();
          // Hold the transaction open a while: alerts with later seqs commit first.
          await sql`SELECT pg_sleep(${Math.random() * 0.006})`.execute(trx);
          return Number(row.alert_seq);
        });
        severe.push({ seq, order: commitOrder++ });
      }
    };

    const received: { id: string; seq: number }[] = [];
    const reader = async () => {
      let cursor = 0;
      for (;;) {
        const done = !writing;
        const page = await listAlerts(
          readerStore.db,
          { scope: { kind: 'all' }, subject: 'reader' },
          { after: cursor, limit: 1 + Math.floor(Math.random() * 100), unacknowledgedOnly: false },
        );
        for (const row of page.rows) {
          expect(row.alert_seq).toBeGreaterThan(cursor);
          received.push({ id: row.alert_id, seq: row.alert_seq });
          cursor = row.alert_seq;
        }
        // After the writers stop, drain until a page comes back empty.
        if (done && page.rows.length === 0) return;
      }
    };

    const reading = reader();
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    writing = false;
    await reading;

    const stored = await readerStore.db
      .withTables<AlertTables>()
      .selectFrom('alerts')
      .select(['alert_id', 'kind'])
      .execute();
    const half = (WRITERS * WRITES_PER_WRITER) / 2;
    expect(stored.filter((a) => a.kind === 'ZERO_TOLERANCE_FINDING')).toHaveLength(half);
    expect(stored.filter((a) => a.kind === 'SUPPLIER_SEVERE')).toHaveLength(half);
    // The race the horizon guards against did happen: an alert committed after one with a higher seq.
    const bySeq = [...severe].sort((a, b) => a.seq - b.seq);
    expect(bySeq.filter((c, i) => i > 0 && c.order < bySeq[i - 1]!.order).length).toBeGreaterThan(0);

    const ids = received.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length); // none twice
    expect(new Set(ids)).toEqual(new Set(stored.map((a) => a.alert_id))); // none missed
  });
});
