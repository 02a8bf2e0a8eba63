/**
 * Who is calling. Built once per request from a verified JWT (see auth.ts) by every service, so resolvers
 * and stores only ever ask `requireRole(ctx, ...)` and read `ctx.identity`; they never parse tokens.
 */
import { forbidden, unauthenticated } from './errors.js';
import type { Logger } from './logger.js';

export const ROLES = ['PARTNER', 'AGENCY', 'ANALYST', 'POLICY', 'WAREHOUSE'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  /** Token subject: a user or service id. */
  subject: string;
  role: Role;
  /** PARTNER only: the business partner's organisation id. */
  orgId?: string;
  /** AGENCY only: the agency id and the ISO alpha-2 country it reports for. */
  agencyId?: string;
  countryCode?: string;
}

export interface RequestContext {
  requestId: string;
  identity: Identity | null;
  /** The caller's raw bearer token, forwarded by the gateway so each subgraph verifies it again. */
  token: string | null;
  log: Logger;
}

export function requireIdentity(ctx: RequestContext): Identity {
  if (!ctx.identity) throw unauthenticated();
  return ctx.identity;
}

export function requireRole(ctx: RequestContext, ...roles: Role[]): Identity {
  const identity = requireIdentity(ctx);
  if (!roles.includes(identity.role)) {
    throw forbidden(`This operation needs one of the roles ${roles.join(', ')}; your token has role ${identity.role}`);
  }
  return identity;
}
