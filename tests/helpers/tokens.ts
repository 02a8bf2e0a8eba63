/** Tokens for tests, minted with the same secret file the services under test read. */
import { join } from 'node:path';
import { loadOrCreateSecret, mintToken } from '../../lib/auth.js';
import type { Role } from '../../lib/identity.js';

export interface TokenFactory {
  secretFile: string;
  token(role: Role, extra?: { sub?: string; org_id?: string; agency_id?: string; country?: string }): Promise<string>;
}

export function tokenFactory(dataDir: string): TokenFactory {
  const secretFile = join(dataDir, 'jwt-secret');
  const secret = loadOrCreateSecret(secretFile);
  return {
    secretFile,
    token(role, extra = {}) {
      const defaults: Record<Role, object> = {
        PARTNER: { org_id: 'org-acme' },
        AGENCY: { agency_id: 'th-police', country: 'TH' },
        ANALYST: {},
        POLICY: {},
        WAREHOUSE: {},
      };
      return mintToken(secret, { sub: extra.sub ?? `test-${role.toLowerCase()}`, role, ...defaults[role], ...extra });
    },
  };
}

/** The demo's partner orgs, agencies, used by tests that need a second partner. */
export const PARTNER_A = { org_id: 'org-acme', sub: 'alice@acme' };
export const PARTNER_B = { org_id: 'org-globex', sub: 'bob@globex' };
