/**
 * Token verification with `jose`. Embedded default: HS256 with a secret generated into `data/jwt-secret` on
 * first start. Production: RS256/ES256 keys from a JWKS URL or file. Issuer and audience are always checked.
 * Every failure becomes UNAUTHENTICATED with a message that says what was wrong, never why in detail
 * (no hint that helps forge a token).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  SignJWT,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { unauthenticated } from './errors.js';
import { ROLES, type Identity, type Role } from './identity.js';

export const DEFAULT_ISSUER = 'tidemark';
export const DEFAULT_AUDIENCE = 'tidemark-api';

export interface AuthConfig {
  issuer: string;
  audience: string;
  /** HS256 shared secret file (embedded default). */
  secretFile?: string;
  /** RS256/ES256: a JWKS URL or a local JWKS JSON file. */
  jwksUrl?: string;
  jwksFile?: string;
}

export interface TokenVerifier {
  verify(token: string): Promise<Identity>;
}

/** Reads the HS256 secret, creating it (0600) on first start. */
export function loadOrCreateSecret(file: string): Uint8Array {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process created it between our check and our write: theirs is the secret.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

export function createVerifier(config: AuthConfig): TokenVerifier {
  let key: CryptoKey | Promise<CryptoKey> | JWTVerifyGetKey;
  let algorithms: string[];
  if (config.jwksUrl) {
    key = createRemoteJWKSet(new URL(config.jwksUrl));
    algorithms = ['RS256', 'ES256'];
  } else if (config.jwksFile) {
    key = createLocalJWKSet(JSON.parse(readFileSync(config.jwksFile, 'utf8')));
    algorithms = ['RS256', 'ES256'];
  } else if (config.secretFile) {
    // Imported once: given raw bytes, jose imports the key on every verification (about 2.5× slower).
    key = crypto.subtle.importKey(
      'raw',
      loadOrCreateSecret(config.secretFile) as BufferSource,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    algorithms = ['HS256'];
  } else {
    throw new Error('auth: set a JWKS URL, a JWKS file or an HS256 secret file');
  }
  const verified = new VerifiedTokens();
  return {
    async verify(token: string): Promise<Identity> {
      const known = verified.get(token);
      if (known) return known;
      let payload: JWTPayload;
      try {
        // A token without `exp` would never expire: require it.
        ({ payload } = await jwtVerify(token, (await key) as any, {
          issuer: config.issuer,
          audience: config.audience,
          algorithms,
          requiredClaims: ['exp'],
        }));
      } catch (error) {
        throw unauthenticated(describeJoseError(error));
      }
      const identity = identityFromClaims(payload);
      verified.set(token, identity, payload.exp! * 1000);
      return { ...identity };
    },
  };
}

/**
 * Tokens that passed verification, by their exact text, until `exp` (and at most a minute, so a key removed
 * from a JWKS stops being honoured soon). A client sends the same token on every request; verifying it again
 * costs an HMAC/RSA job on the thread pool per request (measured: ~15% of the audits subgraph's CPU under
 * 50 concurrent submissions). A hit is exactly what verifying again would answer: signature, issuer and
 * audience do not change with time, and `exp` is checked on every hit as jose checks it.
 */
class VerifiedTokens {
  private static readonly MAX_ENTRIES = 10_000;
  private static readonly MAX_AGE_MS = 60_000;
  private readonly entries = new Map<string, { identity: Identity; until: number }>();

  get(token: string): Identity | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    if (Date.now() >= entry.until) {
      this.entries.delete(token);
      return null;
    }
    return { ...entry.identity };
  }

  set(token: string, identity: Identity, expiresAtMs: number): void {
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= VerifiedTokens.MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, {
      identity: { ...identity },
      until: Math.min(expiresAtMs, Date.now() + VerifiedTokens.MAX_AGE_MS),
    });
  }
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'Your token has expired: sign in again';
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `Your token is not valid for this service (${error.claim} claim)`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'Your token signature is not valid';
  return 'Your token could not be verified: send a valid bearer token';
}

export function identityFromClaims(payload: JWTPayload): Identity {
  const role = payload.role as Role;
  if (!ROLES.includes(role))
    throw unauthenticated(`Your token has no known role (expected one of ${ROLES.join(', ')})`);
  if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw unauthenticated('Your token has no subject');
  const identity: Identity = { subject: payload.sub, role };
  if (role === 'PARTNER') {
    if (typeof payload.org_id !== 'string' || !payload.org_id)
      throw unauthenticated('A PARTNER token must carry org_id');
    identity.orgId = payload.org_id;
  }
  if (role === 'AGENCY') {
    if (
      typeof payload.agency_id !== 'string' ||
      typeof payload.country !== 'string' ||
      !/^[A-Z]{2}$/.test(payload.country)
    ) {
      throw unauthenticated('An AGENCY token must carry agency_id and an ISO alpha-2 country');
    }
    identity.agencyId = payload.agency_id;
    identity.countryCode = payload.country;
  }
  return identity;
}

/** Mints an HS256 token (embedded default, tests, CLI). */
export async function mintToken(
  secret: Uint8Array,
  claims: { sub: string; role: Role; org_id?: string; agency_id?: string; country?: string },
  options: { issuer?: string; audience?: string; expiresIn?: string | number } = {},
): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(options.issuer ?? DEFAULT_ISSUER)
    .setAudience(options.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h')
    .sign(secret);
}

/** `Authorization: Bearer <token>` → token, or null when absent; a malformed header is UNAUTHENTICATED. */
export function bearerToken(header: string | undefined | null): string | null {
  if (!header) return null;
  // The scheme is case-insensitive (RFC 9110 §11.1): `bearer` and `BEARER` are Bearer.
  const match = /^Bearer\s+([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*)$/i.exec(header.trim());
  if (!match) throw unauthenticated('Authorization header must be "Bearer <jwt>"');
  return match[1]!;
}
