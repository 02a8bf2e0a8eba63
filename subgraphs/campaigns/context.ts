/** The per-request context of the campaigns subgraph. */
import type { Kysely } from 'kysely';
import type { SubgraphContext } from '../../lib/subgraph-service.js';
import type { DB } from './db-types.js';

export type Context = SubgraphContext<{ db: Kysely<DB>; lakeDir: string }>;
