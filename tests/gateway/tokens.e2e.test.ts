import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mintDemoTokens } from '../../gateway/demo-tokens.js';
import { createVerifier, DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../../lib/auth.js';
import { makeTempDir } from '../helpers/tmp.js';

const run = promisify(execFile);
const tmp = makeTempDir('tidemark-tokens-');
const verifier = () =>
  createVerifier({ issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE, secretFile: join(tmp.dir, 'jwt-secret') });
const mint = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/mint-token.ts', ...args, '--data-dir', tmp.dir]);

describe('npm run token', () => {
  afterAll(() => tmp.remove());

  it('mints a token the services accept, with the claims asked for', async () => {
    const { stdout } = await mint('--role', 'AGENCY', '--agency', 'th-police', '--country', 'TH', '--sub', 'somchai');
    const identity = await verifier().verify(stdout.trim());
    expect(identity).toEqual({ subject: 'somchai', role: 'AGENCY', agencyId: 'th-police', countryCode: 'TH' });
  });

  it('refuses incomplete claims with exit code 2 and a usage message', async () => {
    const failure = await mint('--role', 'PARTNER').catch((error) => error);
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('a PARTNER token needs --org');
    const unknown = await mint('--role', 'ADMIN').catch((error) => error);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--role must be one of PARTNER, AGENCY, ANALYST, POLICY, WAREHOUSE');
  });

  it('takes the role alone, as docs/queries.md writes it: npm run token -- POLICY', async () => {
    const { stdout } = await mint('POLICY');
    expect(await verifier().verify(stdout.trim())).toEqual({ subject: 'policy@demo', role: 'POLICY' });
    const twice = await mint('POLICY', '--role', 'ANALYST').catch((error) => error);
    expect(twice.code).toBe(2);
  });

  it('honours --expires', async () => {
    const { stdout } = await mint('--role', 'ANALYST', '--expires', '1s');
    await expect(verifier().verify(stdout.trim())).resolves.toMatchObject({ role: 'ANALYST' });
    // A fake clock 2.1 s on instead of waiting: the verifier reads the time through Date.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 2_100);
      await expect(verifier().verify(stdout.trim())).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('demo tokens', () => {
  it('gives one valid token per role with the demo identities', async () => {
    const tokens = await mintDemoTokens(tmp.dir);
    const identities = await Promise.all(Object.values(tokens).map((t) => verifier().verify(t)));
    expect(identities).toEqual([
      { subject: 'alice@acme', role: 'PARTNER', orgId: 'org-acme' },
      { subject: 'officer@th-police', role: 'AGENCY', agencyId: 'th-police', countryCode: 'TH' },
      { subject: 'analyst@tidemark', role: 'ANALYST' },
      { subject: 'policy@tidemark', role: 'POLICY' },
      { subject: 'svc-warehouse', role: 'WAREHOUSE' },
    ]);
  });
});
