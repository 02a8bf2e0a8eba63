/**
 * Prepared statements of one connection, by SQL text, least recently used evicted. A service runs the same
 * few statements over and over (intake's lookup and bulk inserts, each resolver's query); preparing costs
 * DuckDB a parse, bind and plan plus one thread-pool round trip while the connection is held, every time.
 * DuckDB re-binds a prepared statement by itself when the catalog has changed since it was prepared.
 */
import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';

export class PreparedStatementCache {
  private readonly statements = new Map<string, DuckDBPreparedStatement>();

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly capacity = 256,
  ) {}

  /** The statement for `sql`, prepared on first use. Callers hold the connection's lock. */
  async get(sql: string): Promise<DuckDBPreparedStatement> {
    const cached = this.statements.get(sql);
    if (cached) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const prepared = await this.connection.prepare(sql);
    if (this.statements.size >= this.capacity) {
      const [oldestSql, oldest] = this.statements.entries().next().value!;
      this.statements.delete(oldestSql);
      oldest.destroySync();
    }
    this.statements.set(sql, prepared);
    return prepared;
  }

  get size(): number {
    return this.statements.size;
  }

  clear(): void {
    for (const prepared of this.statements.values()) prepared.destroySync();
    this.statements.clear();
  }
}
