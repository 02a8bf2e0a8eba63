/** Rows per table of a published build, for warehouseStatus (the warehouse counts them when it publishes). */
import type { PublishedBuild } from '../../../lib/snapshot-contract.js';

export interface SnapshotTableCount {
  name: string;
  rows: number;
}

export async function listSnapshotTables(build: PublishedBuild): Promise<SnapshotTableCount[]> {
  return build.tables.map((t) => ({ name: t.name, rows: t.rows })).sort((a, b) => a.name.localeCompare(b.name));
}
