/**
 * A small Kysely dialect over @duckdb/node-api.
 *
 * Why not `kysely-duckdb`: it opens a connection per query, so a Kysely transaction is not one DuckDB
 * transaction and concurrent writers race. Here one DuckDB instance serves one database file and all
 * statements go through ONE connection guarded by a FIFO lock: transactions are truly atomic, commit order
 * equals `change_seq` order (the warehouse watermark relies on it), and the file has exactly one owner.
 */
import {
  DuckDBConnection,
  LIST,
  VARCHAR,
  listValue,
  type DuckDBMaterializedResult,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { FifoLock } from './fifo-lock.js';
import { PreparedStatementCache } from './prepared-cache.js';
import { readMaterializedRows } from './values.js';

export interface DuckDbDialectConfig {
  connection: DuckDBConnection;
  /** Called after every statement with its run time (lock wait excluded), e.g. for /metrics. */
  onQuery?: (seconds: number, failed: boolean) => void;
}

/** Converts JS parameters to DuckDB values; string arrays become VARCHAR[] (DuckDB cannot infer ANY[]). */
function bindParameters(parameters: readonly unknown[]): { values: DuckDBValue[]; types: (DuckDBType | undefined)[] } {
  const values: DuckDBValue[] = [];
  const types: (DuckDBType | undefined)[] = [];
  for (const p of parameters) {
    if (Array.isArray(p)) {
      values.push(listValue(p.map((x) => String(x))));
      types.push(LIST(VARCHAR));
    } else if (p instanceof Date) {
      values.push(p.toISOString());
      types.push(undefined);
    } else if (typeof p === 'boolean' || typeof p === 'number' || typeof p === 'string' || typeof p === 'bigint' || p === null || p === undefined) {
      values.push((p ?? null) as DuckDBValue);
      types.push(undefined);
    } else {
      throw new TypeError(`Cannot bind a parameter of type ${typeof p} to DuckDB`);
    }
  }
  return { values, types };
}

class DuckDbConnection implements DatabaseConnection {
  private readonly statements: PreparedStatementCache;

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly onQuery?: (seconds: number, failed: boolean) => void,
  ) {
    this.statements = new PreparedStatementCache(connection);
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.onQuery) return this.execute(compiled);
    const started = performance.now();
    let failed = true;
    try {
      const result = await this.execute<R>(compiled);
      failed = false;
      return result;
    } finally {
      this.onQuery((performance.now() - started) / 1000, failed);
    }
  }

  /**
   * One thread-pool round trip per statement where there used to be four (prepare, execute, two chunk
   * fetches): parameter-free SQL (BEGIN, COMMIT, DDL, raw statements) runs directly, parameterised SQL
   * reuses its prepared statement, and rows are read synchronously from the materialised result.
   */
  private async execute<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = compiled.parameters.length === 0 ? await this.connection.run(compiled.sql) : await this.runPrepared(compiled);
    const rows = readMaterializedRows(result) as R[];
    const kind = compiled.query?.kind;
    const isWrite = kind === 'InsertQueryNode' || kind === 'UpdateQueryNode' || kind === 'DeleteQueryNode';
    return {
      rows,
      ...(isWrite ? { numAffectedRows: BigInt(result.rowsChanged) } : {}),
    };
  }

  private async runPrepared(compiled: CompiledQuery): Promise<DuckDBMaterializedResult> {
    const { values, types } = bindParameters(compiled.parameters);
    const prepared = await this.statements.get(compiled.sql);
    try {
      prepared.bind(values, types as DuckDBType[]);
      return await prepared.run();
    } finally {
      // Bound values (a bulk insert's JSON can be megabytes) are not kept alive by the cache.
      prepared.clearBindings();
    }
  }

  /** Releases the cached prepared statements (before the connection closes). */
  close(): void {
    this.statements.clear();
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streamQuery is not supported by the DuckDB dialect; use a LIMIT/OFFSET or keyset page');
  }
}

class DuckDbDriver implements Driver {
  private readonly lock = new FifoLock();
  private readonly conn: DuckDbConnection;

  constructor(private readonly config: DuckDbDialectConfig) {
    this.conn = new DuckDbConnection(config.connection, config.onQuery);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.lock.acquire();
    return this.conn;
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('BEGIN TRANSACTION'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('COMMIT'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }

  async releaseConnection(): Promise<void> {
    this.lock.release();
  }

  async destroy(): Promise<void> {
    this.conn.close();
  }
}

/** PostgreSQL's SQL flavour (DuckDB speaks it), as its own class so lib/store/engine.ts can tell the engines apart. */
export class DuckDbAdapter extends PostgresAdapter {}

export class DuckDbDialect implements Dialect {
  constructor(private readonly config: DuckDbDialectConfig) {}
  createAdapter() {
    return new DuckDbAdapter();
  }
  createDriver(): Driver {
    return new DuckDbDriver(this.config);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
}

