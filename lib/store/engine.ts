/**
 * Which engine a Kysely instance talks to. Store code is one set of Kysely queries for both; the few
 * engine-specific paths (DuckDB's bulk-insert fast path, PostgreSQL's change-feed horizon) ask here. A
 * transaction or a single connection of a Kysely instance shares its adapter, so this works on those too.
 */
import type { Kysely } from 'kysely';
import { DuckDbAdapter } from '../duckdb/dialect.js';

export type Engine = 'duckdb' | 'postgres';

export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter instanceof DuckDbAdapter ? 'duckdb' : 'postgres';
}
