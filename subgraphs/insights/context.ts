/**
 * The per-request context of the insights subgraph: the warehouse build this request reads (leased once) and its
 * loaders.
 */
import type { SubgraphContext } from '../../lib/subgraph-service.js';
import type { RiskLoader } from './risk-loader.js';
import type { RequestSnapshot } from './snapshot/snapshot.js';

export type Context = SubgraphContext<{ snapshot: RequestSnapshot; risk: RiskLoader }>;
