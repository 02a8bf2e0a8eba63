/** One demo token per role for `npm start` to print, signed with the stack's HS256 secret (`${dataDir}/jwt-secret`). */
import { writeFileSync } from 'node:fs';
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

/**
 * The demo tokens as shell exports (`PARTNER_TOKEN=…`, one per role), written by `npm start` to
 * `${dataDir}/tokens.env` so `source data/tokens.env` sets the `$ANALYST_TOKEN` the README's examples use.
 * Readable by its owner only: the tokens grant the whole demo.
 */
export function writeTokensEnv(dataDir: string, tokens: Record<Role, string>): string {
  const file = join(dataDir, 'tokens.env');
  const lines = Object.entries(tokens).map(([role, token]) => `export ${role}_TOKEN=${token}`);
  const text = `# Demo tokens from npm start (valid 12 h): source this file.\n${lines.join('\n')}\n`;
  writeFileSync(file, text, { mode: 0o600 });
  return file;
}

export async function mintDemoTokens(
  dataDir: string,
  options: { expiresIn?: string } = {},
): Promise<Record<Role, string>> {
  const secret = loadOrCreateSecret(join(dataDir, 'jwt-secret'));
  const tokens = {} as Record<Role, string>;
  for (const [role, claims] of Object.entries(DEMO_CLAIMS) as [Role, (typeof DEMO_CLAIMS)[Role]][]) {
    tokens[role] = await mintToken(secret, { ...claims, role }, { expiresIn: options.expiresIn ?? '12h' });
  }
  return tokens;
}
