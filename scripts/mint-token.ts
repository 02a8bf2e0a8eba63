/**
 * `npm run token -- --role PARTNER --org org-acme` (or `npm run token -- POLICY`: the role alone): mints an HS256 token
 * with the embedded-default secret
 * (`${dataDir}/jwt-secret`, created on first use) and prints it alone on stdout, so
 * `TOKEN=$(npm run -s token -- --role ANALYST)` works. The claims are checked the way every service checks
 * them before the token is printed. Production deployments use their identity provider (JWKS) instead.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, identityFromClaims, loadOrCreateSecret, mintToken } from '../lib/auth.js';
import { ROLES, type Role } from '../lib/identity.js';

const USAGE = `Usage: npm run token -- [--role] <${ROLES.join('|')}> [options]
  --role      one of ${ROLES.join(', ')} (required; may also be given alone, e.g. npm run token -- POLICY)
  --org       PARTNER: organisation id, e.g. org-acme (required for PARTNER)
  --agency    AGENCY: agency id, e.g. th-police (required for AGENCY)
  --country   AGENCY: ISO alpha-2 country it reports for, e.g. TH (required for AGENCY)
  --sub       subject (user or service id); default <role>@demo
  --expires   lifetime: <n>s, <n>m, <n>h or <n>d; default 12h
  --data-dir  folder holding jwt-secret; default $TIDEMARK_DATA_DIR or data`;

function fail(message: string): never {
  console.error(`mint-token: ${message}\n\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        role: { type: 'string' },
        org: { type: 'string' },
        agency: { type: 'string' },
        country: { type: 'string' },
        sub: { type: 'string' },
        expires: { type: 'string', default: '12h' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
  } catch (error) {
    fail((error as Error).message);
  }
}

const { values: args, positionals } = parse();
if (positionals.length > 1 || (positionals.length === 1 && args.role)) fail('give the role once: POLICY or --role POLICY');
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const role = (args.role ?? positionals[0]) as Role | undefined;
if (!role || !ROLES.includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
if (!/^\d+[smhd]$/.test(args.expires!)) fail('--expires must look like 30m, 12h or 7d');
if (role === 'PARTNER' && !args.org) fail('a PARTNER token needs --org');
if (role === 'AGENCY' && (!args.agency || !args.country)) fail('an AGENCY token needs --agency and --country');
if (args.country && !/^[A-Z]{2}$/.test(args.country)) fail('--country must be an ISO alpha-2 code in capitals, e.g. TH');

const dataDir = resolve(args['data-dir'] ?? process.env.TIDEMARK_DATA_DIR ?? 'data');
const secretFile = process.env.TIDEMARK_JWT_SECRET_FILE ?? join(dataDir, 'jwt-secret');
const claims = {
  sub: args.sub ?? `${role.toLowerCase()}@demo`,
  role,
  ...(role === 'PARTNER' ? { org_id: args.org } : {}),
  ...(role === 'AGENCY' ? { agency_id: args.agency, country: args.country } : {}),
};
const token = await mintToken(loadOrCreateSecret(secretFile), claims, {
  issuer: process.env.TIDEMARK_JWT_ISSUER ?? DEFAULT_ISSUER,
  audience: process.env.TIDEMARK_JWT_AUDIENCE ?? DEFAULT_AUDIENCE,
  expiresIn: args.expires,
});
try {
  identityFromClaims(decodeJwt(token));
} catch (error) {
  fail((error as Error).message);
}
console.log(token);
