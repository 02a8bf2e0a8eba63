import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createVerifier, loadOrCreateSecret, mintToken } from '../../lib/auth.js';
import { makeTempDir } from '../helpers/tmp.js';

describe('lib/auth: verified tokens are remembered, never past their expiry', () => {
  const tmp = makeTempDir('auth-cache-');
  afterAll(() => tmp.remove());
  const secretFile = join(tmp.dir, 'jwt-secret');
  const verifier = createVerifier({ issuer: 'tidemark', audience: 'tidemark-api', secretFile });
  const secret = loadOrCreateSecret(secretFile);

  it('answers the same identity for the same token, and a copy the caller may change', async () => {
    const token = await mintToken(secret, { sub: 'alice@acme', role: 'PARTNER', org_id: 'org-acme' });
    const first = await verifier.verify(token);
    first.orgId = 'org-mallory';
    const second = await verifier.verify(token);
    expect(second).toEqual({ subject: 'alice@acme', role: 'PARTNER', orgId: 'org-acme' });
  });

  it('refuses a token once it has expired, although it was accepted before', async () => {
    const token = await mintToken(
      secret,
      { sub: 'bob', role: 'ANALYST' },
      { expiresIn: Math.floor(Date.now() / 1000) + 2 },
    );
    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: 'bob' });
    await new Promise((r) => setTimeout(r, Math.max(0, (Math.floor(Date.now() / 1000) + 2) * 1000 - Date.now()) + 50));
    await expect(verifier.verify(token)).rejects.toMatchObject({ message: 'Your token has expired: sign in again' });
  });

  it('still refuses a token whose signature was altered after a valid one was remembered', async () => {
    const token = await mintToken(secret, { sub: 'carol', role: 'ANALYST' });
    await verifier.verify(token);
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verifier.verify(forged)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
