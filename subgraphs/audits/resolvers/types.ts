/** Object-type resolvers: row columns → GraphQL fields; nested lists through per-request loaders. */
import { pageSize } from '../../../lib/pagination.js';
import { todayUtc } from '../../../lib/scalars.js';
import { auditScopeOf } from '../audit-scope.js';
import { isOverdue } from '../corrective-action-rules.js';
import type * as G from '../generated/resolvers-types.js';
import { listAudits } from '../store/audits.js';
import { listSuppliers } from '../store/suppliers.js';

export const Country: G.CountryResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  code: (c) => c.code,
  async suppliers(c, { first, after, sector }, ctx) {
    // The code comes from an entity reference, not user text: an unknown code simply has no suppliers.
    return listSuppliers(
      ctx.db,
      { countryCode: c.code, sector: sector ?? null, search: null },
      pageSize(first),
      after ?? null,
    );
  },
};

export const Supplier: G.SupplierResolvers = {
  __resolveReference: async (ref, ctx) => (await ctx.loaders.supplier.load(ref.id)) ?? null,
  id: (s) => s.supplier_id,
  name: (s) => s.name,
  address: (s) => s.address,
  country: (s) => ({ code: s.country_code }),
  sector: (s) => s.sector,
  goods: (s) => s.goods,
  workerCount: (s) => s.worker_count,
  migrantWorkerShare: (s) => s.migrant_worker_share,
  tier: (s) => s.tier,
  createdAt: (s) => s.created_at,
  osId: async (s, _args, ctx) => (await ctx.loaders.osId.load(s.supplier_id)) ?? null,
  async audits(s, { first, after }, ctx) {
    const scope = auditScopeOf(ctx);
    const filter = {
      supplierId: s.supplier_id,
      countryCode: null,
      sector: null,
      from: null,
      to: null,
      partnerOrgId: null,
    };
    return listAudits(ctx.db, filter, scope, pageSize(first), after ?? null);
  },
  // Batched over the suppliers of one request; the loader applies the caller's audit scope (FORBIDDEN as above).
  correctiveActionCounts: (s, _args, ctx) => ctx.loaders.correctiveActionCounts.load(s.supplier_id),
};

export const Audit: G.AuditResolvers = {
  id: (a) => a.audit_id,
  async supplier(a, _args, ctx) {
    const supplier = await ctx.loaders.supplier.load(a.supplier_id);
    if (!supplier) throw new Error(`audit ${a.audit_id} refers to missing supplier ${a.supplier_id}`);
    return supplier;
  },
  partnerOrgId: (a) => a.partner_org_id,
  scheme: (a) => a.scheme,
  type: (a) => a.audit_type,
  announcement: (a) => a.announcement,
  auditDate: (a) => a.audit_date,
  workersInterviewed: (a) => a.workers_interviewed,
  submittedAt: (a) => a.submitted_at,
  findings: async (a, _args, ctx) => (await ctx.loaders.findings.load(a.audit_id)) ?? [],
};

export const Finding: G.FindingResolvers = {
  id: (f) => f.finding_id,
  iloIndicator: (f) => f.ilo_indicator,
  schemeSeverity: (f) => f.scheme_severity,
  severity: (f) => f.severity,
  description: (f) => f.description,
  correctiveAction: async (f, _args, ctx) => (await ctx.loaders.correctiveAction.load(f.finding_id)) ?? null,
};

export const CorrectiveAction: G.CorrectiveActionResolvers = {
  id: (c) => c.corrective_action_id,
  description: (c) => c.description,
  status: (c) => c.status,
  dueDate: (c) => c.due_date,
  closedDate: (c) => c.closed_date,
  verifiedDate: (c) => c.verified_date,
  isOverdue: (c) => isOverdue(c.status, c.due_date, todayUtc()),
};

export const SubmitAuditPayload: G.SubmitAuditPayloadResolvers = {
  audit: (r) => r.audit,
  replayed: (r) => r.replayed,
};
