/** One demo token per role for `npm start` to print, signed with the stack's HS256 secret (`${dataDir}/jwt-secret`). */
import { join } from 'node:path';
import { loadOrCreateSecret, mintToken } from '../lib/auth.js';
import type { Role } from '../lib/identity.js';

/** The demo identities: partner org-acme, the Thai police agency, and one user per other role. */
const DEMO_CLAIMS: Record<Role, { sub: string; org_id?: string; agency_id?: string; country?: string }> = {
  PARTNER: { sub: 'alice@acme', org_id: 'org-acme' },
  AGENCY: { sub: 'officer@th-police', agency_id: 'th-police', country: 'TH' },
  ANALYST: { sub: 'analyst@tidemark' },
  POLICY: { sub: 'policy@tidemark' },
  WAREHOUSE: { sub: 'svc-warehouse' },
};

export async function mintDemoTokens(dataDir: string, options: { expiresIn?: string } = {}): Promise<Record<Role, string>> {
  const secret = loadOrCreateSecret(join(dataDir, 'jwt-secret'));
  const tokens = {} as Record<Role, string>;
  for (const [role, claims] of Object.entries(DEMO_CLAIMS) as [Role, (typeof DEMO_CLAIMS)[Role]][]) {
    tokens[role] = await mintToken(secret, { ...claims, role }, { expiresIn: options.expiresIn ?? '12h' });
  }
  return tokens;
}
