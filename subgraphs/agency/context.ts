/** What every agency resolver receives: the caller (lib/identity.ts), the store and per-request loaders. */
import type { Kysely } from 'kysely';
import type { SubgraphContext } from '../../lib/subgraph-service.js';
import type { DB } from './db-types.js';
import type { CountryLoader } from './loaders.js';

export type Context = SubgraphContext<{
  db: Kysely<DB>;
  /** `${dataDir}/lake`, where change batches are written. */
  lakeDir: string;
  countries: CountryLoader;
}>;
