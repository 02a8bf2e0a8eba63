/** Custom scalars every subgraph declares in SDL (`scalar Date`, `scalar DateTime`) and maps here. */
import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from './errors.js';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2019-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const TIMESTAMP_RE = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}(:?\d{2})?)?$/;

/** True for a date and time DuckDB casts to TIMESTAMP (`2019-07-02 09:30:00.123`, ISO with T and zone too). */
export function isTimestampText(value: string): boolean {
  const m = TIMESTAMP_RE.exec(value);
  return !!m && isCalendarDate(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 60;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value))
    throw badInput('Date', `expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)?.slice(0, 40)}`);
  return value;
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD, with no time zone.',
  serialize: (v) => (typeof v === 'string' ? v.slice(0, 10) : v instanceof Date ? v.toISOString().slice(0, 10) : v),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}T/.test(value)) {
    throw badInput('DateTime', `expected an ISO-8601 date-time, got ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  return new Date(value).toISOString();
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant, ISO-8601 in UTC, e.g. 2019-07-02T09:30:00.000Z.',
  serialize: (v) => (v instanceof Date ? v.toISOString() : v),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Today as YYYY-MM-DD in UTC (for "no future dates" checks). */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
