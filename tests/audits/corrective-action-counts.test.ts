/**
 * Open and overdue corrective actions per supplier (store/corrective-action-counts.ts and its loader), on the
 * engine under test: a partner counts only its own audits, an analyst all, tombstones count for nothing, "overdue"
 * is exactly CorrectiveAction.isOverdue's rule, and a whole list of suppliers costs one SQL statement.
 */
import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../lib/logger.js';
import type { Identity, RequestContext } from '../../lib/identity.js';
import { todayUtc } from '../../lib/scalars.js';
import type { AuditScope } from '../../subgraphs/audits/audit-scope.js';
import { isOverdue } from '../../subgraphs/audits/corrective-action-rules.js';
import type { DB } from '../../subgraphs/audits/db-types.js';
import { createLoaders } from '../../subgraphs/audits/loaders.js';
import { countCorrectiveActionsBySupplier } from '../../subgraphs/audits/store/corrective-action-counts.js';
import { ACME, EXPECTED, GLOBEX, writeActionCountsWorld, type ActionCountsWorld } from './action-counts-world.js';
import { useTempStore } from './fixtures.js';

const SCOPES: Record<keyof typeof EXPECTED, AuditScope> = {
  acme: { kind: 'partner', partnerOrgId: ACME },
  globex: { kind: 'partner', partnerOrgId: GLOBEX },
  analyst: { kind: 'all' },
};
const SUPPLIERS = ['shared', 'acmeOnly', 'globexOnly', 'allDone'] as const;

function request(identity: Identity): RequestContext {
  return { requestId: 'test', identity, token: null, log: createLogger('test', 'silent') };
}

/** The same db, counting the statements sent through it. */
function counting(db: Kysely<DB>): { db: Kysely<DB>; statements: () => number } {
  let n = 0;
  const counted = db.withPlugin({
    transformQuery: (args) => {
      n++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  });
  return { db: counted, statements: () => n };
}

describe('audits store: open and overdue corrective actions per supplier', () => {
  const store = useTempStore('audits-action-counts-');
  let world: ActionCountsWorld;
  const ids = () => SUPPLIERS.map((s) => world[s]);
  beforeAll(async () => {
    world = await writeActionCountsWorld(store.intake, store.db);
  });

  it('counts a partner its own audits only, an analyst all, and leaves tombstoned rows out', async () => {
    for (const [caller, scope] of Object.entries(SCOPES) as [keyof typeof EXPECTED, AuditScope][]) {
      const counts = await countCorrectiveActionsBySupplier(store.db, ids(), scope, todayUtc());
      // A supplier without any visible action is absent (the loader answers zeros for it).
      for (const supplier of SUPPLIERS)
        expect(counts.get(world[supplier]) ?? { open: 0, overdue: 0 }, `${caller} on ${supplier}`).toEqual(
          EXPECTED[caller][supplier],
        );
      expect(counts.has(world.globexOnly)).toBe(caller !== 'acme');
    }
  });

  it('calls overdue exactly what CorrectiveAction.isOverdue calls overdue, on any day', async () => {
    const rows = await store.db
      .selectFrom('corrective_actions as ca')
      .innerJoin('findings as f', 'f.finding_id', 'ca.finding_id')
      .innerJoin('audits as a', 'a.audit_id', 'f.audit_id')
      .select(['a.supplier_id', 'ca.status', 'ca.due_date'])
      .where('a.is_deleted', '=', false)
      .where('f.is_deleted', '=', false)
      .where('ca.is_deleted', '=', false)
      .execute();
    const dueDates = [...new Set(rows.map((r) => r.due_date))];
    const nextDay = (d: string) => new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);
    // The day of each due date, the day after it and today: on the due date itself an action is not yet overdue.
    for (const today of [...dueDates, ...dueDates.map(nextDay), todayUtc()]) {
      const counts = await countCorrectiveActionsBySupplier(store.db, ids(), SCOPES.analyst, today);
      for (const id of ids()) {
        const own = rows.filter((r) => r.supplier_id === id);
        const overdue = own.filter((r) => isOverdue(r.status, r.due_date, today)).length;
        expect(counts.get(id)?.overdue ?? 0, `${id} on ${today}`).toBe(overdue);
      }
    }
  });

  it('answers a whole list of suppliers, unknown ids as zeros, with one statement through the loader', async () => {
    const { db, statements } = counting(store.db);
    const loaders = createLoaders(db, request({ subject: 'alice@acme', role: 'PARTNER', orgId: ACME }));
    const unknown = Array.from({ length: 16 }, (_, i) => `sup-missing-${i}`);
    const answers = await Promise.all([...ids(), ...unknown].map((id) => loaders.correctiveActionCounts.load(id)));
    expect(statements()).toBe(1);
    expect(answers.slice(0, 4)).toEqual(SUPPLIERS.map((s) => EXPECTED.acme[s]));
    expect(answers.slice(4)).toEqual(unknown.map(() => ({ open: 0, overdue: 0 })));
  });

  it('refuses the roles that see no audits, as Supplier.audits does', async () => {
    for (const identity of [
      { subject: 'olivia@gov', role: 'POLICY' },
      { subject: 'thai-police', role: 'AGENCY', agencyId: 'th-police', countryCode: 'TH' },
    ] as Identity[]) {
      const { db, statements } = counting(store.db);
      const loaders = createLoaders(db, request(identity));
      await expect(loaders.correctiveActionCounts.load(world.shared)).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      expect(statements()).toBe(0);
    }
  });
});
