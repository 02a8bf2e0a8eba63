/**
 * Row-level rule for audits (DESIGN §5): a partner sees only its own audits, an analyst all of them, and no
 * other role any. The store applies the scope in every audit query, so lists, lookups by id, nested
 * `Supplier.audits` and `totalCount` all agree and another partner's audit is indistinguishable from none.
 */
import { forbidden } from '../../lib/errors.js';
import { requireIdentity, type RequestContext } from '../../lib/identity.js';

export type AuditScope = { kind: 'all' } | { kind: 'partner'; partnerOrgId: string };

export function auditScopeOf(ctx: RequestContext): AuditScope {
  const identity = requireIdentity(ctx);
  if (identity.role === 'ANALYST') return { kind: 'all' };
  if (identity.role === 'PARTNER' && identity.orgId) return { kind: 'partner', partnerOrgId: identity.orgId };
  throw forbidden(`Audit details are not available to role ${identity.role}`);
}

/** The submitting partner: always the token's organisation, never a value from the input. */
export function submittingPartnerOf(ctx: RequestContext): string {
  const identity = requireIdentity(ctx);
  if (identity.role !== 'PARTNER' || !identity.orgId)
    throw forbidden('Only business partners (role PARTNER) submit audits');
  return identity.orgId;
}
