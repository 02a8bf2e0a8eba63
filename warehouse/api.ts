/** The warehouse's public surface for benchmarks (insights reads published builds: lib/snapshot-contract.ts). */
export { openWarehouse } from './db.js';
export { syncAll } from './sync/sync-all.js';
export { createHttpBatchFetcher } from './sync/fetch-batch.js';
export { SOURCE_TABLES, type SourceName } from './sync/sources.js';
export { buildModels } from './models/runner.js';
export { loadModels } from './models/model-graph.js';
export { publishSnapshot } from './snapshot/publish-snapshot.js';
