/**
 * Additive models. A model whose rows are sums over the rows of incremental inputs, grouped by some of their
 * columns, declares it:
 *
 *   -- additive: actions over mart_cap_facts by closed_month, action_period_id, country_code, sector, days_to_close
 *
 * The promise: each summed input adds its own rows' part, and that part adds up over any split of those rows by
 * partition key (audit_id): the model over all rows is the model over each part, with rows of the same `by`
 * values merged by adding the sums. Sums are of non-negative values and a row the summed inputs make has a sum
 * above 0 (a count), so a row whose sums are all 0 (or NULL) is no row; every column is a `by` column or a sum;
 * whatever else the model reads is read whole and is the same as at the previous build. (Counts and sums over
 * GROUP BY / GROUPING SETS, parts of a UNION ALL, joins to unchanged relations, are; distinct counts, medians,
 * anything over all rows at once, or joins between two summed inputs, are not.)
 *
 * The model may read a summed input through views (int_supplier_evidence_terms reads int_findings_joined through
 * int_findings_evidence_scored, where each finding's strength is defined once): the views are evaluated over the
 * changed rows too, as CTEs after the inputs' (model-graph.ts finds them: `through`); what they read besides the
 * summed inputs must be unchanged, as for the model itself (build-plan.ts).
 *
 * Then, when inputs were updated incrementally, the model is too. Each input updated in the build kept, before
 * its DELETE, its rows for the keys it recomputed (only the columns the additive models name) and its new rows
 * for them (keepPreviousRows). The change is the model's SELECT over each such input's new rows minus the SELECT over
 * the kept old ones (the other summed inputs empty in both; the relations read whole give the same rows to both,
 * which cancel); the rows whose groups changed are replaced by the old row plus the change. The cost follows
 * the rows of the dirty keys, not the inputs' size. The kept rows live in temp tables for one build: after a
 * build that stopped half-way (its dirty keys are still set, see runner.ts) every additive model is rebuilt
 * whole.
 */
import { execSql, querySql, type WarehouseDb } from '../db.js';
import type { AdditiveSpec } from './model-file.js';
import { dirtyTableOf, type PartitionKey } from './incremental.js';
import { keepWrittenRows, writtenRowsOf } from './written-rows.js';

const previousRowsOf = (input: string) => `temp.main._previous__${input}`;
const previousKeysOf = (input: string) => `temp.main._previous_keys__${input}`;

/**
 * For an incremental model about to be updated: keeps its rows for its dirty keys (and the keys) before they are
 * replaced, the columns the additive models over it name (these tables stand in for the model). Its new rows are
 * the ones the build keeps anyway (written-rows.ts).
 */
export async function keepPreviousRows(
  db: WarehouseDb,
  input: string,
  key: PartitionKey,
  target: string,
  named: readonly string[],
): Promise<void> {
  const [catalog] = target.split('.main.') as [string];
  const columns = await querySql<{ column_name: string }>(
    db,
    `SELECT column_name FROM information_schema.columns
     WHERE table_catalog = '${catalog.replace(/"/g, '')}' AND table_schema = 'main' AND table_name = '${input}'
       ORDER BY ordinal_position`,
  );
  const kept = columns.map((c) => c.column_name).filter((c) => c === key || named.includes(c));
  await execSql(
    db,
    `CREATE OR REPLACE TEMP TABLE _previous_keys__${input} AS SELECT ${key} FROM main.${dirtyTableOf(key)}`,
  );
  await execSql(
    db,
    `CREATE OR REPLACE TEMP TABLE _previous__${input} AS SELECT ${kept.join(', ')} FROM ${target}
      WHERE ${key} IN (SELECT ${key} FROM ${previousKeysOf(input)})`,
  );
}

/** Identifiers an additive model's SQL and header name: what it may read of its inputs. */
export function namedIdentifiers(sql: string, spec: AdditiveSpec): string[] {
  return [...new Set([...(sql.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []), ...spec.by, ...spec.sums])];
}

export async function dropPreviousRows(db: WarehouseDb, inputs: Iterable<string>): Promise<void> {
  for (const input of inputs) {
    await execSql(db, `DROP TABLE IF EXISTS ${previousRowsOf(input)}`);
    await execSql(db, `DROP TABLE IF EXISTS ${previousKeysOf(input)}`);
  }
}

/**
 * The model's SELECT with each summed input replaced by its rows for the keys it recomputed in this build, now
 * or before (kept), and by no rows if it was not updated.
 */
function overChanged(
  sql: string,
  spec: AdditiveSpec,
  updated: readonly string[],
  when: 'now' | 'before',
  through: readonly ThroughView[],
): string {
  const ctes = spec.over.map((input) => {
    if (!updated.includes(input)) return `${input} AS (SELECT * FROM main.${input} WHERE false)`;
    if (when === 'before') return `${input} AS (SELECT * FROM ${previousRowsOf(input)})`;
    return `${input} AS (SELECT * FROM ${writtenRowsOf(input)})`;
  });
  // The views between: their SQL over the changed rows (a CTE sees the CTEs before it, shadowing the tables).
  for (const view of through) ctes.push(`${view.name} AS (\n${view.sql}\n)`);
  return `WITH ${ctes.join(',\n')}\nSELECT * FROM (\n${sql}\n)`;
}

/** A view an additive model reads its summed inputs through, with its SQL (variables bound). */
export interface ThroughView {
  name: string;
  sql: string;
}

/**
 * Updates an additive model in `target` (`catalog.main.name`) by the change in its inputs' rows; `updated`
 * are the inputs this build updated incrementally, with keepPreviousRows.
 */
export async function applyAdditive(
  db: WarehouseDb,
  name: string,
  spec: AdditiveSpec,
  updated: readonly string[],
  sql: string,
  target: string,
  through: readonly ThroughView[] = [],
): Promise<void> {
  const [catalog] = target.split('.main.') as [string];
  const columns = await querySql<{ column_name: string; data_type: string }>(
    db,
    `SELECT column_name, data_type FROM information_schema.columns
     WHERE table_catalog = '${catalog.replace(/"/g, '')}' AND table_schema = 'main' AND table_name = '${name}'
       ORDER BY ordinal_position`,
  );
  const all = [...spec.by, ...spec.sums];
  if (columns.length !== all.length || !columns.every((c) => all.includes(c.column_name))) {
    throw new Error(
      `model ${name}: an additive model's columns are its by columns and sums (${all.join(', ')}), found ` +
        `${columns.map((c) => c.column_name).join(', ')}`,
    );
  }
  const inTableOrder = columns.map((c) => c.column_name).join(', ');
  if (updated.length === 0) {
    await keepWrittenRows(db, name, `SELECT ${inTableOrder} FROM ${target} WHERE false`);
    return;
  }
  const typeOf = new Map(columns.map((c) => [c.column_name, c.data_type]));
  const by = spec.by.join(', ');
  const summed = spec.sums.map((s) => `sum(${s})::${typeOf.get(s)} AS ${s}`).join(', ');
  const same = spec.by.map((c) => `t.${c} IS NOT DISTINCT FROM c.${c}`).join(' AND ');
  await execSql(
    db,
    `CREATE OR REPLACE TEMP TABLE _additive_change AS
     SELECT ${by}, ${summed} FROM (
       SELECT ${by}, ${spec.sums.join(', ')} FROM (${overChanged(sql, spec, updated, 'now', through)})
       UNION ALL SELECT ${by}, ${spec.sums.map((s) => `-${s}`).join(', ')}
         FROM (${overChanged(sql, spec, updated, 'before', through)})
     ) GROUP BY ${by}
     HAVING ${spec.sums.map((s) => `sum(${s}) <> 0`).join(' OR ')}`,
  );
  await execSql(
    db,
    `CREATE OR REPLACE TEMP TABLE _additive_rows AS
     SELECT ${by}, ${summed} FROM (
       SELECT ${all.map((c) => `t.${c}`).join(', ')} FROM ${target} t SEMI JOIN temp.main._additive_change c ON ${same}
       UNION ALL SELECT ${by}, ${spec.sums.join(', ')} FROM temp.main._additive_change
     ) GROUP BY ${by}`,
  );
  const [{ negative }] = (await querySql<{ negative: number }>(
    db,
    `SELECT count(*) AS negative FROM temp.main._additive_rows WHERE ${spec.sums.map((s) => `${s} < 0`).join(' OR ')}`,
  )) as [{ negative: number }];
  if (negative > 0) {
    // The rows kept are not those the table was built from: the build fails, and the next one (the dirty keys
    // still set) rebuilds the model whole.
    throw new Error(
      `model ${name}: ${negative} row(s) would sum below 0: the table does not match ${spec.over.join(', ')}`,
    );
  }
  const written = await keepWrittenRows(
    db,
    name,
    `SELECT ${inTableOrder} FROM temp.main._additive_rows
     WHERE ${spec.sums.map((s) => `coalesce(${s}, 0) <> 0`).join(' OR ')}`,
  );
  await db.transaction().execute(async (trx) => {
    await execSql(trx, `DELETE FROM ${target} t USING temp.main._additive_change c WHERE ${same}`);
    await execSql(trx, `INSERT INTO ${target} ${written}`);
  });
  for (const t of ['_additive_change', '_additive_rows']) await execSql(db, `DROP TABLE temp.main.${t}`);
}
