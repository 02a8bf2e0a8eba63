/**
 * DuckDB → JSON-safe JS values, decided once here so no service has to think about it:
 * - BIGINT/HUGEINT/UBIGINT become numbers when safe, else decimal strings (never a BigInt: JSON.stringify throws on
 *   it);
 * - DATE becomes 'YYYY-MM-DD' (a calendar date, not an instant: no time-zone shift is possible);
 * - TIMESTAMP/TIMESTAMPTZ become ISO-8601 strings in UTC;
 * - DECIMAL becomes a number; LIST becomes an array, STRUCT an object, their values converted by their own types
 *   (a DATE in a list of structs is 'YYYY-MM-DD' too).
 * Rows come from the client's own `getRowObjectsJS()` (its native conversion is several times faster than
 * converting DuckDBValue objects here); only columns whose JS form is unsafe for JSON get a second pass.
 */
import {
  DuckDBTypeId,
  JSDuckDBValueConverter,
  type DuckDBArrayType,
  type DuckDBListType,
  type DuckDBMaterializedResult,
  type DuckDBStructType,
  type DuckDBType,
} from '@duckdb/node-api';

type Convert = (value: unknown) => unknown;

function fromBigint(value: unknown): unknown {
  if (typeof value !== 'bigint') return value;
  return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

const fromDate: Convert = (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
const fromTimestamp: Convert = (value) => (value instanceof Date ? value.toISOString() : value);

/** Any nested value (lists, structs): bigints to numbers, Dates to ISO strings. */
function fromAny(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === 'bigint') return fromBigint(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(fromAny);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromAny(v)]));
  return value;
}

/** The conversion a value of this type needs, nested types converted by their own element types; null: none. */
function converterFor(type: DuckDBType): Convert | null {
  switch (type.typeId) {
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
      return fromBigint;
    case DuckDBTypeId.DATE:
      return fromDate;
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_TZ:
    case DuckDBTypeId.TIMESTAMP_MS:
    case DuckDBTypeId.TIMESTAMP_S:
    case DuckDBTypeId.TIMESTAMP_NS:
      return fromTimestamp;
    case DuckDBTypeId.LIST:
    case DuckDBTypeId.ARRAY: {
      // A DATE in a list (or a struct in a list) stays a calendar date, as at the top level.
      const element = converterFor((type as DuckDBListType | DuckDBArrayType).valueType) ?? ((v: unknown) => v);
      return (value) => (Array.isArray(value) ? value.map(element) : value);
    }
    case DuckDBTypeId.STRUCT: {
      const struct = type as DuckDBStructType;
      const fields = struct.entryNames.map((name, i) => [name, converterFor(struct.entryTypes[i]!)] as const);
      return (value) => {
        if (value === null || typeof value !== 'object') return value;
        const out = { ...(value as Record<string, unknown>) };
        for (const [name, convert] of fields) if (convert) out[name] = convert(out[name]);
        return out;
      };
    }
    case DuckDBTypeId.MAP:
      return fromAny;
    default:
      return null;
  }
}

/**
 * Rows of a materialised result (`prepared.run()`, `connection.run()`), read synchronously from its chunks:
 * no `fetchChunk` round trips through the thread pool (a reader needs at least two per statement, each a wait
 * for the event loop while the connection is held). Same conversion as the reader's `getRowObjectsJS()`.
 */
export function readMaterializedRows(result: DuckDBMaterializedResult): Record<string, unknown>[] {
  const names = result.deduplicatedColumnNames();
  const rows: Record<string, unknown>[] = [];
  const chunkCount = result.chunkCount;
  for (let c = 0; c < chunkCount; c++) {
    const chunk = result.getChunk(c);
    const rowCount = chunk.rowCount;
    for (let r = 0; r < rowCount; r++) {
      const row: Record<string, unknown> = {};
      chunk.visitRowValues(r, (value, _row, column, type) => {
        row[names[column]!] = JSDuckDBValueConverter(value, type, JSDuckDBValueConverter);
      });
      rows.push(row);
    }
  }
  return fixColumns(rows, names, result.columnTypes());
}

/**
 * Second pass over the columns whose JS form is unsafe for JSON (bigints, Dates, nested values); `names` are the row
 * keys.
 */
function fixColumns(
  rows: Record<string, unknown>[],
  names: readonly string[],
  types: readonly DuckDBType[],
): Record<string, unknown>[] {
  const fixes = types
    .map((type, i) => [names[i]!, converterFor(type)] as const)
    .filter((entry): entry is readonly [string, Convert] => entry[1] !== null);
  if (fixes.length === 0) return rows;
  for (const row of rows) for (const [name, convert] of fixes) row[name] = convert(row[name]);
  return rows;
}
