/**
 * SUPPLIER_SEVERE alerts (docs/alerts.md). A band is computed here, so the warehouse is where it "becomes"
 * SEVERE: after each published build, one warehouse transaction records the suppliers whose band is SEVERE
 * now and was not at the previous recorded build (_severe_band_transitions) and remembers every band
 * (_supplier_bands). Delivering them to the audits outbox is a separate, retried step (deliver-severe.ts):
 * recorded transitions wait, undelivered, until the audits subgraph has acknowledged them, and the audits side
 * is idempotent by (supplier, build), so a crash between the two sends a build again and adds nothing.
 * A crash before recording leaves the old bands in place: the next build finds the same transitions.
 */
import { execSql, querySql, sqlString, type WarehouseDb } from '../db.js';

const TABLES = [
  `CREATE TABLE IF NOT EXISTS _supplier_bands (
     supplier_id VARCHAR NOT NULL, band VARCHAR NOT NULL, build_id VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS _severe_band_transitions (
     build_id VARCHAR NOT NULL, supplier_id VARCHAR NOT NULL, previous_band VARCHAR, recorded_at TIMESTAMP NOT NULL,
     delivered_at TIMESTAMP, PRIMARY KEY (build_id, supplier_id))`,
];

async function ensureSevereTransitionTables(db: WarehouseDb): Promise<void> {
  for (const statement of TABLES) await execSql(db, statement);
}

/** Records the build's new SEVERE bands; returns how many. `mart_supplier_risk` is the build's risk mart. */
export async function recordSevereTransitions(db: WarehouseDb, buildId: string): Promise<number> {
  await ensureSevereTransitionTables(db);
  const build = sqlString(buildId);
  // SEVERE now, not SEVERE (or unknown) at the last recorded build, and not recorded for this build yet.
  const newlySevere = `FROM mart_supplier_risk r LEFT JOIN _supplier_bands b USING (supplier_id)
    WHERE r.band = 'SEVERE' AND b.band IS DISTINCT FROM 'SEVERE'
      AND NOT EXISTS (SELECT 1 FROM _severe_band_transitions t
                      WHERE t.build_id = ${build} AND t.supplier_id = r.supplier_id)`;
  return db.transaction().execute(async (trx) => {
    const [{ n }] = (await querySql<{ n: number }>(trx, `SELECT count(*) AS n ${newlySevere}`)) as [{ n: number }];
    await execSql(
      trx,
      `INSERT INTO _severe_band_transitions (build_id, supplier_id, previous_band, recorded_at, delivered_at)
       SELECT ${build}, r.supplier_id, b.band, now(), NULL ${newlySevere}`,
    );
    // Replaced whole: no key, so the delete and the insert never meet a uniqueness check in one transaction.
    await execSql(trx, 'DELETE FROM _supplier_bands');
    await execSql(trx, `INSERT INTO _supplier_bands SELECT supplier_id, band, ${build} FROM mart_supplier_risk`);
    return Number(n);
  });
}

export interface PendingTransitions {
  buildId: string;
  supplierIds: string[];
}

/** Undelivered transitions, oldest build first, at most `limit` suppliers per entry. */
export async function listUndeliveredTransitions(db: WarehouseDb, limit: number): Promise<PendingTransitions[]> {
  await ensureSevereTransitionTables(db);
  const rows = await querySql<{ build_id: string; supplier_id: string }>(
    db,
    `SELECT build_id, supplier_id FROM _severe_band_transitions WHERE delivered_at IS NULL
     ORDER BY recorded_at, build_id, supplier_id`,
  );
  const out: PendingTransitions[] = [];
  for (const row of rows) {
    const last = out.at(-1);
    if (last && last.buildId === row.build_id && last.supplierIds.length < limit)
      last.supplierIds.push(row.supplier_id);
    else out.push({ buildId: row.build_id, supplierIds: [row.supplier_id] });
  }
  return out;
}

export async function markDelivered(db: WarehouseDb, batch: PendingTransitions): Promise<void> {
  const ids = batch.supplierIds.map(sqlString).join(', ');
  await execSql(
    db,
    `UPDATE _severe_band_transitions SET delivered_at = now()
     WHERE build_id = ${sqlString(batch.buildId)} AND supplier_id IN (${ids})`,
  );
}
