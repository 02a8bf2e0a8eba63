/**
 * The versioned risk parameters (`risk_parameters(version, name, value, description)`), seeded from
 * risk-parameters.csv beside this file. A published version is immutable: if the table already holds a
 * version whose values differ from the file, the load fails and asks for a new version instead, so a score
 * labelled risk-v1 always means the same weights.
 */
import { fileURLToPath } from 'node:url';
import { execSql, querySql, sqlString, type WarehouseDb } from '../db.js';

export const RISK_PARAMETERS_FILE = fileURLToPath(new URL('./risk-parameters.csv', import.meta.url));
export const DEFAULT_RISK_VERSION = 'risk-v1';

export async function loadRiskParameters(db: WarehouseDb, file: string = RISK_PARAMETERS_FILE): Promise<void> {
  await execSql(
    db,
    `CREATE TABLE IF NOT EXISTS risk_parameters (version VARCHAR NOT NULL, name VARCHAR NOT NULL, value DOUBLE NOT NULL,
       description VARCHAR, PRIMARY KEY (version, name))`,
  );
  const seed = `read_csv(${sqlString(file)}, header = true, columns = {'version': 'VARCHAR', 'name': 'VARCHAR', 'value': ` +
    `'DOUBLE', 'description': 'VARCHAR'})`;
  const changed = await querySql<{ version: string; name: string }>(
    db,
    `SELECT s.version, s.name FROM ${seed} s JOIN risk_parameters p USING (version, name) WHERE p.value <> s.value
     UNION ALL
     SELECT p.version, p.name FROM risk_parameters p SEMI JOIN ${seed} v USING (version) ANTI JOIN ${seed} s
       USING (version, name)`,
  );
  if (changed.length > 0) {
    const names = changed.map((c) => `${c.version}/${c.name}`).join(', ');
    throw new Error(`${file}: parameters of an existing methodology version changed (${names}); add a new version instead of ` +
        `editing one`);
  }
  await execSql(db, `INSERT INTO risk_parameters SELECT * FROM ${seed} ON CONFLICT (version, name) DO UPDATE SET description =
      excluded.description`);
}
