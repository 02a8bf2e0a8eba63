/**
 * PostgreSQL → the same JS values the DuckDB dialect returns (lib/duckdb/values.ts), so store code and resolvers
 * never see which engine answered: BIGINT and NUMERIC as numbers (decimal strings past 2^53), DATE as
 * 'YYYY-MM-DD', TIMESTAMP as an ISO-8601 string in UTC. Set per pool, not on pg's global parser table.
 */
import pg from 'pg';

const OID = {
  INT8: 20,
  NUMERIC: 1700,
  DATE: 1082,
  TIMESTAMP: 1114,
  TIMESTAMPTZ: 1184,
  INT8_ARRAY: 1016,
  TEXT_ARRAY: 1009,
} as const;

/** pg's own parser for an OID (its typings accept only the builtin scalar ids). */
const builtinParser = pg.types.getTypeParser as (oid: number, format?: string) => (text: string) => unknown;

function toNumber(text: string): number | string {
  const n = Number(text);
  return Number.isSafeInteger(n) || !Number.isInteger(n) ? n : text;
}

/** TIMESTAMP (without time zone) holds UTC wall time here: the session runs with TimeZone=UTC. */
function timestampToIso(text: string): string {
  if (text === 'infinity' || text === '-infinity') return text;
  return new Date(`${text.replace(' ', 'T')}Z`).toISOString();
}

export const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    switch (oid) {
      case OID.INT8:
      case OID.NUMERIC:
        return toNumber;
      case OID.DATE:
        return (text: string) => text;
      case OID.TIMESTAMP:
        return timestampToIso;
      case OID.TIMESTAMPTZ:
        return (text: string) => new Date(text).toISOString();
      case OID.INT8_ARRAY: {
        const parseArray = builtinParser(OID.TEXT_ARRAY) as (text: string) => (string | null)[];
        return (text: string) => parseArray(text).map((v) => (v === null ? null : toNumber(v)));
      }
      default:
        return builtinParser(oid, format);
    }
  }) as pg.CustomTypesConfig['getTypeParser'],
};
