/** Per-request batching: every Country looked up in one tick (entity references, feed.country) is one query. */
import type { Kysely } from 'kysely';
import type { CountryRow, DB } from './db-types.js';
import { findCountriesByCodes } from './store/countries.js';

export interface CountryLoader {
  load(code: string): Promise<CountryRow | null>;
}

export function createCountryLoader(db: Kysely<DB>): CountryLoader {
  const cache = new Map<string, Promise<CountryRow | null>>();
  let pending: { code: string; resolve: (row: CountryRow | null) => void; reject: (e: unknown) => void }[] = [];

  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const rows = await findCountriesByCodes(db, [...new Set(batch.map((p) => p.code))]);
      const byCode = new Map(rows.map((r) => [r.country_code, r]));
      for (const p of batch) p.resolve(byCode.get(p.code) ?? null);
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  };

  return {
    load(code) {
      const cached = cache.get(code);
      if (cached) return cached;
      const promise = new Promise<CountryRow | null>((resolve, reject) => {
        if (pending.length === 0) setImmediate(() => void flush());
        pending.push({ code, resolve, reject });
      });
      cache.set(code, promise);
      return promise;
    },
  };
}
