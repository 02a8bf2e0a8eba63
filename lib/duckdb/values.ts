/**
 * DuckDB → JSON-safe JS values, decided once here so no service has to think about it:
 * - BIGINT/HUGEINT/UBIGINT become numbers when safe, else decimal strings (never a BigInt: JSON.stringify throws on it);
 * - DATE becomes 'YYYY-MM-DD' (a calendar date, not an instant: no time-zone shift is possible);
 * - TIMESTAMP/TIMESTAMPTZ become ISO-8601 strings in UTC;
 * - DECIMAL becomes a number; LIST becomes an array of converted values.
 */
import { DuckDBDateValue, DuckDBDecimalValue, DuckDBListValue, DuckDBTimestampValue, DuckDBTimestampTZValue, DuckDBTypeId, type DuckDBValue } from '@duckdb/node-api';

function convert(value: DuckDBValue): unknown {
  if (value === null) return null;
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
  }
  if (value instanceof DuckDBDateValue) return value.toString();
  if (value instanceof DuckDBTimestampTZValue) return new Date(Number(value.micros / 1000n)).toISOString();
  if (value instanceof DuckDBTimestampValue) return new Date(Number(value.micros / 1000n)).toISOString();
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  if (value instanceof DuckDBListValue) return value.items.map(convert);
  if (typeof value === 'object') return String(value);
  return value;
}

export function toJsRow(names: readonly string[], _types: readonly DuckDBTypeId[], row: readonly DuckDBValue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < names.length; i++) out[names[i]!] = convert(row[i]!);
  return out;
}
