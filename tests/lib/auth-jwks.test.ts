/**
 * Production keys: RS256/ES256 tokens verified against a JWKS file or URL, with issuer and audience checked,
 * and no algorithm confusion (an HS256 token is refused where asymmetric keys are configured).
 */
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifier, DEFAULT_AUDIENCE, DEFAULT_ISSUER, mintToken } from '../../lib/auth.js';
import { makeTempDir } from '../helpers/tmp.js';

const tmp = makeTempDir('tidemark-jwks-');
let es256: Awaited<ReturnType<typeof generateKeyPair>>;
let rs256: Awaited<ReturnType<typeof generateKeyPair>>;
let jwks: { keys: JWK[] };
let server: http.Server;
let jwksUrl: string;

async function sign(
  alg: 'ES256' | 'RS256',
  kid: string,
  claims: Record<string, unknown>,
  opts: { issuer?: string; audience?: string } = {},
) {
  const key = alg === 'ES256' ? es256.privateKey : rs256.privateKey;
  return new SignJWT(claims)
    .setProtectedHeader({ alg, kid })
    .setSubject('analyst@ministry')
    .setIssuer(opts.issuer ?? DEFAULT_ISSUER)
    .setAudience(opts.audience ?? DEFAULT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);
}

beforeAll(async () => {
  es256 = await generateKeyPair('ES256');
  rs256 = await generateKeyPair('RS256');
  jwks = {
    keys: [
      { ...(await exportJWK(es256.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
      { ...(await exportJWK(rs256.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
    ],
  };
  writeFileSync(join(tmp.dir, 'jwks.json'), JSON.stringify(jwks));
  server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  tmp.remove();
});

describe('lib/auth: production keys from a JWKS', () => {
  it('verifies ES256 and RS256 tokens against a JWKS file', async () => {
    const verifier = createVerifier({
      issuer: DEFAULT_ISSUER,
      audience: DEFAULT_AUDIENCE,
      jwksFile: join(tmp.dir, 'jwks.json'),
    });
    await expect(verifier.verify(await sign('ES256', 'ec-1', { role: 'ANALYST' }))).resolves.toMatchObject({
      role: 'ANALYST',
      subject: 'analyst@ministry',
    });
    await expect(verifier.verify(await sign('RS256', 'rsa-1', { role: 'POLICY' }))).resolves.toMatchObject({
      role: 'POLICY',
    });
  });

  it('verifies tokens against a JWKS URL', async () => {
    const verifier = createVerifier({ issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, jwksUrl });
    await expect(
      verifier.verify(await sign('ES256', 'ec-1', { role: 'PARTNER', org_id: 'org-acme' })),
    ).resolves.toMatchObject({ role: 'PARTNER', orgId: 'org-acme' });
  });

  it('refuses a wrong issuer, a wrong audience and an unknown key with UNAUTHENTICATED', async () => {
    const verifier = createVerifier({
      issuer: DEFAULT_ISSUER,
      audience: DEFAULT_AUDIENCE,
      jwksFile: join(tmp.dir, 'jwks.json'),
    });
    for (const token of [
      await sign('ES256', 'ec-1', { role: 'ANALYST' }, { issuer: 'someone-else' }),
      await sign('ES256', 'ec-1', { role: 'ANALYST' }, { audience: 'another-api' }),
      await sign('ES256', 'unknown-kid', { role: 'ANALYST' }),
    ]) {
      await expect(verifier.verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('refuses an HS256 token where asymmetric keys are configured (no algorithm confusion)', async () => {
    const verifier = createVerifier({
      issuer: DEFAULT_ISSUER,
      audience: DEFAULT_AUDIENCE,
      jwksFile: join(tmp.dir, 'jwks.json'),
    });
    const hs = await mintToken(new TextEncoder().encode('a-shared-secret-of-enough-length!!'), {
      sub: 'x',
      role: 'ANALYST',
    });
    await expect(verifier.verify(hs)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
