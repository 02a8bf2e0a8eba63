/**
 * Field-level access for the audits subgraph (DESIGN §5); lib/access.ts refuses to start without a rule for
 * every field. Row-level rules (a partner's own audits only) are in audit-scope.ts and the store.
 * - The supplier registry is shared: every human role reads it; WAREHOUSE reads nothing but its change feed.
 * - Audit details (audits, findings, corrective actions) are for the submitting PARTNER and ANALYSTs only:
 *   POLICY and AGENCY are FORBIDDEN, including through Supplier.audits and Supplier.correctiveActionCounts.
 * - Only PARTNERs write: registerSupplier, submitAudit(s), updateCorrectiveAction.
 */
import type { AccessRule, AccessRules } from '../../lib/access.js';

const REGISTRY: AccessRule = ['PARTNER', 'ANALYST', 'POLICY', 'AGENCY'];
const AUDIT_DETAILS: AccessRule = ['PARTNER', 'ANALYST'];
const PARTNER_ONLY: AccessRule = ['PARTNER'];
const WAREHOUSE_ONLY: AccessRule = ['WAREHOUSE'];

export const access: AccessRules = {
  'Query.supplier': REGISTRY,
  'Query.suppliers': REGISTRY,
  'Query.audit': AUDIT_DETAILS,
  'Query.audits': AUDIT_DETAILS,

  'Mutation.registerSupplier': PARTNER_ONLY,
  'Mutation.submitAudit': PARTNER_ONLY,
  'Mutation.submitAudits': PARTNER_ONLY,
  'Mutation.updateCorrectiveAction': PARTNER_ONLY,
  'Mutation.exportAuditsChanges': WAREHOUSE_ONLY,

  'Country.code': REGISTRY,
  'Country.suppliers': REGISTRY,
  'Supplier.id': REGISTRY,
  'Supplier.name': REGISTRY,
  'Supplier.address': REGISTRY,
  'Supplier.country': REGISTRY,
  'Supplier.sector': REGISTRY,
  'Supplier.goods': REGISTRY,
  'Supplier.workerCount': REGISTRY,
  'Supplier.migrantWorkerShare': REGISTRY,
  'Supplier.tier': REGISTRY,
  'Supplier.createdAt': REGISTRY,
  'Supplier.osId': REGISTRY,
  'Supplier.audits': AUDIT_DETAILS,
  'Supplier.correctiveActionCounts': AUDIT_DETAILS,
  'SupplierConnection.*': REGISTRY,
  'SupplierEdge.*': REGISTRY,
  'PageInfo.*': REGISTRY,

  'Audit.*': AUDIT_DETAILS,
  'AuditConnection.*': AUDIT_DETAILS,
  'AuditEdge.*': AUDIT_DETAILS,
  'Finding.*': AUDIT_DETAILS,
  'CorrectiveAction.*': AUDIT_DETAILS,
  'CorrectiveActionCounts.*': AUDIT_DETAILS,

  'RegisterSupplierPayload.*': PARTNER_ONLY,
  'SubmitAuditPayload.*': PARTNER_ONLY,
  'SubmitAuditsPayload.*': PARTNER_ONLY,
  'ChangeBatch.*': WAREHOUSE_ONLY,

  // Alerts: row-level visibility (own audits for a partner) is in store/alert-reads.ts.
  'Query.alerts': AUDIT_DETAILS,
  'Mutation.acknowledgeAlert': AUDIT_DETAILS,
  'Mutation.recordSevereBandAlerts': WAREHOUSE_ONLY,
  'Alert.*': AUDIT_DETAILS,
  'AlertConnection.*': AUDIT_DETAILS,
  'AlertEdge.*': AUDIT_DETAILS,
};
