/**
 * Deterministic pseudo-randomness for the scale generator. In SQL every draw is `hash(i, seed, salt)`, so a row's
 * attributes are a pure function of its index: findings recompute their audit's scheme and date instead of joining
 * a million audits, and two runs with one seed write identical files. JS uses the same idea for the few rows
 * generated there.
 */
import { sql, type Kysely } from 'kysely';
import { sqlString } from '../../lib/duckdb/sql-literals.js';

export { sqlString };

/** Installs `rnd(i, salt)` ∈ [0, 1), `rint(i, salt, n)` ∈ [0, n) and `rndk(k1, k2, k3, salt)` as temporary macros. */
export async function installRandomMacros(db: Kysely<any>, seed: number): Promise<void> {
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  // Casting i to BIGINT keeps the hash identical whether the caller passes an INTEGER or a BIGINT expression.
  await sql.raw(`CREATE OR REPLACE TEMP MACRO rnd(i, salt) AS (hash(i::BIGINT, ${seed}, salt) % 1000003)::DOUBLE / 1000003`).execute(db);
  await sql.raw(`CREATE OR REPLACE TEMP MACRO rint(i, salt, n) AS (hash(i::BIGINT, ${seed}, salt) % n::UBIGINT)::BIGINT`).execute(db);
  // For rows keyed by several columns (a campaign id, a day, a channel) rather than one index.
  await sql.raw(`CREATE OR REPLACE TEMP MACRO rndk(k1, k2, k3, salt) AS (hash(k1, k2, k3, ${seed}, salt) % 1000003)::DOUBLE /
        1000003`).execute(db);
}

/** A SQL list literal, e.g. ['A','B']; values are our own constants, quotes doubled anyway. */
export function sqlList(values: readonly string[]): string {
  return `[${values.map(sqlString).join(', ')}]`;
}



/**
 * SQL CASE picking a value by weight for a uniform draw `r` (an expression evaluated once per row, e.g. a CTE column).
 * Weights need not sum to 1; they are normalised here.
 */
export function sqlWeighted(r: string, choices: readonly (readonly [string, number])[]): string {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  const arms = choices.slice(0, -1).map(([value, weight]) => {
    acc += weight / total;
    return `WHEN ${r} < ${acc.toFixed(6)} THEN ${sqlString(value)}`;
  });
  return `CASE ${arms.join(' ')} ELSE ${sqlString(choices[choices.length - 1]![0])} END`;
}

/** A uniform draw in [0, 1) for (seed, salt, i): FNV-1a over the key, then a murmur3 finaliser. */
export function unit(seed: number, salt: string, i: number): number {
  let h = 0x811c9dc5;
  const key = `${seed}:${salt}:${i}`;
  for (let k = 0; k < key.length; k++) {
    h ^= key.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 0x100000000;
}

export function pick<T>(values: readonly T[], seed: number, salt: string, i: number): T {
  return values[Math.floor(unit(seed, salt, i) * values.length)]!;
}
