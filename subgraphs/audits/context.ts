/** The per-request context of the audits subgraph. */
import type { Kysely } from 'kysely';
import type { SubgraphContext } from '../../lib/subgraph-service.js';
import type { DB } from './db-types.js';
import type { Loaders } from './loaders.js';
import type { IntakeQueue } from './store/intake/queue.js';

export type Context = SubgraphContext<{
  db: Kysely<DB>;
  /** Group-commit queue shared by all requests (one per process). */
  intake: IntakeQueue;
  /** Where change-feed batches go (`${dataDir}/lake`). */
  lakeDir: string;
  loaders: Loaders;
}>;
