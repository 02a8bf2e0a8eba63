/**
 * Compares every table two warehouses published (their current builds, read through the snapshot contract's
 * views as insights reads them): a warehouse built by incremental ticks against a full rebuild of the same data.
 * Per table a checksum that is order-independent and streaming, so it scales to 100M rows: the row count and the
 * sum of a 64-bit hash of each row's text. Doubles are rounded to 9 decimals first (as
 * tests/warehouse/helpers/checksum.ts does): parallel aggregation may add the same numbers in another order,
 * which changes the last bits. For a table that differs, a few rows only one side has are kept, to say how.
 */
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../lib/duckdb/database.js';
import { quoteIdent } from '../../lib/duckdb/sql-literals.js';
import { readPublishedBuild, snapshotsDirOf, viewStatementsOf } from '../../lib/snapshot-contract.js';

const SIDES = ['incremental', 'rebuild'] as const;
type Side = (typeof SIDES)[number];

export interface TableComparison {
  tables: number;
  /** Tables whose checksums differ (or that one side did not publish), each with a few rows only one side has. */
  differing: { table: string; samples: string[] }[];
}

/** A column's value as compared: doubles rounded (+ 0.0 turns -0.0 into 0.0), lists of doubles likewise. */
function canonical(column: string, type: string): string {
  const ref = quoteIdent(column);
  if (type === 'DOUBLE' || type === 'FLOAT') return `round(${ref}, 9) + 0.0 AS ${ref}`;
  if (type === 'DOUBLE[]' || type === 'FLOAT[]') return `list_transform(${ref}, x -> round(x, 9) + 0.0) AS ${ref}`;
  return ref;
}

/** Makes schema `side` show the build published in `dataDir`; returns its table names. */
async function showBuild(db: Kysely<any>, side: Side, dataDir: string): Promise<string[]> {
  const build = readPublishedBuild(dataDir);
  if (!build) throw new Error(`${dataDir} has no published build`);
  await sql.raw(`CREATE SCHEMA ${side}`).execute(db);
  await sql.raw(`SET schema = '${side}'`).execute(db);
  // The tables' views come first; the macros after them are not compared.
  for (const statement of viewStatementsOf(build, snapshotsDirOf(dataDir)).slice(0, build.tables.length))
    await sql.raw(statement).execute(db);
  return build.tables.map((t) => t.name);
}

async function canonicalSelect(db: Kysely<any>, side: Side, table: string): Promise<string> {
  const columns = await sql<{ column_name: string; column_type: string }>`DESCRIBE ${sql.table(`${side}.${table}`)}`
    .execute(db)
    .then((r) => r.rows);
  return `SELECT ${columns.map((c) => canonical(c.column_name, c.column_type)).join(', ')} FROM ${side}.${table}`;
}

async function checksum(db: Kysely<any>, select: string): Promise<string> {
  const { rows } = await sql
    .raw<{ n: unknown; digest: unknown }>(
      `SELECT count(*) AS n, CAST(coalesce(sum(hash(CAST(t AS VARCHAR))), 0) AS VARCHAR) AS digest FROM (${select}) t`,
    )
    .execute(db);
  return `${String(rows[0]!.n)}:${String(rows[0]!.digest)}`;
}

/** Up to `limit` rows of each side that the other side lacks, as text. */
async function samples(db: Kysely<any>, selects: Record<Side, string>, limit = 3): Promise<string[]> {
  const out: string[] = [];
  for (const [side, other] of [SIDES, [...SIDES].reverse()] as [Side, Side][]) {
    const { rows } = await sql
      .raw<{ t: string }>(
        `SELECT CAST(t AS VARCHAR) AS t FROM ((${selects[side]}) EXCEPT ALL (${selects[other]})) t LIMIT ${limit}`,
      )
      .execute(db);
    out.push(...rows.map((r) => `only in ${side}: ${r.t}`));
  }
  return out;
}

export async function comparePublished(incrementalDataDir: string, rebuildDataDir: string): Promise<TableComparison> {
  const database = await openDatabase<any>(':memory:', { settings: { memory_limit: '1GB' } });
  try {
    const db = database.db;
    const names = {
      incremental: await showBuild(db, 'incremental', incrementalDataDir),
      rebuild: await showBuild(db, 'rebuild', rebuildDataDir),
    };
    const all = [...new Set([...names.incremental, ...names.rebuild])].sort();
    const differing: TableComparison['differing'] = [];
    for (const table of all) {
      if (!names.incremental.includes(table) || !names.rebuild.includes(table)) {
        differing.push({ table, samples: [`published by one side only`] });
        continue;
      }
      const selects = {
        incremental: await canonicalSelect(db, 'incremental', table),
        rebuild: await canonicalSelect(db, 'rebuild', table),
      };
      if ((await checksum(db, selects.incremental)) !== (await checksum(db, selects.rebuild)))
        differing.push({ table, samples: await samples(db, selects) });
    }
    return { tables: all.length, differing };
  } finally {
    await database.close();
  }
}
