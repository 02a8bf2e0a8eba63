/** Audit reads, always under an AuditScope (row-level rule, see audit-scope.ts). */
import type { Kysely, SelectQueryBuilder } from 'kysely';
import { badInput } from '../../../lib/errors.js';
import { isCalendarDate } from '../../../lib/scalars.js';
import { decodeCursor, toConnection, type Connection } from '../../../lib/pagination.js';
import type { AuditScope } from '../audit-scope.js';
import type { AuditRow, DB } from '../db-types.js';
import type { AuditFilter } from '../validation.js';

type AuditQuery = SelectQueryBuilder<DB, 'audits', object>;

/** The audits `scope` may see, tombstones left out: where every audit read starts. */
export function visibleAudits(db: Kysely<DB>, scope: AuditScope): AuditQuery {
  const live = db.selectFrom('audits').where('audits.is_deleted', '=', false);
  return scope.kind === 'all' ? live : live.where('audits.partner_org_id', '=', scope.partnerOrgId);
}

export async function findAuditById(db: Kysely<DB>, id: string, scope: AuditScope): Promise<AuditRow | undefined> {
  return visibleAudits(db, scope).selectAll('audits').where('audits.audit_id', '=', id).executeTakeFirst();
}

function filtered(db: Kysely<DB>, filter: AuditFilter, scope: AuditScope): AuditQuery {
  let query = visibleAudits(db, scope);
  if (filter.supplierId) query = query.where('audits.supplier_id', '=', filter.supplierId);
  if (filter.partnerOrgId) query = query.where('audits.partner_org_id', '=', filter.partnerOrgId);
  if (filter.from) query = query.where('audits.audit_date', '>=', filter.from);
  if (filter.to) query = query.where('audits.audit_date', '<=', filter.to);
  if (filter.countryCode || filter.sector) {
    let suppliers = db.selectFrom('suppliers').select('suppliers.supplier_id');
    if (filter.countryCode) suppliers = suppliers.where('suppliers.country_code', '=', filter.countryCode);
    if (filter.sector) suppliers = suppliers.where('suppliers.sector', '=', filter.sector);
    query = query.where('audits.supplier_id', 'in', suppliers);
  }
  return query;
}

/** Newest audit date first, then id (keyset cursor [audit_date, audit_id]). */
export async function listAudits(
  db: Kysely<DB>,
  filter: AuditFilter,
  scope: AuditScope,
  limit: number,
  after: string | null,
): Promise<Connection<AuditRow>> {
  const base = filtered(db, filter, scope);
  const cursor = decodeCursor(after, 2);
  let page = base.selectAll('audits');
  if (cursor) {
    const [date, id] = cursor.map(String) as [string, string];
    if (!isCalendarDate(date)) throw badInput('after', 'is not a cursor returned by this API');
    page = page.where((eb) =>
      eb.or([
        eb('audits.audit_date', '<', date),
        eb.and([eb('audits.audit_date', '=', date), eb('audits.audit_id', '<', id)]),
      ]),
    );
  }
  const rows = await page
    .orderBy('audits.audit_date', 'desc')
    .orderBy('audits.audit_id', 'desc')
    .limit(limit + 1)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return toConnection(rows, limit, (r) => [r.audit_date, r.audit_id], Number(count.n));
}
