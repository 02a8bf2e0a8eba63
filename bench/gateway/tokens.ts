/**
 * A pool of distinct valid tokens (distinct `sub`, hence distinct signatures): each request of the bench
 * carries an Authorization header no other request carried, so no verification cache or de-duplication keyed
 * on headers can flatter either gateway. The pool grows between rounds (off the clock) to cover each round;
 * should a round outrun it anyway, tokens are reused and the reuse is counted and reported.
 */
import { loadOrCreateSecret, mintToken } from '../../lib/auth.js';

export interface TokenPool {
  /** The next never-used header value (or a reused one once the pool runs out; see `reused`). */
  next(): string;
  /** Makes sure `count` unused tokens are ready. */
  ensure(count: number): Promise<void>;
  readonly minted: number;
  readonly reused: number;
}

export function createTokenPool(secretFile: string, orgId: string): TokenPool {
  const secret = loadOrCreateSecret(secretFile);
  const headers: string[] = [];
  let cursor = 0;
  let reused = 0;
  return {
    next() {
      if (cursor >= headers.length) {
        reused++;
        return headers[cursor++ % headers.length]!;
      }
      return headers[cursor++]!;
    },
    async ensure(count) {
      // Wrapped past the end: the wrapped-over tokens have been used, so start fresh at the end of the pool.
      if (cursor > headers.length) cursor = headers.length;
      while (headers.length - cursor < count) {
        const n = headers.length;
        headers.push(
          `Bearer ${await mintToken(secret, { sub: `bench-partner-${n}`, role: 'PARTNER', org_id: orgId })}`,
        );
      }
    },
    get minted() {
      return headers.length;
    },
    get reused() {
      return reused;
    },
  };
}
