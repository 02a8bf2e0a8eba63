/**
 * The warehouse calls each subgraph's change feed as the WAREHOUSE role. Embedded default: it mints its own
 * short-lived HS256 token with the shared secret file and re-mints before expiry. With RS256/ES256 keys it
 * cannot mint, so WAREHOUSE_TOKEN must be given.
 */
import { authConfigFrom } from '../lib/auth-config.js';
import { loadOrCreateSecret, mintToken } from '../lib/auth.js';
import type { TokenProvider } from './sync/fetch-batch.js';
import type { WarehouseConfig } from './config.js';

const LIFETIME_SECONDS = 3600;

export function createWarehouseTokenProvider(config: WarehouseConfig): TokenProvider {
  if (config.WAREHOUSE_TOKEN) {
    const token = config.WAREHOUSE_TOKEN;
    return async () => token;
  }
  const auth = authConfigFrom(config);
  if (!auth.secretFile) {
    throw new Error(
      'warehouse: tokens are verified with a JWKS, so set WAREHOUSE_TOKEN to a token with role WAREHOUSE',
    );
  }
  const secret = loadOrCreateSecret(auth.secretFile);
  let cached: { token: string; renewAt: number } | null = null;
  return async () => {
    if (cached && Date.now() < cached.renewAt) return cached.token;
    const token = await mintToken(
      secret,
      { sub: 'warehouse', role: 'WAREHOUSE' },
      { issuer: auth.issuer, audience: auth.audience, expiresIn: '1h' },
    );
    cached = { token, renewAt: Date.now() + (LIFETIME_SECONDS - 300) * 1000 };
    return token;
  };
}
