/** The warehouse's public surface, for the CLI, `npm start`, the insights subgraph and benchmarks. */
export { openWarehouse, warehouseFileOf, type WarehouseDb } from './db.js';
export { syncAll, SyncError, type SyncAllOptions, type SyncResult, type TableSyncResult } from './sync/sync-all.js';
export { createHttpBatchFetcher, type BatchFetcher, type TokenProvider } from './sync/fetch-batch.js';
export { readWatermarks, type Watermark } from './sync/watermarks.js';
export { SOURCE_TABLES, type SourceName } from './sync/sources.js';
export { buildModels, type BuildOptions, type BuildResult } from './models/runner.js';
export { loadModels, type Model } from './models/model-graph.js';
export { publishSnapshot, snapshotTablesOf, type PublishOptions } from './snapshot/publish-snapshot.js';
export { readCurrentSnapshot } from './snapshot/snapshot-files.js';
export type { PublishedBuild } from '../lib/snapshot-contract.js';
export { scoreSuppliersAsOf, type SupplierRiskRow, type SupplierRiskDriverRow } from './risk/score-suppliers.js';
export { startWarehouseLoop, type WarehouseLoop, type WarehouseLoopOptions, type TickResult } from './loop.js';
