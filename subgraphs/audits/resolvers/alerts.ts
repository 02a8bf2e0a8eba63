/** Alerts: reading by cursor, acknowledging, and the warehouse's SEVERE band transitions (store/alert*.ts). */
import { ILO_INDICATORS } from '../../../lib/domain/audit-vocabulary.js';
import { optionalEnumValue } from '../../../lib/enum-value.js';
import { badInput, notFound } from '../../../lib/errors.js';
import { requireIdentity } from '../../../lib/identity.js';
import { pageSize } from '../../../lib/pagination.js';
import { auditScopeOf } from '../audit-scope.js';
import type { Context } from '../context.js';
import type {
  AlertConnectionResolvers,
  AlertResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../generated/resolvers-types.js';
import type { ReadAlertRow } from '../store/alert-tables.js';
import {
  acknowledgeAlert,
  countUnacknowledgedAlerts,
  listAlerts,
  parseAlertCursor,
  type AlertReader,
} from '../store/alert-reads.js';
import { recordSevereBandAlerts } from '../store/alerts.js';
import { findSupplierById } from '../store/suppliers.js';

export interface AlertConnectionSource {
  rows: ReadAlertRow[];
  hasNextPage: boolean;
  reader: AlertReader;
}

/** Up to this many suppliers per recordSevereBandAlerts call. */
const MAX_SEVERE_BATCH = 10_000;

function readerOf(ctx: Context): AlertReader {
  return { scope: auditScopeOf(ctx), subject: requireIdentity(ctx).subject };
}

export const alertQuery: Pick<QueryResolvers, 'alerts'> = {
  async alerts(_root, { after, first, unacknowledgedOnly }, ctx) {
    const reader = readerOf(ctx);
    const page = await listAlerts(ctx.db, reader, {
      after: parseAlertCursor(after),
      limit: pageSize(first),
      unacknowledgedOnly: unacknowledgedOnly ?? false,
    });
    return { ...page, reader };
  },
};

export const alertMutation: Pick<MutationResolvers, 'acknowledgeAlert' | 'recordSevereBandAlerts'> = {
  async acknowledgeAlert(_root, { id }, ctx) {
    const alert = await acknowledgeAlert(ctx.db, readerOf(ctx), id);
    if (!alert) throw notFound('Alert', id);
    return alert;
  },
  async recordSevereBandAlerts(_root, { buildId, supplierIds }, ctx) {
    if (buildId.length === 0 || buildId.length > 200) throw badInput('buildId', 'must be 1..200 characters');
    if (supplierIds.length > MAX_SEVERE_BATCH)
      throw badInput('supplierIds', `must hold at most ${MAX_SEVERE_BATCH} ids`);
    return recordSevereBandAlerts(ctx.db, buildId, supplierIds, new Date().toISOString());
  },
};

export const AlertConnection: AlertConnectionResolvers = {
  edges: (c) => c.rows.map((node) => ({ cursor: String(node.alert_seq), node })),
  pageInfo: (c) => ({
    hasNextPage: c.hasNextPage,
    endCursor: c.rows.length > 0 ? String(c.rows.at(-1)!.alert_seq) : null,
  }),
  unacknowledgedCount: (c, _args, ctx) => countUnacknowledgedAlerts(ctx.db, c.reader),
};

export const Alert: AlertResolvers = {
  id: (a) => a.alert_id,
  cursor: (a) => String(a.alert_seq),
  raisedAt: (a) => a.raised_at,
  supplier: async (a, _args, ctx) => {
    const supplier = await findSupplierById(ctx.db, a.supplier_id);
    if (!supplier) throw new Error(`alert ${a.alert_id} names supplier ${a.supplier_id}, which is not in suppliers`);
    return supplier;
  },
  partnerOrgId: (a) => a.partner_org_id,
  auditId: (a) => a.audit_id,
  findingId: (a) => a.finding_id,
  correctiveActionId: (a) => a.corrective_action_id,
  iloIndicator: (a) => optionalEnumValue(ILO_INDICATORS, a.ilo_indicator, 'alert ILO indicator'),
  dueDate: (a) => a.due_date,
  buildId: (a) => a.build_id,
  acknowledgedAt: (a) => a.acknowledged_at,
};
