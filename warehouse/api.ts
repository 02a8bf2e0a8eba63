/** The warehouse's public surface, for the CLI, `npm start`, the insights subgraph and benchmarks. */
export { openWarehouse } from './db.js';
export { syncAll } from './sync/sync-all.js';
export { createHttpBatchFetcher } from './sync/fetch-batch.js';
export { type Watermark } from './sync/watermarks.js';
export { SOURCE_TABLES, type SourceName } from './sync/sources.js';
export { buildModels } from './models/runner.js';
export { loadModels } from './models/model-graph.js';
export { publishSnapshot } from './snapshot/publish-snapshot.js';
export { readCurrentSnapshot } from './snapshot/snapshot-files.js';
export { scoreSuppliersAsOf, type SupplierRiskRow, type SupplierRiskDriverRow } from './risk/score-suppliers.js';
